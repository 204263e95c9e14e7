package org.linebench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.core.internal.Messages;

/**
 * Opens the files a user names the way hostile input demands: only regular files (a FIFO blocks
 * its reader forever, {@code /dev/zero} never ends; a symbolic link is judged by what it points
 * to), never more than a cap when a file is read whole, and a reason in the user's language when a
 * file cannot be read (permission, missing, a folder).
 */
public final class InputFiles {
  /** What kind of thing a path names, for messages. */
  public enum Kind {
    FILE, FOLDER, FIFO, CHARACTER_DEVICE, BLOCK_DEVICE, SOCKET, OTHER
  }

  /** A file LineBench will not read, with a localized message that names it and says why. */
  public static final class RefusedFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final Kind kind;

    RefusedFileException(String localizedMessage, Kind kind) {
      super(localizedMessage);
      this.kind = kind;
    }

    /** What the path named: {@link Kind#FILE} when the file was too large. */
    public Kind kind() {
      return kind;
    }
  }

  private static final int S_IFMT = 0170000;
  private static final long MB = 1024 * 1024;

  private InputFiles() {}

  /** What the path names, following symbolic links; {@link NoSuchFileException} if nothing. */
  public static Kind kindOf(Path path) throws IOException {
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
    if (a.isRegularFile()) {
      return Kind.FILE;
    }
    if (a.isDirectory()) {
      return Kind.FOLDER;
    }
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode"); //$NON-NLS-1$
      return switch (mode & S_IFMT) {
        case 0010000 -> Kind.FIFO;
        case 0020000 -> Kind.CHARACTER_DEVICE;
        case 0060000 -> Kind.BLOCK_DEVICE;
        case 0140000 -> Kind.SOCKET;
        default -> Kind.OTHER;
      };
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return Kind.OTHER; // no unix view (Windows)
    }
  }

  /**
   * Checks that the path names a regular file (after following symbolic links) of at most
   * {@code maxBytes}, before anything opens it.
   *
   * @return the file's size
   * @throws RefusedFileException for a folder, FIFO, device, socket or a file larger than the cap
   * @throws IOException when the path does not exist or cannot be examined
   */
  public static long checkRegular(Path path, long maxBytes) throws IOException {
    Kind kind = kindOf(path);
    if (kind != Kind.FILE) {
      throw notAFile(path, kind);
    }
    long size = Files.size(path);
    if (size > maxBytes) {
      throw tooLarge(path, size, maxBytes);
    }
    return size;
  }

  /** The refusal for a path that is not a regular file. */
  public static RefusedFileException notAFile(Path path, Kind kind) {
    String what = switch (kind) {
      case FOLDER -> Messages.InputFiles_folder;
      case FIFO -> Messages.InputFiles_fifo;
      case CHARACTER_DEVICE, BLOCK_DEVICE -> Messages.InputFiles_device;
      case SOCKET -> Messages.InputFiles_socket;
      default -> Messages.InputFiles_other;
    };
    return new RefusedFileException(NLS.bind(Messages.InputFiles_notAFile, path, what), kind);
  }

  private static RefusedFileException tooLarge(Path path, long size, long maxBytes) {
    return new RefusedFileException(NLS.bind(Messages.InputFiles_tooLarge, new Object[] {path, megabytes(size), megabytes(maxBytes)}),
        Kind.FILE);
  }

  private static String megabytes(long bytes) {
    return bytes >= 10 * MB ? Long.toString(bytes / MB) : String.format(Locale.ROOT, "%.1f", bytes / (double) MB); //$NON-NLS-1$
  }

  /**
   * Reads a regular file whole, refusing it (before opening it) when it is no regular file or
   * larger than {@code maxBytes}; a file that grows while it is read is refused too.
   */
  public static byte[] readAllBytes(Path path, long maxBytes) throws IOException {
    checkRegular(path, maxBytes);
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(path, bytes.length, maxBytes);
      }
      return bytes;
    }
  }

  /** Opens a regular file for reading, refusing anything else before it is opened. */
  public static InputStream newInputStream(Path path) throws IOException {
    checkRegular(path, Long.MAX_VALUE);
    return Files.newInputStream(path);
  }

  /**
   * Why a file operation failed, in the user's language: "permission denied", "no such file or
   * folder", ... followed by the path where the exception names one.
   */
  public static String reason(IOException e) {
    if (e instanceof RefusedFileException) {
      return e.getMessage();
    }
    String file = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : null;
    String why;
    if (e instanceof AccessDeniedException) {
      why = Messages.InputFiles_permission;
    } else if (e instanceof NoSuchFileException) {
      why = Messages.InputFiles_noSuchFile;
    } else if (e instanceof NotDirectoryException) {
      why = Messages.InputFiles_notAFolder;
    } else if (e instanceof FileSystemLoopException) {
      why = Messages.InputFiles_loop;
    } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
      why = fse.getReason();
    } else {
      String m = e.getMessage();
      return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
    return file == null ? why : NLS.bind(Messages.InputFiles_reasonWithFile, why, file);
  }
}
