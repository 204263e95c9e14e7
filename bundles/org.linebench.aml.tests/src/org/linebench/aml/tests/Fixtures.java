package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;

/** The repository's examples and the AutomationML files in this bundle's {@code data/}. */
final class Fixtures {
  /** The example folders; each is loaded with the catalogue it imports. */
  static final List<String> EXAMPLES = List.of("bodyshop", "electronics", "bodyshop-noncompliant", "electronics-noncompliant", "library");

  private Fixtures() {}

  static Path root() {
    String root = System.getProperty("linebench.root");
    return (root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize());
  }

  static Path examples() {
    Path p = root().resolve("examples");
    assertTrue(Files.isDirectory(p), "no examples folder at " + p);
    return p;
  }

  /** An AutomationML file of {@code bundles/org.linebench.aml.tests/data}. */
  static Path aml(String name) {
    Path p = root().resolve("bundles/org.linebench.aml.tests/data").resolve(name);
    assertTrue(Files.isRegularFile(p), "no fixture " + p);
    return p;
  }

  /** An example with the catalogue, loaded and checked: no errors. */
  static LineModels.Result example(String name) throws IOException {
    List<Path> files = LineModels.collect(name.equals("library") ? List.of(examples().resolve(name))
        : List.of(examples().resolve(name), examples().resolve("library")));
    LineModels.Result r = LineModels.load(files);
    assertEquals(List.of(), r.issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).toList(), name);
    return r;
  }
}
