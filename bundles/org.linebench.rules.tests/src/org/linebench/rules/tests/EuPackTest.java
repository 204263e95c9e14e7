package org.linebench.rules.tests;

import java.nio.file.Path;
import java.util.List;

import org.linebench.testing.RulePackContract;
import org.linebench.testing.Sources;

/** The EU pack against the contract: electronics is clean, electronics-noncompliant breaks every rule. */
class EuPackTest extends RulePackContract {
  @Override
  protected String packId() {
    return "eu";
  }

  @Override
  protected List<Path> libraries() {
    return List.of(Sources.examples("library"));
  }

  @Override
  protected List<Path> cleanExamples() {
    return List.of(Sources.examples("electronics"));
  }

  @Override
  protected List<Path> nonCompliantExamples() {
    return List.of(Sources.examples("electronics-noncompliant"));
  }
}
