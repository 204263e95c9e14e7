package org.linebench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the benchmarks write generated line files into, and remove afterwards. */
public final class TemporaryFolders {
  private TemporaryFolders() {}

  /** Removes a folder and everything in it, as far as it can; a temporary folder the system cleans up otherwise. */
  public static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the system cleans it up
    }
  }
}
