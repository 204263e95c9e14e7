package org.linebench.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.linebench.core.internal.Messages;

/**
 * The user's cache folder, chosen as the start scripts choose it ({@value #VARIABLE}, else
 * {@code $XDG_CACHE_HOME/linebench} or {@code ~/.cache/linebench} on Linux,
 * {@code ~/Library/Caches/LineBench} on macOS, {@code %LOCALAPPDATA%\LineBench\cache} on Windows),
 * and folders of the user's own in it, for files that are loaded as code: created owner-only (POSIX
 * {@code 0700}), and refused when someone else owns them or others may write into them (another user
 * could swap a file between its check and its use). Where files have no POSIX permissions (Windows)
 * the per-user cache folder is taken as it is.
 */
public final class UserCache {
  /** The environment variable that overrides the cache folder. */
  public static final String VARIABLE = "LINEBENCH_CACHE"; //$NON-NLS-1$
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

  private UserCache() {}

  /** This user's cache folder; null when there is none (no home folder and no variable that names one). */
  public static Path folder() {
    return folder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  /** The cache folder for this environment, system ({@code os.name}) and home folder; null when there is none. */
  public static Path folder(Map<String, String> env, String osName, String userHome) {
    String cache = env.get(VARIABLE);
    if (given(cache)) {
      return Path.of(cache);
    }
    String home = given(userHome) && !userHome.equals("?") ? userHome : null; //$NON-NLS-1$
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) { //$NON-NLS-1$
      String local = env.get("LOCALAPPDATA"); //$NON-NLS-1$
      if (given(local)) {
        return Path.of(local, "LineBench", "cache"); //$NON-NLS-1$ //$NON-NLS-2$
      }
      return home == null ? null : Path.of(home, "AppData", "Local", "LineBench", "cache"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
    if (os.startsWith("mac")) { //$NON-NLS-1$
      return home == null ? null : Path.of(home, "Library", "Caches", "LineBench"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    String xdg = env.get("XDG_CACHE_HOME"); //$NON-NLS-1$
    if (given(xdg)) {
      return Path.of(xdg, "linebench"); //$NON-NLS-1$
    }
    return home == null ? null : Path.of(home, ".cache", "linebench"); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static boolean given(String s) {
    return s != null && !s.isBlank();
  }

  /**
   * The folder {@code cache/names...}, of this user alone: the cache folder is created owner-only when
   * missing (its parents as usual) and must be this user's and not writable by all (the group may write:
   * a umask of 002 makes the launcher's cache folder so); each folder below it is created owner-only
   * ({@code 0700}) when missing, and must be a folder (not a link), this user's, and writable by no one
   * else (group or others). Where there are no POSIX permissions, the folders are only created.
   *
   * @throws IOException with a localized message when a folder is someone else's or open to others
   */
  public static Path ownFolder(Path cache, String... names) throws IOException {
    Path dir = cache.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    Files.createDirectories(parent == null ? dir : parent);
    boolean posix = Files.getFileAttributeView(parent == null ? dir : parent, PosixFileAttributeView.class) != null;
    if (!posix) {
      return Files.createDirectories(dir.resolve(String.join(dir.getFileSystem().getSeparator(), names)));
    }
    UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name")); //$NON-NLS-1$
    if (!Files.isDirectory(dir)) {
      create(dir);
    }
    check(dir, me, Set.of(PosixFilePermission.OTHERS_WRITE), true);
    for (String name : names) {
      dir = dir.resolve(name);
      create(dir);
      check(dir, me, Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE), false);
    }
    return dir;
  }

  /** Creates the folder owner-only, unless something is there already (then it is checked). */
  private static void create(Path dir) throws IOException {
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (FileAlreadyExistsException e) {
      // checked by the caller
    }
  }

  private static void check(Path dir, UserPrincipal me, Set<PosixFilePermission> forbidden, boolean followLinks) throws IOException {
    PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS});
    if (!a.isDirectory()) {
      throw new IOException(NLS.bind(Messages.UserCache_notAFolder, dir));
    }
    if (!a.owner().equals(me)) {
      throw new IOException(NLS.bind(Messages.UserCache_notOwned, new Object[] {dir, a.owner().getName(), me.getName()}));
    }
    if (a.permissions().stream().anyMatch(forbidden::contains)) {
      throw new IOException(NLS.bind(Messages.UserCache_writable, dir, PosixFilePermissions.toString(a.permissions())));
    }
  }
}
