package org.linebench.launcher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Decides the command that runs LineBench: which java, its options, the Equinox launcher jar, the platform's
 * options and LineBench's arguments, unchanged.
 */
final class Planner {

  static final String LAUNCHER_PREFIX = "org.eclipse.equinox.launcher_";

  private Planner() {}

  static List<String> command(Platform platform, List<String> args, Texts texts) throws LaunchException {
    JavaHome java = JavaFinder.find(platform, texts);
    String launcher = equinoxLauncher(platform, texts);
    List<String> command = new ArrayList<String>();
    command.add(java.executable(platform));
    command.addAll(jvmOptions(platform, java, Arguments.command(args)));
    command.add("-jar");
    command.add(launcher);
    command.add("-data");
    command.add("@noDefault");
    String nl = Arguments.nl(args);
    if (nl != null) { // --lang chooses the language of every message: the platform's -nl does that for all bundles
      command.add("-nl");
      command.add(nl);
    }
    command.addAll(args);
    return command;
  }

  /** {@code plugins/org.eclipse.equinox.launcher_<version>.jar} of the product; the newest if several. */
  static String equinoxLauncher(Platform platform, Texts texts) throws LaunchException {
    String plugins = platform.path(platform.install, "plugins");
    String found = null;
    for (String name : platform.disk.list(plugins)) {
      if (name.startsWith(LAUNCHER_PREFIX) && name.endsWith(".jar") && platform.disk.isFile(platform.path(plugins, name))) {
        found = name;
      }
    }
    if (found == null) {
      throw new LaunchException(texts.format("launcher.missing", plugins));
    }
    return platform.path(plugins, found);
  }

  static List<String> jvmOptions(Platform platform, JavaHome java, String command) {
    List<String> o = new ArrayList<String>();
    String xmx = platform.env("LINEBENCH_XMX");
    o.add("-Xmx" + (xmx == null ? "2g" : xmx.trim()));
    o.add("-Dfile.encoding=UTF-8"); // files LineBench writes are UTF-8 on every system
    String console = ConsoleEncoding.forLineBench(platform);
    if (console != null) {
      o.add("-Dstdout.encoding=" + console);
      o.add("-Dstderr.encoding=" + console);
    }
    boolean workbench = "workbench".equals(command);
    boolean validate = "validate".equals(command) || "bench-lines".equals(command); // bench-lines measures validate's load
    if (platform.os == Platform.Os.MAC) {
      o.add("-XstartOnFirstThread"); // SWT runs on the main thread on macOS
      if (workbench) {
        o.add("-Xdock:name=LineBench");
      }
      String home = platform.home();
      if (home != null) { // the projects are the user's documents: ~/Documents/LineBench, as macOS applications do
        o.add("-Dlinebench.defaultWorkspace=" + platform.path(home, "Documents", "LineBench"));
      }
    }
    if (java.version >= 23) { // Guice (inside Xtext) still uses sun.misc.Unsafe; Java 23+ warns about it on every start
      o.add("--sun-misc-unsafe-memory-access=allow");
    }
    // Start-up on small machines: the JIT's optimizing tier (C2) would spend several seconds of CPU on the
    // platform's start-up code (class loading, OSGi wiring) that runs a few thousand times and is then done
    // with; it waits for methods ten times as hot instead. Long computations (training) reach those counts
    // within milliseconds, so they run as fast as before (bench-ml measures it).
    o.add("-XX:Tier4InvocationThreshold=50000");
    o.add("-XX:Tier4MinInvocationThreshold=6000");
    o.add("-XX:Tier4CompileThreshold=150000");
    o.add("-XX:Tier4BackEdgeThreshold=400000");
    if (validate) {
      // validate reads line files once and ends: the optimizing tier would compile the language's code for
      // seconds of CPU on two cores and gain nothing back; the quick tier alone cuts a 10,000-station
      // validation from 8.8 to 5.6 s of CPU (README: speed of a large line)
      o.add("-XX:TieredStopAtLevel=1");
      // and the throughput collector: a validation keeps nearly all it allocates (the models), which the
      // default collector (G1) copies between its regions and marks concurrently on the second core while
      // the heap grows; the parallel one does less of both (README: speed of a large line). Not when the
      // user chose a collector: the JVM refuses to start with two.
      if (!choosesCollector(Arguments.splitOptions(platform.env("LINEBENCH_JAVA_OPTS"), new ArrayList<String>()))) {
        o.add("-XX:+UseParallelGC");
        if (xmx == null) {
          // a young generation that holds what a large validation allocates before it ends: the 10,000-station
          // plant is loaded with one collection or none instead of five that copy the growing models (a fixed
          // size only with the default 2 GB heap: a smaller LINEBENCH_XMX sizes it itself)
          o.add("-Xmn600m");
        }
      }
    }
    if (validate) {
      String archive = classDataArchive(platform, java, "validate");
      if (archive != null) {
        // the classes of the language, the packs and the platform, parsed and verified, from an archive that
        // the first run writes to a file of its own and the launcher then renames into place (ClassDataArchive):
        // runs side by side (CI) never write or map a half-written archive; the JVM maps it read-only
        if (platform.disk.isFile(archive)) {
          o.add("-XX:SharedArchiveFile=" + archive);
        } else {
          o.add(ClassDataArchive.WRITE + ClassDataArchive.partName(archive));
        }
        o.add("-Xlog:cds*=off");
      }
    }
    if (workbench) {
      String archive = classDataArchive(platform, java, "workbench");
      if (archive != null) {
        o.add("-XX:+AutoCreateSharedArchive");
        o.add("-XX:SharedArchiveFile=" + archive);
        o.add("-Xlog:cds*=off");
      }
    }
    Arguments.splitOptions(platform.env("LINEBENCH_JAVA_OPTS"), o);
    return o;
  }

