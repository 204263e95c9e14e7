package org.linebench.rules.tests;

import java.nio.file.Path;
import java.util.List;

import org.linebench.testing.RulePackContract;
import org.linebench.testing.Sources;

/** The China pack against the contract: bodyshop is clean, bodyshop-noncompliant breaks every rule. */
class CnPackTest extends RulePackContract {
  @Override
  protected String packId() {
    return "cn";
  }

  @Override
  protected List<Path> libraries() {
    return List.of(Sources.examples("library"));
  }

  @Override
  protected List<Path> cleanExamples() {
    return List.of(Sources.examples("bodyshop"));
  }

  @Override
  protected List<Path> nonCompliantExamples() {
    return List.of(Sources.examples("bodyshop-noncompliant"));
  }
}
