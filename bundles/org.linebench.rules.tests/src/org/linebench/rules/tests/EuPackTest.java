package org.linebench.rules.tests;

/** The EU pack against the contract: electronics is clean, electronics-noncompliant breaks every rule. */
class EuPackTest extends RulePackContract {
  @Override
  protected String packId() {
    return "eu";
  }

  @Override
  protected String[] cleanExamples() {
    return new String[] {"electronics"};
  }

  @Override
  protected String[] nonCompliantExamples() {
    return new String[] {"electronics-noncompliant"};
  }
}
