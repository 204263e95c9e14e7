package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as the start scripts run it: real JVMs, a product folder with a recording stand-in for Equinox. */
class LauncherProcessTest {

  @TempDir
  static Path dir;
  static Path product;
  static Path record;

  @BeforeAll
  static void product() throws IOException, URISyntaxException {
    product = dir.resolve("LineBench 张工/linebench");
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = Path.of(Recorder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    jar(product.resolve("linebench-launcher.jar"), Main.class.getName(), classes, null);
    jar(product.resolve("plugins/org.eclipse.equinox.launcher_1.7.0.v20250424-1814.jar"), Recorder.class.getName(),
        testClasses, "Recorder.class");
    record = dir.resolve("record.txt");
  }

  /** A jar with a Main-Class of the .class files below {@code classes} (only those named {@code only}, if given). */
  static void jar(Path jar, String mainClass, Path classes, String only) throws IOException {
    Files.createDirectories(jar.getParent());
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m); Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        if (only == null || f.getFileName().toString().equals(only)) {
          out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
          out.write(Files.readAllBytes(f));
          out.closeEntry();
        }
      }
    }
  }

  record Run(int code, String out, String err) {}

  static Run launch(Path javaHome, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-jar",
        product.resolve("linebench-launcher.jar").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("LINEBENCH_")
        || k.equals("JAVA_HOME"));
    pb.environment().put("LC_ALL", "C.UTF-8"); // as the start script sets it when there is no locale
    pb.environment().put("LB_RECORD", record.toString());
    pb.environment().put("LB_EXIT", "3");
    pb.environment().put("LINEBENCH_CACHE", dir.resolve("cache").toString());
    pb.environment().putAll(env);
    Files.deleteIfExists(record);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  static Path thisJava() {
    return Path.of(System.getProperty("java.home"));
  }

  /** A Java older than 21 on this machine (Debian's 17 comes with its Maven), or null. */
  static Path oldJava() throws IOException {
    Path jvm = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvm)) {
      return null;
    }
    try (Stream<Path> homes = Files.list(jvm)) {
      return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && JavaHome.featureVersion(release(h)) > 0
          && JavaHome.featureVersion(release(h)) < JavaFinder.MIN_VERSION).sorted().findFirst().orElse(null);
    }
  }

  private static String release(Path home) {
    try {
      return Files.readAllLines(home.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
          .map(l -> l.replaceAll("JAVA_VERSION=\"?([0-9._]+).*", "$1")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  @Test
  void runsLineBenchWithItsArgumentsAndPassesTheExitCode() throws IOException, InterruptedException {
    Run r = launch(thisJava(), Map.of(), "--lang", "zh", "validate", "产线 1.line", "say \"hi\"", "", "C:\\x\\");
    assertEquals(3, r.code, r.err);
    assertEquals("recorder ran\n", r.out, "LineBench's JVM writes on the launcher's stdout");
    List<String> lines = Files.readAllLines(record);
    assertEquals("java.home=" + thisJava(), lines.get(0));
    assertEquals("stdout.encoding=UTF-8", lines.get(1), "the locale's");
    assertEquals("file.encoding=UTF-8", lines.get(2));
    assertEquals(List.of("arg=-data", "arg=@noDefault", "arg=-nl", "arg=zh_CN", "arg=--lang", "arg=zh", "arg=validate",
        "arg=产线 1.line", "arg=say \"hi\"", "arg=", "arg=C:\\x\\"), lines.subList(4, lines.size()));
  }

  @Test
  void heapFromTheEnvironment() throws IOException, InterruptedException {
    launch(thisJava(), Map.of("LINEBENCH_XMX", "300m"), "help");
    String heap = Files.readAllLines(record).get(3);
    int mb = Integer.parseInt(heap.replaceAll("\\D", ""));
    assertTrue(mb > 250 && mb <= 300, heap);
  }

  @Test
  void dryRunPrintsTheCommand() throws IOException, InterruptedException {
    Run r = launch(thisJava(), Map.of("LINEBENCH_LAUNCHER_DRY_RUN", "1"), "--lang", "en", "workbench");
    assertEquals(0, r.code, r.err);
    List<String> lines = r.out.lines().toList();
    assertEquals(thisJava().resolve("bin/java").toString(), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("-XX:SharedArchiveFile=" + dir.resolve("cache") + "/workbench-")), r.out);
    assertEquals(List.of("-nl", "en", "--lang", "en", "workbench"), lines.subList(lines.size() - 5, lines.size()));
  }

  @Test
  void compiledForJava8() throws IOException {
    try (InputStream in = Main.class.getResourceAsStream("Main.class"); DataInputStream data = new DataInputStream(in)) {
      assertEquals(0xCAFEBABE, data.readInt());
      data.readUnsignedShort();
      assertEquals(52, data.readUnsignedShort(), "class file version of Java 8");
    }
  }

  @Test
  void anOldJavaChosenSaysWhichJavaLineBenchNeeds() throws IOException, InterruptedException {
    Path old = oldJava();
    assumeTrue(old != null, "no Java older than 21 in /usr/lib/jvm");
    Run en = launch(old, Map.of("LINEBENCH_JAVA_HOME", old.toString()), "--lang", "en", "help");
    assertEquals(2, en.code);
    assertEquals("linebench: LineBench needs Java 21 or newer; LINEBENCH_JAVA_HOME=" + old + " is Java "
        + JavaHome.featureVersion(release(old)) + ".\n", en.err);
    Run zh = launch(old, Map.of("LINEBENCH_JAVA_HOME", old.toString()), "--lang", "zh", "help");
    assertEquals("linebench: LineBench 需要 Java 21 或更高版本；LINEBENCH_JAVA_HOME=" + old + " 是 Java "
        + JavaHome.featureVersion(release(old)) + "。\n", zh.err, "Chinese, in the locale's UTF-8");
    assertTrue(Files.notExists(record), "LineBench did not start");
  }

  @Test
  void anOldJavaFindsJava21ByJavaHome() throws IOException, InterruptedException {
    Path old = oldJava();
    assumeTrue(old != null, "no Java older than 21 in /usr/lib/jvm");
    Run r = launch(old, Map.of("JAVA_HOME", thisJava().toString()), "version");
    assertEquals(3, r.code, r.err);
    assertEquals("java.home=" + thisJava(), Files.readAllLines(record).get(0));
  }

}
