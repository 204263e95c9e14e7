package org.linebench.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source tree a test runs in (the repository: its examples, bundles, data), found the same way
 * in every test bundle: the system property {@value #ROOT_PROPERTY} (LineBench's build passes the
 * reactor's folder), else the nearest folder above the working directory that holds {@code .mvn}
 * (a Maven or Tycho build's root), else the working directory.
 */
public final class Sources {
  /** The system property that names the source tree. */
  public static final String ROOT_PROPERTY = "linebench.root";

  private Sources() {}

  /** The root of the source tree. */
  public static Path root() {
    String property = System.getProperty(ROOT_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath().normalize();
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(".mvn"))) {
        return p;
      }
    }
    return cwd;
  }

  /** A path below the root: {@code Sources.resolve("examples", "bodyshop")}. */
  public static Path resolve(String first, String... more) {
    Path p = root().resolve(first);
    for (String m : more) {
      p = p.resolve(m);
    }
    return p;
  }

  /** A folder or file below {@code examples/}; fails when there is no examples folder. */
  public static Path examples(String... sub) {
    Path p = root().resolve("examples");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("no examples folder at " + p + " (set -D" + ROOT_PROPERTY + ")");
    }
    for (String s : sub) {
      p = p.resolve(s);
    }
    return p;
  }
}