  /**
   * The workbench keeps the classes it loads, parsed and verified, in a class data archive that the JVM writes at
   * the end of the first run and maps on the next ones (AppCDS). It lives in the user's cache, one per Java and
   * installation; the JVM makes a new one when the Java changes. Null without a writable cache: the workbench
   * then starts the usual way. {@code validate} (and its benchmark) has an archive of its own, written once
   * and renamed into place by the launcher ({@link ClassDataArchive}).
   */
  static String classDataArchive(Platform platform, JavaHome java, String command) {
    String cache = cacheFolder(platform);
    if (cache == null || !platform.disk.writableFolder(cache)) {
      return null;
    }
    CRC32 key = new CRC32();
    String bundles = platform.disk.read(platform.path(platform.install, "configuration",
        "org.eclipse.equinox.simpleconfigurator", "bundles.info"), StandardCharsets.UTF_8);
    key.update((java.home + "\n" + platform.install + "\n" + (bundles == null ? "" : bundles)).getBytes(StandardCharsets.UTF_8));
    return platform.path(cache, command + "-" + Long.toHexString(key.getValue()) + ".jsa");
  }

  /** Whether JVM options select a garbage collector ({@code -XX:+UseZGC}, {@code -XX:+UseSerialGC} ...). */
  static boolean choosesCollector(List<String> options) {
    for (String option : options) {
      if (option.startsWith("-XX:+Use") && option.endsWith("GC")) {
        return true;
      }
    }
    return false;
  }

  /**
   * LINEBENCH_CACHE, else the user's cache folder: {@code ~/.cache/linebench} ($XDG_CACHE_HOME) on Linux,
   * {@code ~/Library/Caches/LineBench} on macOS, {@code %LOCALAPPDATA%\LineBench\cache} on Windows. Null if none.
   */
  static String cacheFolder(Platform platform) {
    String cache = platform.env("LINEBENCH_CACHE");
    if (cache != null) {
      return cache;
    }
    String home = platform.home();
    switch (platform.os) {
      case WINDOWS:
        String local = platform.env("LOCALAPPDATA");
        if (local == null && home != null) {
          local = platform.path(home, "AppData", "Local");
        }
        return local == null ? null : platform.path(local, "LineBench", "cache");
      case MAC:
        return home == null ? null : platform.path(home, "Library", "Caches", "LineBench");
      default:
        String xdg = platform.env("XDG_CACHE_HOME");
        if (xdg != null) {
          return platform.path(xdg, "linebench");
        }
        return home == null ? null : platform.path(home, ".cache", "linebench");
    }
  }
}
