package org.linebench.assist.llama.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.llama.internal.Natives;

import de.kherud.llama.LlamaModel;

/**
 * llama.cpp's library as it is extracted before it is loaded: the bundled one written to the folder;
 * a file of the same size that is not it replaced (in one step: a new file, not the old one written
 * over); the bundled one byte for byte reused as it is.
 */
class NativesTest {

  @Test
  void aTamperedLibraryIsReplacedAndAnIntactOneReused(@TempDir Path home) throws Exception {
    String folder = Natives.folder(System.getProperty("os.name"), System.getProperty("os.arch"));
    String name = System.mapLibraryName("jllama");
    byte[] bundled;
    try (InputStream in = LlamaModel.class.getResourceAsStream("/de/kherud/llama/" + folder + "/" + name)) {
      assertNotNull(in, "the binding carries the library of this system");
      bundled = in.readAllBytes();
    }
    Path dir = Natives.extract(home, folder);
    Path library = dir.resolve(name);
    assertEquals(home.resolve(folder.replace('/', '-')), dir);
    assertArrayEquals(bundled, Files.readAllBytes(library), "extracted");

    // the same size, one byte changed in the middle: the size alone would take it for the library
    byte[] tampered = bundled.clone();
    tampered[tampered.length / 2] ^= 0x01;
    Files.write(library, tampered);
    Object tamperedFile = fileKey(library);
    assertEquals(bundled.length, Files.size(library));
    assertEquals(dir, Natives.extract(home, folder));
    assertArrayEquals(bundled, Files.readAllBytes(library), "the tampered file replaced by the bundled library");
    assertNotEquals(tamperedFile, fileKey(library), "a new file moved over it, not the old one written over");

    // intact: reused as it is, not written again
    FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(library, longAgo);
    Object intactFile = fileKey(library);
    assertEquals(dir, Natives.extract(home, folder));
    assertEquals(longAgo, Files.getLastModifiedTime(library), "not rewritten");
    assertEquals(intactFile, fileKey(library), "the same file");

    // shorter than the library: replaced too; no temporary file left beside it
    Files.write(library, Arrays.copyOf(bundled, 100));
    Natives.extract(home, folder);
    assertArrayEquals(bundled, Files.readAllBytes(library));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(library), files.toList());
    }
  }

  private static Object fileKey(Path file) throws Exception {
    Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    assertNotNull(key, "the file system gives file keys (inodes)");
    return key;
  }
}
