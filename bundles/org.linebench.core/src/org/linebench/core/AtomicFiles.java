package org.linebench.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files the way a user's files must be written: completely or not at all. The content goes
 * to a hidden temporary file beside the target, which is then moved over it in one step, so a
 * reader (or a crash) never sees half a file, and a failed write leaves the old file as it was.
 * The new file gets the permissions of the file it replaces, or the usual ones for a new file (not
 * {@link Files#createTempFile}'s owner-only ones).
 */
public final class AtomicFiles {

  /** What is written into the file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

  private AtomicFiles() {
  }

  /** Writes the bytes to the file atomically, creating its folder when needed. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Writes the text in UTF-8 to the file atomically, creating its folder when needed. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes what {@code content} produces to the file atomically, creating its folder when needed. */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, false);
  }

  /**
   * Writes what {@code content} produces to the file atomically, readable and writable by its owner
   * alone (POSIX {@code rwx------}, where files have POSIX permissions), whatever the permissions of
   * the file it replaces: for files that are loaded as code.
   */
  public static void writeOwnerOnly(Path target, Content content) throws IOException {
    write(target, content, true);
  }

  private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    try {
      if (ownerOnly && posix) {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY)); // never open to others, not even for a moment
      }
      try (OutputStream out = ownerOnly && posix ? Files.newOutputStream(tmp, StandardOpenOption.WRITE)
          : Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      if (ownerOnly && posix) {
        Files.setPosixFilePermissions(tmp, OWNER_ONLY);
      } else {
        keepPermissions(file, tmp);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A replaced file keeps its permissions (someone may have made a report readable by all, or not). */
  private static void keepPermissions(Path old, Path replacement) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(old, PosixFileAttributeView.class);
    if (view != null && Files.exists(old)) {
      Files.setPosixFilePermissions(replacement, view.readAttributes().permissions());
    }
  }
}
