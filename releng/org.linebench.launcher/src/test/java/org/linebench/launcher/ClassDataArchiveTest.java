package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive a validation wrote goes into place only when the run validated, and only in one step. */
class ClassDataArchiveTest {

  @Test
  void aPartNamesItsArchive() {
    String part = ClassDataArchive.partName("/c/validate-1f.jsa");
    assertTrue(part.matches("/c/validate-1f\\.jsa\\.[0-9a-f]+\\.part"), part);
    assertNotEquals(part, ClassDataArchive.partName("/c/validate-1f.jsa"));
    assertEquals("/c/validate-1f.jsa", ClassDataArchive.archiveOf(part));
    assertNull(ClassDataArchive.archiveOf("/c/validate-1f.jsa"), "the archive itself is no part");
    assertNull(ClassDataArchive.archiveOf("/c/validate-1f.jsa.tmp.part"), "not a name made by partName");
  }

  @Test
  void aRunThatValidatedPutsItsArchiveInPlace(@TempDir Path cache) throws Exception {
    for (int code : new int[] {0, 1}) {
      Path archive = cache.resolve("validate-" + code + ".jsa");
      Path part = Files.writeString(Path.of(ClassDataArchive.partName(archive.toString())), "classes " + code);
      ClassDataArchive.publish(command(part), code);
      assertEquals("classes " + code, Files.readString(archive));
      assertFalse(Files.exists(part));
    }
  }

  @Test
  void aRunThatStoppedEarlyLeavesNoArchive(@TempDir Path cache) throws Exception {
    Path archive = cache.resolve("validate-a.jsa");
    for (int code : new int[] {2, 3, 130}) {
      Path part = Files.writeString(Path.of(ClassDataArchive.partName(archive.toString())), "too few classes");
      ClassDataArchive.publish(command(part), code);
      assertFalse(Files.exists(archive), "exit code " + code);
      assertFalse(Files.exists(part), "exit code " + code);
    }
  }

  @Test
  void aJvmThatWroteNothingChangesNothing(@TempDir Path cache) throws Exception {
    Path archive = Files.writeString(cache.resolve("validate-b.jsa"), "an earlier run's archive");
    Path empty = Files.createFile(Path.of(ClassDataArchive.partName(archive.toString())));
    ClassDataArchive.publish(command(empty), 0);
    ClassDataArchive.publish(command(Path.of(ClassDataArchive.partName(archive.toString()))), 0); // no file at all
    assertEquals("an earlier run's archive", Files.readString(archive));
    assertFalse(Files.exists(empty));
    try (var files = Files.list(cache)) {
      assertEquals(List.of(archive), files.toList());
    }
  }

  private static List<String> command(Path part) {
    return List.of("java", "-XX:+UseParallelGC", ClassDataArchive.WRITE + part, "-jar", "launcher.jar", "validate", "x.line");
  }
}
