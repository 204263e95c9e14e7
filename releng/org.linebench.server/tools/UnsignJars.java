import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signatures of the jars the JVM itself loads when the language server starts (the
 * Equinox launcher and framework, which are on no OSGi class path): {@code java UnsignJars.java
 * PLUGINS_DIR PREFIX...}. The JVM checks a signed jar's signature and digests on every start (about
 * a third of a second on our build machine) and keeps no class of a signed jar in the start's class
 * data archive (AppCDS); Equinox does not check the bundles' signatures, so these two are the only
 * ones that cost. The signature files go and the manifest keeps its main section (no digests);
 * every other entry is copied unchanged. Fails (exit 1) when a prefix matches no jar.
 */
public final class UnsignJars {
  private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);
  private static final String MANIFEST = "META-INF/MANIFEST.MF";

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java UnsignJars.java PLUGINS_DIR PREFIX...");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      List<Path> jars = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, args[i] + "*.jar")) {
        s.forEach(jars::add);
      }
      if (jars.isEmpty()) {
        System.err.println("UnsignJars: no " + args[i] + "*.jar in " + dir);
        System.exit(1);
      }
      for (Path jar : jars) {
        System.out.println("UnsignJars: " + jar.getFileName() + (unsign(jar) ? ": signature removed" : ": not signed"));
      }
    }
  }

  /** Rewrites {@code jar} without its signature; false (and no change) when it has none. */
  static boolean unsign(Path jar) throws IOException {
    Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
    boolean signed = false;
    try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        if (SIGNATURE.matcher(entry.getName()).matches()) {
          signed = true;
          continue;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream data = in.getInputStream(entry)) {
          if (entry.getName().equalsIgnoreCase(MANIFEST)) {
            out.write(mainSection(new String(data.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
          } else {
            data.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    if (!signed) {
      Files.delete(tmp);
      return false;
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  /** The manifest's main attributes: everything before the first empty line (the digests follow it). */
  static String mainSection(String manifest) {
    String text = manifest.replace("\r\n", "\n");
    int end = text.indexOf("\n\n");
    String main = end < 0 ? text : text.substring(0, end + 1);
    return (main.endsWith("\n") ? main : main + "\n").replace("\n", "\r\n") + "\r\n";
  }
}
