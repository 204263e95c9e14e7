package org.linebench.rules.tests;

/** The China pack against the contract: bodyshop is clean, bodyshop-noncompliant breaks every rule. */
class CnPackTest extends RulePackContract {
  @Override
  protected String packId() {
    return "cn";
  }

  @Override
  protected String[] cleanExamples() {
    return new String[] {"bodyshop"};
  }

  @Override
  protected String[] nonCompliantExamples() {
    return new String[] {"bodyshop-noncompliant"};
  }
}
