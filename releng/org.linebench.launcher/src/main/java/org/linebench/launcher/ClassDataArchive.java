package org.linebench.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.List;

/**
 * The class data archive of {@code validate}: the first run has the JVM write the classes it loaded to a file
 * of its own ({@code <archive>.<random>.part}); when that run has validated (exit code 0 or 1) the launcher
 * renames the file to the archive's name in one step, so that a run beside it maps either no archive or a
 * whole one; any other end deletes the file (a run that stopped on a usage error has loaded too few classes).
 * Later runs map the archive read-only.
 */
final class ClassDataArchive {
  /** The JVM option that writes the archive when the JVM ends. */
  static final String WRITE = "-XX:ArchiveClassesAtExit=";
  private static final String PART = ".part";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ClassDataArchive() {}

  /** A name of its own for one run's archive, beside {@code archive}. */
  static String partName(String archive) {
    return archive + "." + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + PART;
  }

  /** The archive a part belongs to, or null if {@code part} is not a name made by {@link #partName}. */
  static String archiveOf(String part) {
    if (!part.endsWith(PART)) {
      return null;
    }
    String s = part.substring(0, part.length() - PART.length());
    int dot = s.lastIndexOf('.');
    return dot <= 0 || !s.substring(dot + 1).matches("[0-9a-f]+") ? null : s.substring(0, dot);
  }

  /** After LineBench's JVM ended with {@code code}: puts the archive it wrote in place, or removes it. */
  static void publish(List<String> command, int code) {
    for (String option : command) {
      String archive = option.startsWith(WRITE) ? archiveOf(option.substring(WRITE.length())) : null;
      if (archive == null) {
        continue;
      }
      Path part = Paths.get(option.substring(WRITE.length()));
      try {
        if ((code == 0 || code == 1) && Files.isRegularFile(part) && Files.size(part) > 0) {
          Files.move(part, Paths.get(archive), StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException | RuntimeException e) {
        // another run put its archive there first, or the cache is not ours to write: no archive this time
      } finally {
        try {
          Files.deleteIfExists(part);
        } catch (IOException e) {
          // left for the next run that writes one; the JVM never maps a .part file
        }
      }
    }
  }
}
