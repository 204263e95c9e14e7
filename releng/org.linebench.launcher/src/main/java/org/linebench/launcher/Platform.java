package org.linebench.launcher;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the launcher knows about the machine it runs on: the operating system, the environment, the running
 * Java's system properties and where LineBench is installed. Tests make one for any OS.
 */
final class Platform {

  enum Os {
    LINUX, MAC, WINDOWS;

    static Os of(String osName) {
      String n = osName.toLowerCase(Locale.ROOT);
      if (n.startsWith("windows")) {
        return WINDOWS;
      }
      if (n.startsWith("mac") || n.startsWith("darwin")) {
        return MAC;
      }
      return LINUX;
    }
  }

  final Os os;
  /** The folder of the product: {@code plugins/}, {@code configuration/} and the start scripts. */
  final String install;
  private final Map<String, String> env;
  private final Map<String, String> properties;
  final Locale locale;
  final Disk disk;

  Platform(Os os, String install, Map<String, String> env, Map<String, String> properties, Locale locale, Disk disk) {
    this.os = os;
    this.install = install;
    this.env = Collections.unmodifiableMap(new HashMap<String, String>(env));
    this.properties = Collections.unmodifiableMap(new HashMap<String, String>(properties));
    this.locale = locale;
    this.disk = disk;
  }

  /** The machine this launcher runs on; the product is the folder of the launcher's jar. */
  static Platform current() {
    Map<String, String> props = new HashMap<String, String>();
    for (String name : System.getProperties().stringPropertyNames()) {
      props.put(name, System.getProperty(name));
    }
    return new Platform(Os.of(System.getProperty("os.name", "")), installFolder(), System.getenv(), props,
        Locale.getDefault(), Disk.REAL);
  }

  private static String installFolder() {
    try {
      File jar = new File(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getAbsoluteFile().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An environment variable, or null when it is not set or empty. */
  String env(String name) {
    String v = env.get(name);
    if (v == null && os == Os.WINDOWS) { // Windows' names are case-insensitive
      for (Map.Entry<String, String> e : env.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          v = e.getValue();
        }
      }
    }
    return v == null || v.trim().isEmpty() ? null : v;
  }

  /** A system property of the running Java, or null. */
  String property(String name) {
    String v = properties.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /** The user's home folder, or null when there is none (a service account without one). */
  String home() {
    String h = os == Os.WINDOWS ? env("USERPROFILE") : env("HOME");
    if (h == null) {
      h = property("user.home");
    }
    return h == null || h.equals("?") ? null : h;
  }

  char separator() {
    return os == Os.WINDOWS ? '\\' : '/';
  }

  /** Joins path segments with this OS's separator. */
  String path(String first, String... more) {
    StringBuilder b = new StringBuilder(first);
    for (String m : more) {
      if (b.length() > 0 && b.charAt(b.length() - 1) != separator()) {
        b.append(separator());
      }
      b.append(m);
    }
    return b.toString();
  }
}
