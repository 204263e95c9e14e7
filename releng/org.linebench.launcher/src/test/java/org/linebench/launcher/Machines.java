package org.linebench.launcher;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Typical machines for the tests: a Linux server, a Mac, a Chinese Windows laptop. */
final class Machines {

  static final String LINUX_PRODUCT = "/opt/linebench";
  static final String LINUX_JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64";
  static final String MAC_PRODUCT = "/Applications/LineBench.app/Contents/Eclipse";
  static final String MAC_JAVA = "/Library/Java/JavaVirtualMachines/temurin-21.jdk/Contents/Home";
  static final String WINDOWS_PRODUCT = "C:\\Users\\张工\\下载\\LineBench 0.1\\linebench";
  static final String WINDOWS_JAVA = "C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot";
  static final String LAUNCHER_JAR = "org.eclipse.equinox.launcher_1.7.0.v20250424-1814.jar";

  final Platform.Os os;
  final String product;
  final FakeDisk disk;
  final Map<String, String> env = new HashMap<>();
  final Map<String, String> props = new HashMap<>();
  Locale locale = Locale.US;

  private Machines(Platform.Os os, String product, String javaHome, String javaVersion) {
    this.os = os;
    this.product = product;
    char sep = os == Platform.Os.WINDOWS ? '\\' : '/';
    disk = new FakeDisk(sep);
    disk.file(product + sep + "plugins" + sep + LAUNCHER_JAR);
    disk.file(product + sep + "plugins" + sep + "org.eclipse.equinox.launcher.gtk.linux.x86_64_1.2.1.jar");
    disk.file(product + sep + "configuration" + sep + "org.eclipse.equinox.simpleconfigurator" + sep + "bundles.info",
        "org.linebench.cli,0.1.0,plugins/org.linebench.cli_0.1.0.jar,4,false\n");
    disk.java(javaHome, javaVersion);
    props.put("java.home", javaHome);
    props.put("java.specification.version", javaVersion.startsWith("1.") ? javaVersion.substring(0, 3)
        : javaVersion.replaceAll("\\..*", ""));
  }

  static Machines linux() {
    Machines m = new Machines(Platform.Os.LINUX, LINUX_PRODUCT, LINUX_JAVA, "25.0.1");
    m.env.put("HOME", "/home/li");
    m.props.put("native.encoding", "UTF-8");
    return m;
  }

  static Machines mac() {
    Machines m = new Machines(Platform.Os.MAC, MAC_PRODUCT, MAC_JAVA, "21.0.5");
    m.env.put("HOME", "/Users/li");
    m.props.put("native.encoding", "UTF-8");
    return m;
  }

  /** A Chinese Windows: user 张工, code page 936. */
  static Machines windows() {
    Machines m = new Machines(Platform.Os.WINDOWS, WINDOWS_PRODUCT, WINDOWS_JAVA, "21.0.5");
    m.env.put("USERPROFILE", "C:\\Users\\张工");
    m.env.put("LOCALAPPDATA", "C:\\Users\\张工\\AppData\\Local");
    m.env.put("ProgramFiles", "C:\\Program Files");
    m.props.put("native.encoding", "GBK");
    m.props.put("stderr.encoding", "GBK");
    m.locale = Locale.SIMPLIFIED_CHINESE;
    return m;
  }

  /** The launcher runs on another Java than the one set up (an old default Java). */
  Machines runningOn(String javaHome, String specVersion) {
    props.put("java.home", javaHome);
    props.put("java.specification.version", specVersion);
    return this;
  }

  Platform platform() {
    return new Platform(os, product, env, props, locale, disk);
  }

  String path(String... parts) {
    return platform().path(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
  }
}
