package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Windows start script under Wine, with a stand-in java.exe (src/test/windows/recorder.c, built with MinGW) that
 * records how it was started: installed as a Chinese engineer has it, Java in {@code C:\Program Files\...}, LineBench
 * unpacked in {@code C:\Users\张工\下载\LineBench 0.1}. The launcher's part (which JVM command it makes of those
 * arguments) runs here in this JVM against the same Wine drive; its command line is then started under Wine by
 * {@code spawn.exe} (src/test/windows/spawn.c, CreateProcessW as Java's ProcessBuilder does) and recorded again:
 * what LineBench's JVM receives, as a Windows program reads its command line.
 * <p>
 * What it does not prove: Wine's cmd is not Windows' cmd (it runs here in a Western code page: Wine 8's cmd
 * mangles Chinese in code page 936), and no real Java runs under Wine. Skipped with a message when wine or
 * MinGW is missing; LINEBENCH_REQUIRE_WINE=1 (set by .ci/run) makes that a failure.
 */
class WindowsScriptWineTest {

  static final String JDK = "C:\\Program Files\\Eclipse Adoptium\\jdk-21";
  static final String USER = "C:\\Users\\张工";
  static final String PRODUCT = USER + "\\下载\\LineBench 0.1\\linebench";
  static final String LAUNCHER_JAR = "org.eclipse.equinox.launcher_1.7.0.v20250424-1814.jar";
  static final List<String> SCRIPT_JVM = List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
      PRODUCT + "\\linebench-launcher.jar");

  static Path work;
  static WineDisk disk;
  static Map<String, String> wineEnv = new HashMap<>();

  @BeforeAll
  static void wine() throws IOException, InterruptedException {
    String missing = missing("wine", "wineserver", "x86_64-w64-mingw32-gcc");
    if (missing != null) {
      String why = "WindowsScriptWineTest skipped: no " + missing
          + " (apt-get install wine wine64 gcc-mingw-w64-x86-64; .ci/run installs them)";
      if ("1".equals(System.getenv("LINEBENCH_REQUIRE_WINE"))) {
        fail(why.replace("skipped", "cannot run"));
      }
      System.err.println("[WARNING] " + why);
      assumeTrue(false, why);
    }
    work = Path.of(System.getProperty("linebench.target", "target"), "wine").toAbsolutePath();
    delete(work);
    Files.createDirectories(work);
    Path sources = Path.of(System.getProperty("linebench.launcher", ".")).resolve("src/test/windows");
    run(List.of("x86_64-w64-mingw32-gcc", "-O2", "-Wall", "-o", "java.exe", sources.resolve("recorder.c").toString(),
        "-lshell32"), 60);
    run(List.of("x86_64-w64-mingw32-gcc", "-O2", "-Wall", "-municode", "-o", "spawn.exe",
        sources.resolve("spawn.c").toString()), 60);

    wineEnv.put("WINEPREFIX", work.resolve("prefix").toString());
    wineEnv.put("WINEDEBUG", "-all");
    wineEnv.put("WINEDLLOVERRIDES", "mscoree,mshtml="); // no Mono or Gecko installer
    wineEnv.put("LANG", "C.UTF-8");
    Files.createDirectories(work.resolve("prefix"));
    // one server for all the runs below (each then takes about a second), gone 60 s after the last
    run(List.of("wineserver", "-p60"), 30);
    long t0 = System.nanoTime();
    run(List.of("wine", "wineboot", "--init"), 300);
    System.err.printf("WindowsScriptWineTest: the Wine prefix was made in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Path driveC = work.resolve("prefix/drive_c");
    disk = new WineDisk(driveC);

    install(JDK);
    Path product = disk.unix(PRODUCT);
    Files.createDirectories(product.resolve("plugins"));
    Files.copy(Path.of(System.getProperty("linebench.rootfiles"), "win32", "linebench.cmd"), product.resolve("linebench.cmd"));
    Files.writeString(product.resolve("linebench-launcher.jar"), "not run: java.exe is a stand-in");
    Files.writeString(product.resolve("plugins").resolve(LAUNCHER_JAR), "not run either");
  }

  @AfterAll
  static void stopWine() throws IOException, InterruptedException {
    if (work != null) {
      run(List.of("wineserver", "-k"), 30);
    }
  }

  /** The stand-in java.exe and a release file in a Java home on the Wine drive. */
  static void install(String javaHome) throws IOException {
    Path home = disk.unix(javaHome);
    Files.createDirectories(home.resolve("bin"));
    Files.copy(work.resolve("java.exe"), home.resolve("bin/java.exe"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.5\"\n");
  }

  static String missing(String... tools) {
    for (String tool : tools) {
      boolean found = Stream.of(System.getenv("PATH").split(File.pathSeparator))
          .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
      if (!found) {
        return tool;
      }
    }
    return null;
  }

  record Run(int code, String err, List<String> args, String commandLine, Map<String, String> env) {}

  /** Runs a command in the work folder with the Wine environment and more; returns its exit code and stderr. */
  static Run run(List<String> command, int seconds, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().remove("DISPLAY"); // no window: Wine needs none for these programs
    pb.environment().keySet().removeIf(k -> k.startsWith("LINEBENCH_") || k.equals("JAVA_HOME") || k.equals("WINEPATH"));
    pb.environment().putAll(wineEnv);
    pb.environment().putAll(env);
    Path record = work.resolve("record.txt");
    pb.environment().put("LB_RECORD", "Z:" + record.toString().replace('/', '\\'));
    pb.environment().put("LB_EXIT", "3");
    Files.deleteIfExists(record);
    Path err = work.resolve("stderr.txt");
    pb.redirectOutput(work.resolve("stdout.txt").toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command + " did not finish in " + seconds + " s");
    }
    List<String> args = new ArrayList<>();
    Map<String, String> recordedEnv = new HashMap<>();
    String line = null;
    if (Files.exists(record)) {
      for (String l : Files.readAllLines(record, StandardCharsets.UTF_8)) {
        if (l.startsWith("arg=")) {
          args.add(l.substring(4));
        } else if (l.startsWith("cmdline=")) {
          line = l.substring(8);
        } else if (l.startsWith("env=")) {
          String[] kv = l.substring(4).split("=", 2);
          recordedEnv.put(kv[0], kv[1]);
        }
      }
    }
    return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), args, line, recordedEnv);
  }

  static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
    Run r = run(command, seconds, Map.of());
    if (r.code != 0) {
      fail(command + " failed with " + r.code + ": " + r.err);
    }
    return r;
  }

  /**
   * Runs {@code linebench.cmd ARGUMENTS} as typed in a console (ARGUMENTS exactly as written; %NAME% is replaced
   * from env first, as the console would, which keeps this wrapper ASCII).
   */
  static Run script(String arguments, Map<String, String> env) throws IOException, InterruptedException {
    StringBuilder run = new StringBuilder("@echo off\r\n");
    for (String name : env.keySet()) { // Wine sets these for its own user: the batch sets them as Windows would
      if (name.equals("LOCALAPPDATA") || name.equals("USERPROFILE")) {
        run.append("set \"").append(name).append("=%LB_SET_").append(name).append("%\"\r\n");
      }
    }
    run.append("\"%LB_PRODUCT%\\linebench.cmd\" ").append(arguments).append("\r\n");
    Files.writeString(work.resolve("run.cmd"), run);
    Map<String, String> all = new HashMap<>();
    env.forEach((k, v) -> all.put(k.equals("LOCALAPPDATA") || k.equals("USERPROFILE") ? "LB_SET_" + k : k, v));
    all.put("LB_PRODUCT", PRODUCT);
    return run(List.of("wine", "cmd", "/c", "run.cmd"), 120, all);
  }

  /** What the launcher makes of the arguments the script handed it, and what LineBench's JVM then receives. */
  static List<String> launch(Run script, Map<String, String> env) throws Exception {
    int jar = script.args.indexOf("-jar");
    List<String> args = script.args.subList(jar + 2, script.args.size());
    String java = script.args.get(0);
    Map<String, String> props = Map.of("java.home", java.substring(0, java.length() - "\\bin\\java.exe".length()),
        "java.specification.version", "21", "native.encoding", "GBK");
    Platform windows = new Platform(Platform.Os.WINDOWS, PRODUCT, env, props, Locale.SIMPLIFIED_CHINESE, disk);
    List<String> command = Planner.command(windows, args, Texts.of(args, windows.locale));
    Files.writeString(work.resolve("command-line.txt"), WindowsCommandLine.of(command));
    Run jvm = run(List.of("wine", "spawn.exe", "command-line.txt"), 120, Map.of());
    assertEquals(3, jvm.code, "LineBench's exit code comes back: " + jvm.err);
    assertEquals(command, jvm.args, "every argument arrives unchanged");
    return jvm.args;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void validateInChineseFromFoldersWithSpacesAndChineseNames() throws Exception {
    String typed = "--lang zh validate examples \"%LB_DATA%\" \"say \\\"hi\\\"\" \"C:\\Program Files\\\\\" \"\"";
    Map<String, String> env = Map.of("JAVA_HOME", JDK, "LB_DATA", USER + "\\数据\\产线 1.line");
    Run r = script(typed, env);
    assertEquals(3, r.code, "the script passes Java's exit code on: " + r.err);
    List<String> user = List.of("--lang", "zh", "validate", "examples", USER + "\\数据\\产线 1.line", "say \"hi\"",
        "C:\\Program Files\\", "");
    assertEquals(concat(concat(List.of(JDK + "\\bin\\java.exe"), SCRIPT_JVM), user), r.args);
    assertTrue(r.commandLine.endsWith(" -jar \"" + PRODUCT + "\\linebench-launcher.jar\" "
        + typed.replace("%LB_DATA%", env.get("LB_DATA"))), "the arguments as typed: " + r.commandLine);

    List<String> jvm = launch(r, Map.of("LOCALAPPDATA", USER + "\\AppData\\Local", "USERPROFILE", USER));
    assertEquals(JDK + "\\bin\\java.exe", jvm.get(0));
    int jar = jvm.indexOf("-jar");
    assertEquals(concat(List.of(PRODUCT + "\\plugins\\" + LAUNCHER_JAR, "-data", "@noDefault", "-nl", "zh_CN"), user),
        jvm.subList(jar + 1, jvm.size()));
  }

  @Test
  void workbenchArchiveInTheUsersLocalAppData() throws Exception {
    Run r = script("workbench --data \"%LB_WS%\"", Map.of("JAVA_HOME", JDK, "LB_WS", USER + "\\工作区 1",
        "LOCALAPPDATA", USER + "\\AppData\\Local", "USERPROFILE", USER));
    assertEquals(3, r.code, r.err);
    assertEquals(USER + "\\AppData\\Local", r.env.get("LOCALAPPDATA"), "what the launcher reads");
    List<String> jvm = launch(r, r.env);
    String archive = jvm.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow();
    assertTrue(archive.matches("-XX:SharedArchiveFile=C:\\\\Users\\\\张工\\\\AppData\\\\Local\\\\LineBench\\\\cache\\\\workbench-[0-9a-f]+\\.jsa"),
        archive);
    assertTrue(Files.isDirectory(disk.unix(USER + "\\AppData\\Local\\LineBench\\cache")), "the cache folder was made");
    assertEquals(List.of("workbench", "--data", USER + "\\工作区 1"), jvm.subList(jvm.size() - 3, jvm.size()));
  }

  @Test
  void javaFromThePathInAFolderWithParentheses() throws Exception {
    String java = "C:\\Program Files (x86)\\Java 21 (test)";
    install(java);
    Run r = script("version", Map.of("WINEPATH", java + "\\bin"));
    assertEquals(3, r.code, r.err);
    assertEquals(concat(concat(List.of(java + "\\bin\\java.exe"), SCRIPT_JVM), List.of("version")), r.args);
  }

  @Test
  void lineBenchJavaHomeFirstThenTheBundledRuntime() throws Exception {
    String bundled = PRODUCT + "\\jre";
    install(bundled);
    try {
      assertEquals(bundled + "\\bin\\java.exe", script("help", Map.of("JAVA_HOME", JDK)).args.get(0),
          "the product's own runtime before JAVA_HOME");
      assertEquals(JDK + "\\bin\\java.exe", script("help", Map.of("LINEBENCH_JAVA_HOME", JDK)).args.get(0));
    } finally {
      delete(disk.unix(bundled));
    }
    Run wrong = script("help", Map.of("LINEBENCH_JAVA_HOME", "C:\\nowhere"));
    assertEquals(2, wrong.code);
    assertEquals("linebench: C:\\nowhere\\bin\\java.exe does not exist: check LINEBENCH_JAVA_HOME.", wrong.err.strip());
  }

  @Test
  void noJavaAtAll() throws Exception {
    Run r = script("help", Map.of());
    assertEquals(2, r.code);
    assertEquals("linebench: no Java found. LineBench needs Java 21 or newer: install one, for example Eclipse Temurin 21, "
        + "and set JAVA_HOME to it.", r.err.strip());
    assertTrue(r.args.isEmpty());
  }

  static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }
}
