package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.core.AtomicFiles;

/** The one way LineBench writes user files (models, cards, reports, exports, example projects). */
class AtomicFilesTest {

  @TempDir
  Path dir;

  private List<String> entries() throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheContentAndCreatesTheFolder() throws IOException {
    Path target = dir.resolve("reports/cn.html");
    AtomicFiles.writeString(target, "<p>合规报告</p>");
    assertEquals("<p>合规报告</p>", Files.readString(target, StandardCharsets.UTF_8));
    AtomicFiles.write(target, new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    try (var s = Files.list(target.getParent())) {
      assertEquals(List.of("cn.html"), s.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("model.json");
    Files.writeString(target, "old");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half a card".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("model.json"), entries());
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
    assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
    Path usual = dir.resolve("usual.txt");
    Files.writeString(usual, "made the ordinary way");
    Path written = dir.resolve("export.svg");
    AtomicFiles.writeString(written, "<svg/>");
    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(written));
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
    Path target = dir.resolve("scores.csv");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.writeString(target, "new");
    assertEquals("new", Files.readString(target));
    assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(target));
  }
}
