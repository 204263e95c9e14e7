package org.linebench.assist.llama.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.llama.internal.Natives;
import org.linebench.core.TemporaryFolders;
import org.linebench.core.UserCache;

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
    assertEquals(home.resolve("llama-4.2.0").resolve(folder.replace('/', '-')), dir);
    assertArrayEquals(bundled, Files.readAllBytes(library), "extracted");

    // the folders and the library this user's alone
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("llama-4.2.0"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(library)));

    // the same size, one byte changed in the middle: the size alone would take it for the library; open to all
    byte[] tampered = bundled.clone();
    tampered[tampered.length / 2] ^= 0x01;
    Files.write(library, tampered);
    Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwxrwxrwx"));
    Object tamperedFile = fileKey(library);
    assertEquals(bundled.length, Files.size(library));
    assertEquals(dir, Natives.extract(home, folder));
    assertArrayEquals(bundled, Files.readAllBytes(library), "the tampered file replaced by the bundled library");
    assertNotEquals(tamperedFile, fileKey(library), "a new file moved over it, not the old one written over");
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(library)), "not the tampered file's permissions");

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

  /** A folder of the library that others may write into is refused before anything in it is read; the error says which and why. */
  @Test
  void aFolderOthersMayWriteIntoIsRefused(@TempDir Path home) throws Exception {
    String folder = Natives.folder(System.getProperty("os.name"), System.getProperty("os.arch"));
    Path dir = Natives.extract(home, folder);
    for (String open : List.of("rwxrwxrwx", "rwxrwx---", "rwx----w-")) {
      for (Path d : List.of(home.resolve("llama-4.2.0"), dir)) {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString(open));
        IOException e = assertThrows(IOException.class, () -> Natives.extract(home, folder), open + " " + d);
        assertEquals("other users can write into the folder " + d + " (" + open + "): LineBench does not load code from it (make it yours alone: chmod 700)",
            e.getMessage());
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
      }
    }
    // the cache folder itself may be the group's (a umask of 002), not everyone's
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxr-x"));
    assertEquals(dir, Natives.extract(home, folder));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
    IOException e = assertThrows(IOException.class, () -> Natives.extract(home, folder));
    assertTrue(e.getMessage().startsWith("other users can write into the folder " + home + " (rwxrwxrwx)"), e.getMessage());
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));

    // a link in place of the folder, to a folder of the same user's: not followed
    TemporaryFolders.delete(dir);
    Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
    Files.createSymbolicLink(dir, elsewhere);
    e = assertThrows(IOException.class, () -> Natives.extract(home, folder));
    assertTrue(e.getMessage().startsWith(dir + " is not a folder of its own"), e.getMessage());
    try (var files = Files.list(elsewhere)) {
      assertEquals(0, files.count(), "nothing written through the link");
    }
  }

  /** Someone else's folder (a test that can give it away: run as root) is refused. */
  @Test
  void someoneElsesFolderIsRefused(@TempDir Path home) throws Exception {
    String folder = Natives.folder(System.getProperty("os.name"), System.getProperty("os.arch"));
    Path dir = Natives.extract(home, folder);
    UserPrincipal nobody;
    try {
      nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(dir, nobody);
    } catch (IOException e) {
      Assumptions.abort("cannot give a folder away here: " + e);
      return;
    }
    IOException e = assertThrows(IOException.class, () -> Natives.extract(home, folder));
    assertEquals("the folder " + dir + " belongs to nobody, not to " + System.getProperty("user.name") + ": LineBench does not load code from it", e.getMessage());
  }

  /** The cache folder as the start scripts choose it: LINEBENCH_CACHE first, else the system's place for caches. */
  @Test
  void theCacheFolderIsTheLaunchers() {
    Map<String, String> none = Map.of();
    assertEquals(Path.of("/data/lb-cache"), UserCache.folder(Map.of("LINEBENCH_CACHE", "/data/lb-cache", "XDG_CACHE_HOME", "/x"), "Linux", "/home/zhang"));
    assertEquals(Path.of("/x", "linebench"), UserCache.folder(Map.of("LINEBENCH_CACHE", " ", "XDG_CACHE_HOME", "/x"), "Linux", "/home/zhang"));
    assertEquals(Path.of("/home/zhang", ".cache", "linebench"), UserCache.folder(none, "Linux", "/home/zhang"));
    assertEquals(Path.of("/Users/zhang", "Library", "Caches", "LineBench"), UserCache.folder(Map.of("XDG_CACHE_HOME", "/x"), "Mac OS X", "/Users/zhang"));
    assertEquals(Path.of("C:\\Users\\zhang\\AppData\\Local", "LineBench", "cache"),
        UserCache.folder(Map.of("LOCALAPPDATA", "C:\\Users\\zhang\\AppData\\Local"), "Windows 11", "C:\\Users\\zhang"));
    assertEquals(Path.of("C:\\Users\\zhang", "AppData", "Local", "LineBench", "cache"), UserCache.folder(none, "Windows 11", "C:\\Users\\zhang"));
    assertEquals(null, UserCache.folder(none, "Linux", "?"), "no home, no variable: none (not the shared temp folder)");
    assertEquals(Path.of("/x", "linebench"), UserCache.folder(Map.of("XDG_CACHE_HOME", "/x"), "Linux", null));
  }

  /** A fresh cache: the folders below it made owner-only, whatever the umask. */
  @Test
  void aFreshFolderIsMadeOwnerOnly(@TempDir Path tmp) throws Exception {
    Path cache = tmp.resolve("fresh/cache");
    Path own = UserCache.ownFolder(cache, "llama-4.2.0", "scratch");
    assertEquals(cache.resolve("llama-4.2.0/scratch"), own);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("llama-4.2.0"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(own)));
  }

  private static Object fileKey(Path file) throws Exception {
    Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    assertNotNull(key, "the file system gives file keys (inodes)");
    return key;
  }
}
