package org.linebench.launcher;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Java installation and its feature version (8, 17, 21, ...). */
final class JavaHome {

  private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9][0-9._]*)");

  final String home;
  final int version;

  JavaHome(String home, int version) {
    this.home = home;
    this.version = version;
  }

  /** The feature version of a version string: {@code 1.8.0_402} is 8, {@code 21.0.2} and {@code 21} are 21; 0 if none. */
  static int featureVersion(String version) {
    if (version == null) {
      return 0;
    }
    String v = version.trim();
    if (v.startsWith("1.")) {
      v = v.substring(2);
    }
    int end = 0;
    while (end < v.length() && Character.isDigit(v.charAt(end))) {
      end++;
    }
    return end == 0 || end > 4 ? 0 : Integer.parseInt(v.substring(0, end));
  }

  /** The Java in a folder, its version from its {@code release} file; null when there is no java in it. */
  static JavaHome at(Platform platform, String home) {
    if (!platform.disk.isFile(executable(platform, home))) {
      return null;
    }
    String release = platform.disk.read(platform.path(home, "release"), StandardCharsets.UTF_8);
    int version = 0;
    if (release != null) {
      Matcher m = RELEASE_VERSION.matcher(release);
      if (m.find()) {
        version = featureVersion(m.group(1));
      }
    }
    return new JavaHome(home, version);
  }

  static String executable(Platform platform, String home) {
    return platform.path(home, "bin", platform.os == Platform.Os.WINDOWS ? "java.exe" : "java");
  }

  String executable(Platform platform) {
    return executable(platform, home);
  }

  @Override
  public String toString() {
    return home + " (Java " + (version == 0 ? "?" : Integer.toString(version)) + ")";
  }
}
