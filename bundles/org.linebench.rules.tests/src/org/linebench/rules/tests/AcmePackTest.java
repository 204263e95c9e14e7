package org.linebench.rules.tests;

/** The integrator's pack (examples/integrator) against the same contract as LineBench's own packs. */
class AcmePackTest extends RulePackContract {
  @Override
  protected String packId() {
    return "acme";
  }

  @Override
  protected String[] cleanExamples() {
    return new String[] {"bodyshop", "electronics"};
  }

  @Override
  protected String[] nonCompliantExamples() {
    return new String[] {"bodyshop-noncompliant"};
  }
}
