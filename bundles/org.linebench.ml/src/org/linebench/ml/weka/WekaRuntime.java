package org.linebench.ml.weka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.linebench.core.UserCache;

/**
 * Starts Weka quietly, without touching the process's standard streams (other threads of the
 * workbench and the command line's results go on writing to them while Weka starts).
 *
 * <p>Weka's noise and how it is kept away:
 * <ul>
 * <li>Its class-loader manager prints a warning to {@code System.out} the first time it is used
 * when its class loader cannot see netlib-java ({@code com.github.fommil.netlib.ARPACK}): it
 * then wants to inject MTJ's jars into the JVM's root class loader. The ml bundle requires
 * netlib-java's bundle and the wrapped Weka bundle imports packages dynamically, so Weka finds the
 * class and says nothing ({@link #wekaSeesNetlib()}, checked by a test).</li>
 * <li>netlib-java logs a warning for each native BLAS/ARPACK it does not find, then uses its
 * pure-Java implementation: its logger is set to {@code SEVERE}.</li>
 * <li>Weka's package manager prints "Unable to create WEKA_HOME" (and its sub-folders) to
 * {@code System.err} when the home's parent folder does not exist: the home is created first.</li>
 * </ul>
 *
 * <p>Weka's package manager uses a home folder ({@code WEKA_HOME}, by default
 * {@code ~/wekafiles}: {@code packages/}, {@code native/}, {@code props/}, {@code repCache/}) and
 * would load the jars of any Weka packages installed there. LineBench tells it not to load
 * packages and not to go online, and points its home at a folder of LineBench's cache
 * ({@code ~/.cache/linebench/weka}, {@code ~/Library/Caches/LineBench/weka},
 * {@code %LOCALAPPDATA%\LineBench\cache\weka}; {@code LINEBENCH_CACHE} overrides the cache),
 * unless {@code -DWEKA_HOME} is given: nothing is written into the user's home folder.
 */
public final class WekaRuntime {
  private static boolean started;
  private static final String NO_SCHEME_MATCH = "weka.test.maventest"; //$NON-NLS-1$
  /** netlib-java's logger, held so that its level stays set (loggers are weakly referenced). */
  private static final java.util.logging.Logger NETLIB = java.util.logging.Logger.getLogger("com.github.fommil"); //$NON-NLS-1$

  private static final String WEKA_HOME = "WEKA_HOME"; //$NON-NLS-1$

  private WekaRuntime() {}

  /** Weka's home in LineBench's cache folder (the start scripts' rules), or in the temporary folder without a home. */
  static Path wekaHome() {
    Path cache = UserCache.folder();
    if (cache == null) {
      cache = Path.of(System.getProperty("java.io.tmpdir"), "linebench-" + System.getProperty("user.name", "user")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
    return cache.resolve("weka"); //$NON-NLS-1$
  }

  /** Initializes Weka's class-loading machinery; later calls do nothing. */
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
    try {
      // Weka makes its home with mkdir (not mkdirs), and says so on System.err when it cannot
      Files.createDirectories(Path.of(System.getProperty(WEKA_HOME)));
    } catch (IOException | RuntimeException e) {
      // a home that cannot be made: Weka works without it (no packages are loaded)
    }
    for (String off : new String[] {"weka.core.loadPackages", "weka.packageManager.loadPackages"}) { //$NON-NLS-1$ //$NON-NLS-2$
      if (System.getProperty(off) == null) {
        System.setProperty(off, "false"); //$NON-NLS-1$
      }
    }
    if (System.getProperty("weka.packageManager.offline") == null) { //$NON-NLS-1$
      System.setProperty("weka.packageManager.offline", "true"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    NETLIB.setLevel(java.util.logging.Level.SEVERE);
    // the capabilities read Weka's properties, which starts the package and class-loader managers
    new weka.classifiers.rules.ZeroR().getCapabilities();
  }

  /**
   * Whether Weka's own class loader sees netlib-java's ARPACK: the condition under which its
   * class-loader manager starts without printing to {@code System.out}.
   */
  public static boolean wekaSeesNetlib() {
    try {
      Class.forName("com.github.fommil.netlib.ARPACK", false, weka.core.Version.class.getClassLoader()); //$NON-NLS-1$
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
