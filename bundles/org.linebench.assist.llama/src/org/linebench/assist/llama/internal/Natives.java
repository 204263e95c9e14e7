package org.linebench.assist.llama.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.ChatException;
import org.linebench.core.AtomicFiles;
import org.linebench.core.UserCache;

import de.kherud.llama.LlamaModel;

/**
 * Loads llama.cpp's JNI library. The binding's jar carries it for each platform
 * ({@code de/kherud/llama/<OS>/<arch>/}); left alone, its loader extracts it to the temp folder under a
 * fixed name and says so on standard output, which would end up in the CLI's output. We extract it
 * ourselves, from the wrapped bundle's resources, into a folder of the user's own in the user's cache
 * ({@code <cache>/llama-<version>}; not the shared temp folder, where another user could make the folder
 * first and swap the file between its check and its load); a file there is loaded only when it is the
 * bundled library byte for byte, else it is replaced first. We point the loader at it ({@value #PATH_PROPERTY}); its scratch folder ({@value #TEMP_PROPERTY}) is
 * one of ours too. Paths the user set are kept.
 */
public final class Natives {
  static final String PATH_PROPERTY = "de.kherud.llama.lib.path"; //$NON-NLS-1$
  static final String TEMP_PROPERTY = "de.kherud.llama.tmpdir"; //$NON-NLS-1$
  private static final String VERSION = "4.2.0"; //$NON-NLS-1$
  /** The folder in the user's cache of this version of the binding. */
  static final String HOME = "llama-" + VERSION; //$NON-NLS-1$
  private static boolean loaded;
  /** The bundled libraries hashed this run, by resource name. */
  private static final Map<String, Bundled> BUNDLED = new HashMap<>();

  private Natives() {}

  /** Loads the library once; a platform without it, or a library that does not load, is a localized error. */
  static synchronized void load() throws ChatException {
    if (loaded) {
      return;
    }
    String os = System.getProperty("os.name"); //$NON-NLS-1$
    String arch = System.getProperty("os.arch"); //$NON-NLS-1$
    try {
      if (System.getProperty(TEMP_PROPERTY) == null) {
        // at its first use the binding deletes every file of its temp folder whose name begins with "llama" or
        // "jllama" (its old copies): given the system's temp folder, a user's llama-*.gguf there would go
        System.setProperty(TEMP_PROPERTY, UserCache.ownFolder(cache(), HOME, "scratch").toString()); //$NON-NLS-1$
      }
      if (System.getProperty(PATH_PROPERTY) == null) {
        System.setProperty(PATH_PROPERTY, extract(cache(), folder(os, arch)).toString());
      }
      Class.forName(LlamaModel.class.getName(), true, LlamaModel.class.getClassLoader()); // its static block loads the library
      loaded = true;
    } catch (IOException | ClassNotFoundException | LinkageError e) {
      throw new ChatException(NLS.bind(Messages.Llama_noNatives, new Object[] {os, arch, e.getMessage()}), e);
    }
  }

  /** The binding's folder of the library for this system, e.g. {@code Linux/x86_64}. */
  public static String folder(String osName, String osArch) throws IOException {
    String name = osName.toLowerCase(Locale.ROOT);
    String os = name.startsWith("windows") ? "Windows" : name.startsWith("mac") ? "Mac" : name.startsWith("linux") ? "Linux" : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64", "x64" -> "x86_64"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      case "aarch64", "arm64" -> "aarch64"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      case "x86", "i386", "i486", "i586", "i686" -> "x86"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
      default -> null;
    };
    if (os == null || arch == null) {
      throw new IOException("no llama.cpp library for this system in " + VERSION); //$NON-NLS-1$
    }
    return os + '/' + arch;
  }

  /** The user's cache folder ({@link UserCache}), which holds {@value #HOME}: the extracted library and the binding's scratch folder. */
  private static Path cache() throws IOException {
    Path cache = UserCache.folder();
    if (cache == null) {
      throw new IOException(Messages.Llama_noCache);
    }
    return cache;
  }

  /**
   * Extracts the library for {@code folder} (as {@link #folder} names it) into
   * {@code <cache>/llama-<version>/<OS>-<arch>}, folders of this user alone ({@link UserCache#ownFolder}:
   * created {@code 0700}; someone else's, or one others may write into, is refused before anything is
   * read from it or loaded), unless the file there is the bundled library byte for byte (its
   * SHA-256 that of the bundled one, hashed once a run): then it is reused as it is (a library in use
   * cannot be replaced on Windows). Anything else there (a copy cut short, another version, a file
   * someone put there) is replaced before it is loaded, through a temporary file in the same folder
   * moved over it in one step ({@link AtomicFiles}), owner-only whatever the replaced file's permissions.
   *
   * @return the folder of the library
   */
  public static Path extract(Path cache, String folder) throws IOException {
    String file = System.mapLibraryName("jllama"); //$NON-NLS-1$
    String resource = "/de/kherud/llama/" + folder + '/' + file; //$NON-NLS-1$
    Path dir = UserCache.ownFolder(cache, HOME, folder.replace('/', '-'));
    Path target = dir.resolve(file);
    Bundled bundled = bundled(resource);
    if (Files.isRegularFile(target) && Files.size(target) == bundled.size() && Arrays.equals(sha256(target), bundled.sha256())) {
      return dir;
    }
    AtomicFiles.writeOwnerOnly(target, out -> {
      try (InputStream in = open(resource)) {
        in.transferTo(out);
      }
    });
    return dir;
  }

  /** The size and SHA-256 of a bundled library, read once a run. */
  private record Bundled(long size, byte[] sha256) {}

  private static synchronized Bundled bundled(String resource) throws IOException {
    Bundled b = BUNDLED.get(resource);
    if (b == null) {
      MessageDigest digest = sha256();
      long size;
      try (InputStream in = new DigestInputStream(open(resource), digest)) {
        size = in.transferTo(OutputStream.nullOutputStream());
      }
      b = new Bundled(size, digest.digest());
      BUNDLED.put(resource, b);
    }
    return b;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = LlamaModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("no llama.cpp library for this system in " + VERSION + ": " + resource); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return in;
  }

  private static byte[] sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java runtime has it
    }
  }
}
