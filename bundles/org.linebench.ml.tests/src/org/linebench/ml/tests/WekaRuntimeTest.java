package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.linebench.core.UserCache;
import org.linebench.ml.weka.WekaRuntime;

/**
 * Weka starts without a word on the console and without taking the process's streams away from
 * the threads that write to them.
 */
class WekaRuntimeTest {

  @Test
  void wekaSeesNetlibSoItsClassLoaderManagerPrintsNothing() {
    assertTrue(WekaRuntime.wekaSeesNetlib(), "Weka's class loader must see com.github.fommil.netlib.ARPACK,"
        + " else its class-loader manager prints a warning to System.out");
  }

  @Test
  void startingLeavesTheStreamsAloneAndWritesNothing() throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(seen, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      WekaRuntime.start();
      new weka.classifiers.trees.J48().getCapabilities(); // Weka's properties and class-loader managers
      assertSame(capture, System.out, "Weka's start leaves System.out as it is");
      assertSame(capture, System.err, "and System.err");
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertTrue(seen.size() == 0, "nothing printed: " + seen.toString(StandardCharsets.UTF_8));
    assertTrue(Files.isDirectory(Path.of(System.getProperty("WEKA_HOME"))), "Weka's home exists: it does not say it cannot make it");
    // the user's cache folder as the start scripts choose it (LINEBENCH_CACHE, else the system's place)
    assertEquals(UserCache.folder().resolve("weka").toString(), System.getProperty("WEKA_HOME"));
  }
}
