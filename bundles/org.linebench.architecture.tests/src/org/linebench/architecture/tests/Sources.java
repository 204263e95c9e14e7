package org.linebench.architecture.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The source tree of the reactor, as the build tells the tests where it is. */
final class Sources {
  private Sources() {}

  static Path root() {
    Path p = org.linebench.testing.Sources.root();
    if (!Files.isDirectory(p.resolve("bundles"))) {
      throw new IllegalStateException("not the LineBench source tree: " + p);
    }
    return p;
  }

  /** The folders of all bundles in bundles/. */
  static List<Path> bundles() {
    try (Stream<Path> s = Files.list(root().resolve("bundles"))) {
      return s.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folders of all bundles of the build: bundles/ and the integrator's example (examples/integrator/). */
  static List<Path> allBundles() {
    List<Path> all = new java.util.ArrayList<>(bundles());
    try (Stream<Path> s = Files.list(root().resolve("examples/integrator"))) {
      s.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted().forEach(all::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** Files below a bundle with the given name, outside build output. */
  static List<Path> find(Path bundle, String fileName) {
    try (Stream<Path> s = Files.walk(bundle)) {
      return s.filter(p -> p.getFileName().toString().equals(fileName))
          .filter(p -> !bundle.relativize(p).startsWith("target") && !bundle.relativize(p).startsWith("bin"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
