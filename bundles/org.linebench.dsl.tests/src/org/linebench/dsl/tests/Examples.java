package org.linebench.dsl.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's examples are. */
final class Examples {
  private Examples() {}

  static Path root() {
    String root = System.getProperty("linebench.root");
    Path p = (root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize()).resolve("examples");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("no examples folder at " + p);
    }
    return p;
  }
}
