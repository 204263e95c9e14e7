package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final List<String> TIER4 = Arrays.asList("-XX:Tier4InvocationThreshold=50000",
      "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");

  static List<String> plan(Machines m, String... args) throws LaunchException {
    List<String> a = Arrays.asList(args);
    return Planner.command(m.platform(), a, Texts.of(a, m.locale));
  }

  static String failure(Machines m, String... args) {
    return assertThrows(LaunchException.class, () -> plan(m, args)).getMessage();
  }

  private static List<String> list(Object... parts) {
    List<String> l = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof List<?> more) {
        more.forEach(x -> l.add((String) x));
      } else {
        l.add((String) p);
      }
    }
    return l;
  }

  @Test
  void linuxCommandWithLanguage() throws LaunchException {
    List<String> c = new ArrayList<>(plan(Machines.linux(), "--lang", "zh", "validate", "examples"));
    int write = c.indexOf("-Xmn600m") + 1;
    assertTrue(c.get(write).matches("-XX:ArchiveClassesAtExit=/home/li/\\.cache/linebench/validate-[0-9a-f]+\\.jsa\\.[0-9a-f]+\\.part"), c.get(write));
    c.remove(write);
    assertEquals(list("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", "-Xmx2g", "-Dfile.encoding=UTF-8",
        "--sun-misc-unsafe-memory-access=allow", TIER4, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn600m", "-Xlog:cds*=off",
        "-jar", "/opt/linebench/plugins/" + Machines.LAUNCHER_JAR, "-data", "@noDefault", "-nl", "zh_CN",
        "--lang", "zh", "validate", "examples"), c);
  }

  @Test
  void validateWritesItsArchiveOnceThenMapsIt() throws LaunchException {
    Machines m = Machines.linux();
    String part = option(plan(m, "validate", "examples"), ClassDataArchive.WRITE);
    assertNotEquals(part, option(plan(m, "validate", "examples"), ClassDataArchive.WRITE), "each run writes a file of its own");
    String archive = ClassDataArchive.archiveOf(part);
    assertTrue(archive.matches("/home/li/\\.cache/linebench/validate-[0-9a-f]+\\.jsa"), archive);
    m.disk.file(archive, "archive");
    List<String> c = plan(m, "bench-lines");
    assertEquals(archive, option(c, "-XX:SharedArchiveFile="));
    assertFalse(c.stream().anyMatch(s -> s.startsWith(ClassDataArchive.WRITE)), c::toString);
    assertFalse(plan(m, "train", "--data", "x.csv").stream().anyMatch(s -> s.contains("validate-")), "only validate and its benchmark");
  }

  private static String option(List<String> command, String prefix) {
    return command.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length())).findFirst().orElseThrow();
  }

  @Test
  void onlyValidateAndItsBenchmarkStopAtTheQuickCompiler() throws LaunchException {
    assertTrue(plan(Machines.linux(), "validate", "examples").contains("-XX:TieredStopAtLevel=1"));
    assertTrue(plan(Machines.linux(), "bench-lines").contains("-XX:TieredStopAtLevel=1"));
    assertTrue(plan(Machines.linux(), "validate", "examples").contains("-XX:+UseParallelGC"));
    assertFalse(plan(Machines.linux(), "workbench").contains("-XX:+UseParallelGC"), "the workbench keeps the default collector");
    Machines zgc = Machines.linux();
    zgc.env.put("LINEBENCH_JAVA_OPTS", "-Xlog:gc -XX:+UseZGC");
    List<String> c = plan(zgc, "validate", "examples");
    assertFalse(c.contains("-XX:+UseParallelGC"), "the JVM does not start with two collectors: " + c);
    assertTrue(c.contains("-XX:+UseZGC"));
    assertFalse(c.contains("-Xmn600m"), "the young generation is sized for the parallel collector");
    Machines small = Machines.linux();
    small.env.put("LINEBENCH_XMX", "512m");
    List<String> s = plan(small, "validate", "examples");
    assertTrue(s.contains("-Xmx512m") && s.contains("-XX:+UseParallelGC") && !s.contains("-Xmn600m"), s::toString);
    for (String command : List.of("workbench", "train", "lsp", "bench-project", "bench-ml", "help")) {
      assertFalse(plan(Machines.linux(), command).contains("-XX:TieredStopAtLevel=1"), command);
    }
    assertFalse(plan(Machines.linux(), "--lang", "en", "help", "validate").contains("-XX:TieredStopAtLevel=1"), "the command, not an argument");
  }

  @Test
  void linuxWithoutLocalePrintsUtf8() throws LaunchException {
    Machines m = Machines.linux();
    m.props.put("native.encoding", "ANSI_X3.4-1968"); // LANG unset or C
    List<String> c = plan(m, "help");
    assertEquals(list("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"), c.subList(2, 5));
  }

  @Test
  void workbenchGetsAClassDataArchiveInTheUsersCache() throws LaunchException {
    Machines m = Machines.linux();
    List<String> c = plan(m, "--lang", "en", "workbench", "--data", "/tmp/ws");
    int i = c.indexOf("-XX:+AutoCreateSharedArchive");
    assertTrue(c.get(i + 1).matches("-XX:SharedArchiveFile=/home/li/\\.cache/linebench/workbench-[0-9a-f]+\\.jsa"), c.get(i + 1));
    assertEquals("-Xlog:cds*=off", c.get(i + 2));
    assertEquals(list("-jar", "/opt/linebench/plugins/" + Machines.LAUNCHER_JAR, "-data", "@noDefault", "-nl", "en",
        "--lang", "en", "workbench", "--data", "/tmp/ws"), c.subList(i + 3, c.size()));
    assertEquals(List.of("/home/li/.cache/linebench"), m.disk.made);
    assertFalse(plan(m, "validate", "workbench").contains("-XX:+AutoCreateSharedArchive"), "only for the workbench command");
  }

  @Test
  void archiveNameChangesWithTheJavaAndTheBundles() throws LaunchException {
    String first = archive(Machines.linux());
    assertEquals(first, archive(Machines.linux()));
    Machines other = Machines.linux();
    other.disk.file("/opt/linebench/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info", "other\n");
    assertNotEquals(first, archive(other));
    Machines otherJava = Machines.linux().runningOn("/usr/lib/jvm/temurin-21", "21");
    otherJava.disk.java("/usr/lib/jvm/temurin-21", "21.0.4");
    assertNotEquals(first, archive(otherJava));
  }

  private static String archive(Machines m) throws LaunchException {
    return plan(m, "workbench").stream().filter(s -> s.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow();
  }

  @Test
  void cacheFolders() {
    Machines xdg = Machines.linux();
    xdg.env.put("XDG_CACHE_HOME", "/var/cache/li");
    assertEquals("/var/cache/li/linebench", Planner.cacheFolder(xdg.platform()));
    Machines chosen = Machines.linux();
    chosen.env.put("LINEBENCH_CACHE", "/srv/lb-cache");
    assertEquals("/srv/lb-cache", Planner.cacheFolder(chosen.platform()));
    assertEquals("/Users/li/Library/Caches/LineBench", Planner.cacheFolder(Machines.mac().platform()));
    assertEquals("C:\\Users\\张工\\AppData\\Local\\LineBench\\cache", Planner.cacheFolder(Machines.windows().platform()));
    Machines noLocalAppData = Machines.windows();
    noLocalAppData.env.remove("LOCALAPPDATA");
    assertEquals("C:\\Users\\张工\\AppData\\Local\\LineBench\\cache", Planner.cacheFolder(noLocalAppData.platform()));
  }

  @Test
  void noArchiveWithoutAWritableCache() throws LaunchException {
    Machines service = Machines.linux();
    service.env.remove("HOME");
    service.props.put("user.home", "?");
    assertFalse(plan(service, "workbench").contains("-XX:+AutoCreateSharedArchive"));
    Machines readOnly = Machines.linux().runningOn(Machines.LINUX_JAVA, "25");
    readOnly.disk.readOnly("/home/li/.cache");
    assertFalse(plan(readOnly, "workbench").contains("-XX:+AutoCreateSharedArchive"));
  }

  @Test
  void heapAndExtraOptionsFromTheEnvironment() throws LaunchException {
    Machines m = Machines.windows();
    m.env.put("LINEBENCH_XMX", "6g");
    m.env.put("LINEBENCH_JAVA_OPTS", "-Dtrace=1  \"-Dlog=C:\\Program Files\\LineBench logs\\a.log\" -XX:+UseZGC");
    List<String> c = plan(m, "help");
    assertEquals("-Xmx6g", c.get(1));
    int jar = c.indexOf("-jar");
    assertEquals(List.of("-Dtrace=1", "-Dlog=C:\\Program Files\\LineBench logs\\a.log", "-XX:+UseZGC"), c.subList(jar - 3, jar));
  }

  @Test
  void chineseWindows() throws LaunchException {
    Machines m = Machines.windows();
    List<String> c = plan(m, "--lang", "zh", "workbench", "--example", "bodyshop");
    assertEquals(Machines.WINDOWS_JAVA + "\\bin\\java.exe", c.get(0));
    assertEquals(list("-Xmx2g", "-Dfile.encoding=UTF-8", TIER4), c.subList(1, 7), "Java 21: no Unsafe option; the console's own encoding");
    assertTrue(c.get(8).matches("-XX:SharedArchiveFile=C:\\\\Users\\\\张工\\\\AppData\\\\Local\\\\LineBench\\\\cache\\\\workbench-[0-9a-f]+\\.jsa"), c.get(8));
    assertEquals(list("-jar", Machines.WINDOWS_PRODUCT + "\\plugins\\" + Machines.LAUNCHER_JAR, "-data", "@noDefault",
        "-nl", "zh_CN", "--lang", "zh", "workbench", "--example", "bodyshop"), c.subList(10, c.size()));
  }

  @Test
  void mac() throws LaunchException {
    Machines m = Machines.mac();
    List<String> c = plan(m, "workbench");
    assertEquals(Machines.MAC_JAVA + "/bin/java", c.get(0));
    assertEquals(list("-Xmx2g", "-Dfile.encoding=UTF-8", "-XstartOnFirstThread", "-Xdock:name=LineBench",
        "-Dlinebench.defaultWorkspace=/Users/li/Documents/LineBench", TIER4), c.subList(1, 10));
    assertTrue(c.get(11).startsWith("-XX:SharedArchiveFile=/Users/li/Library/Caches/LineBench/workbench-"), c.get(11));
    assertEquals(list("-jar", Machines.MAC_PRODUCT + "/plugins/" + Machines.LAUNCHER_JAR, "-data", "@noDefault", "workbench"),
        c.subList(13, c.size()));
    assertEquals(list("-Xmx2g", "-Dfile.encoding=UTF-8", "-XstartOnFirstThread",
        "-Dlinebench.defaultWorkspace=/Users/li/Documents/LineBench"), plan(m, "validate", "x.line").subList(1, 5),
        "every command on the main thread; the Dock name only for the window");
  }

  @Test
  void macFindsAJava21WhenTheDefaultIsOld() throws LaunchException {
    Machines m = Machines.mac().runningOn("/Library/Java/JavaVirtualMachines/zulu-8.jdk/Contents/Home/jre", "1.8");
    m.disk.java("/Users/li/Library/Java/JavaVirtualMachines/corretto-17.0.9/Contents/Home", "17.0.9");
    assertEquals(Machines.MAC_JAVA + "/bin/java", plan(m, "help").get(0));
  }

  @Test
  void anOldJavaLooksForTheNewestJava21InTheUsualFolders() throws LaunchException {
    Machines m = Machines.linux().runningOn("/usr/lib/jvm/java-17-openjdk-amd64", "17");
    m.disk.java("/usr/lib/jvm/java-17-openjdk-amd64", "17.0.13");
    m.disk.java("/usr/lib/jvm/temurin-21-jdk-amd64", "21.0.5");
    assertEquals(Machines.LINUX_JAVA + "/bin/java", plan(m, "help").get(0), "the newest");
    m.env.put("JAVA_HOME", "/usr/lib/jvm/temurin-21-jdk-amd64");
    List<String> c = plan(m, "help");
    assertEquals("/usr/lib/jvm/temurin-21-jdk-amd64/bin/java", c.get(0), "JAVA_HOME first");
    assertFalse(c.contains("--sun-misc-unsafe-memory-access=allow"), "an option Java 21 does not know");
  }

  @Test
  void windowsFindsTemurinInProgramFiles() throws LaunchException {
    Machines m = Machines.windows().runningOn("C:\\Program Files\\Java\\jre1.8.0_401", "1.8");
    assertEquals(Machines.WINDOWS_JAVA + "\\bin\\java.exe", plan(m, "help").get(0));
  }

  @Test
  void tooOldJavaChosenWithLineBenchJavaHome() {
    Machines m = Machines.linux().runningOn("/opt/jdk-17", "17");
    m.env.put("LINEBENCH_JAVA_HOME", "/opt/jdk-17");
    assertEquals("LineBench needs Java 21 or newer; LINEBENCH_JAVA_HOME=/opt/jdk-17 is Java 17.", failure(m, "help"),
        "a choice must do, even with a Java 25 installed");
    assertEquals("LineBench 需要 Java 21 或更高版本；LINEBENCH_JAVA_HOME=/opt/jdk-17 是 Java 17。", failure(m, "--lang", "zh", "help"));
  }

  @Test
  void noJava21Anywhere() {
    Machines m = Machines.windows().runningOn("C:\\Program Files\\Java\\jre1.8.0_401", "1.8");
    m.disk.java("C:\\Program Files\\Java\\jre1.8.0_401", "1.8.0_401");
    m.disk.java("C:\\Program Files\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot", "17.0.13");
    m.env.put("ProgramFiles", "D:\\Programs");
    m.disk.java("D:\\Programs\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot", "17.0.13");
    assertEquals("LineBench 需要 Java 21 或更高版本；找到的是：C:\\Program Files\\Java\\jre1.8.0_401 (Java 8); "
        + "D:\\Programs\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot (Java 17)。请安装 Java 21 或更高版本（例如 Eclipse Temurin 21），"
        + "并将 JAVA_HOME 设为其安装目录。", failure(m, "validate", "examples"), "the system's language: Chinese");
    assertEquals("LineBench needs Java 21 or newer; found: C:\\Program Files\\Java\\jre1.8.0_401 (Java 8); "
        + "D:\\Programs\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot (Java 17). Install Java 21 or newer (for example "
        + "Eclipse Temurin 21) and set JAVA_HOME to it.", failure(m, "--lang", "en", "validate", "examples"));
  }

  @Test
  void missingLauncherJar() {
    Machines m = Machines.linux();
    FakeDisk empty = new FakeDisk('/').java(Machines.LINUX_JAVA, "25");
    Platform p = new Platform(m.os, "/opt/broken", m.env, m.props, m.locale, empty);
    LaunchException e = assertThrows(LaunchException.class, () -> Planner.command(p, List.of("help"), Texts.of(m.locale)));
    assertEquals("the launcher is missing from /opt/broken/plugins: the installation is incomplete.", e.getMessage());
  }

  @Test
  void theNewestEquinoxLauncherOfSeveral() throws LaunchException {
    Machines m = Machines.linux();
    m.disk.file("/opt/linebench/plugins/org.eclipse.equinox.launcher_1.7.1.v20251001.jar");
    assertEquals("/opt/linebench/plugins/org.eclipse.equinox.launcher_1.7.1.v20251001.jar",
        Planner.equinoxLauncher(m.platform(), Texts.of(m.locale)));
  }
}
