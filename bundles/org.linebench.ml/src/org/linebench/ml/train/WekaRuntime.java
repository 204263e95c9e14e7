package org.linebench.ml.train;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Starts Weka quietly. Weka's package class-loader manager prints a warning about its optional
 * native matrix libraries to {@code System.out} the first time it is used; on the command line
 * that line would land among the results (and break {@code --format json}). It carries nothing a
 * user can act on, so it is swallowed, once, before any other Weka use; so are netlib-java's
 * warnings that it found no native BLAS (it then uses its pure-Java implementation).
 *
 * <p>Weka's package manager creates its home folder ({@code WEKA_HOME}, by default
 * {@code ~/wekafiles}: {@code packages/}, {@code native/}, {@code props/}, {@code repCache/}) the
 * first time it is touched, and would load the jars of any Weka packages installed there. LineBench
 * tells it not to load packages and not to go online; then it creates no folder at all. Should a
 * path of Weka's still need its home, it is a folder of LineBench's cache
 * ({@code ~/.cache/linebench/weka}, {@code ~/Library/Caches/LineBench/weka},
 * {@code %LOCALAPPDATA%\LineBench\cache\weka}; {@code LINEBENCH_CACHE} overrides the cache),
 * unless {@code -DWEKA_HOME} is given.
 */
public final class WekaRuntime {
  private static boolean started;
  private static final String NO_SCHEME_MATCH = "weka.test.maventest"; //$NON-NLS-1$
  /** Held so that its level stays set (loggers are weakly referenced). */
  private static final java.util.logging.Logger NETLIB = java.util.logging.Logger.getLogger("com.github.fommil"); //$NON-NLS-1$

  private static final String WEKA_HOME = "WEKA_HOME"; //$NON-NLS-1$

  private WekaRuntime() {}

  /** Weka's home in LineBench's cache folder (the start scripts' rules), or in the temporary folder without a home. */
  static Path wekaHome() {
    String cache = System.getenv("LINEBENCH_CACHE"); //$NON-NLS-1$
    String home = System.getProperty("user.home"); //$NON-NLS-1$
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    Path folder;
    if (cache != null && !cache.isBlank()) {
      folder = Path.of(cache);
    } else if (os.startsWith("windows") && System.getenv("LOCALAPPDATA") != null) { //$NON-NLS-1$ //$NON-NLS-2$
      folder = Path.of(System.getenv("LOCALAPPDATA"), "LineBench", "cache"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    } else if (home == null || home.isBlank() || home.equals("?")) { //$NON-NLS-1$
      folder = Path.of(System.getProperty("java.io.tmpdir"), "linebench-" + System.getProperty("user.name", "user")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    } else if (os.startsWith("mac")) { //$NON-NLS-1$
      folder = Path.of(home, "Library", "Caches", "LineBench"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    } else {
      String xdg = System.getenv("XDG_CACHE_HOME"); //$NON-NLS-1$
      folder = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("linebench"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return folder.resolve("weka"); //$NON-NLS-1$
  }

  /** Initializes Weka's class-loading machinery with standard output muted; later calls do nothing. */
  public static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    // Weka's Utils.forName first matches the name against the classes its plugin discovery found on
    // the class path; inside OSGi it finds none, so meta classifiers (-W ...) and RandomForest's own
    // RandomTree could not be created. This property makes it load the class by name directly.
    if (System.getProperty(NO_SCHEME_MATCH) == null) {
      System.setProperty(NO_SCHEME_MATCH, "true"); //$NON-NLS-1$
    }
    // a system property wins over the environment variable in Weka's Environment
    if (System.getProperty(WEKA_HOME) == null) {
      System.setProperty(WEKA_HOME, wekaHome().toString());
    }
    for (String off : new String[] {"weka.core.loadPackages", "weka.packageManager.loadPackages"}) { //$NON-NLS-1$ //$NON-NLS-2$
      if (System.getProperty(off) == null) {
        System.setProperty(off, "false"); //$NON-NLS-1$
      }
    }
    if (System.getProperty("weka.packageManager.offline") == null) { //$NON-NLS-1$
      System.setProperty("weka.packageManager.offline", "true"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    // netlib-java logs a warning for each native BLAS/ARPACK it does not find, then uses pure Java
    NETLIB.setLevel(java.util.logging.Level.SEVERE);
    PrintStream out = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      // the capabilities read Weka's properties, which starts the package and class-loader managers
      new weka.classifiers.rules.ZeroR().getCapabilities();
    } finally {
      System.setOut(out);
    }
  }
}
