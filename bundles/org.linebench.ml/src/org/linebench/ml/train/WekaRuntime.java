package org.linebench.ml.train;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Starts Weka quietly. Weka's package class-loader manager prints a warning about its optional
 * native matrix libraries to {@code System.out} the first time it is used; on the command line
 * that line would land among the results (and break {@code --format json}). It carries nothing a
 * user can act on, so it is swallowed, once, before any other Weka use; so are netlib-java's
 * warnings that it found no native BLAS (it then uses its pure-Java implementation).
 */
public final class WekaRuntime {
  private static boolean started;
  private static final String NO_SCHEME_MATCH = "weka.test.maventest"; //$NON-NLS-1$
  /** Held so that its level stays set (loggers are weakly referenced). */
  private static final java.util.logging.Logger NETLIB = java.util.logging.Logger.getLogger("com.github.fommil"); //$NON-NLS-1$

  private WekaRuntime() {}

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
