package org.linebench.launcher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the Java that runs LineBench. The Java running the launcher if it is new enough (the start script
 * found it: LINEBENCH_JAVA_HOME, JAVA_HOME or the PATH); a Java chosen with LINEBENCH_JAVA_HOME must do;
 * otherwise the newest Java 21+ of JAVA_HOME and the usual install folders (many machines keep an older
 * default Java for other tools).
 */
final class JavaFinder {

  static final int MIN_VERSION = 21;

  private JavaFinder() {}

  /** The Java to run LineBench with; throws with the message for the user when there is none. */
  static JavaHome find(Platform platform, Texts texts) throws LaunchException {
    JavaHome own = new JavaHome(platform.property("java.home"),
        JavaHome.featureVersion(platform.property("java.specification.version")));
    if (own.version >= MIN_VERSION) {
      return own;
    }
    String chosen = platform.env("LINEBENCH_JAVA_HOME");
    if (chosen != null) {
      throw new LaunchException(texts.format("java.chosenTooOld", MIN_VERSION, chosen, own.version));
    }
    List<JavaHome> found = new ArrayList<JavaHome>();
    found.add(own);
    JavaHome best = null;
    for (String home : candidates(platform)) {
      JavaHome j = JavaHome.at(platform, home);
      if (j == null || j.home.equals(own.home)) {
        continue;
      }
      found.add(j);
      if (home.equals(platform.env("JAVA_HOME")) && j.version >= MIN_VERSION) {
        return j;
      }
      if (j.version >= MIN_VERSION && (best == null || j.version > best.version)) {
        best = j;
      }
    }
    if (best != null) {
      return best;
    }
    StringBuilder list = new StringBuilder();
    for (JavaHome j : found) {
      list.append(list.length() == 0 ? "" : "; ").append(j);
    }
    throw new LaunchException(texts.format("java.noneFound", MIN_VERSION, list));
  }

  /** JAVA_HOME first, then the folders Java installers and tools put Javas in, on this OS. */
  static List<String> candidates(Platform p) {
    Set<String> homes = new LinkedHashSet<String>();
    if (p.env("JAVA_HOME") != null) {
      homes.add(p.env("JAVA_HOME"));
    }
    String userHome = p.home();
    List<String> parents = new ArrayList<String>();
    switch (p.os) {
      case WINDOWS:
        String programFiles = p.env("ProgramFiles") == null ? "C:\\Program Files" : p.env("ProgramFiles");
        for (String vendor : new String[] {"Eclipse Adoptium", "Java", "Microsoft", "Zulu", "BellSoft", "Amazon Corretto",
            "Semeru"}) {
          parents.add(p.path(programFiles, vendor));
        }
        if (p.env("LOCALAPPDATA") != null) {
          parents.add(p.path(p.env("LOCALAPPDATA"), "Programs", "Eclipse Adoptium"));
        }
        break;
      case MAC:
        addMacHomes(p, "/Library/Java/JavaVirtualMachines", homes);
        if (userHome != null) {
          addMacHomes(p, p.path(userHome, "Library", "Java", "JavaVirtualMachines"), homes);
        }
        homes.add("/opt/homebrew/opt/openjdk/libexec/openjdk.jdk/Contents/Home");
        break;
      default:
        parents.add("/usr/lib/jvm");
        parents.add("/opt/java");
        break;
    }
    if (userHome != null) {
      parents.add(p.path(userHome, ".sdkman", "candidates", "java"));
      parents.add(p.path(userHome, ".jdks"));
    }
    for (String parent : parents) {
      for (String name : p.disk.list(parent)) {
        homes.add(p.path(parent, name));
      }
    }
    return new ArrayList<String>(homes);
  }

  private static void addMacHomes(Platform p, String folder, Set<String> homes) {
    for (String name : p.disk.list(folder)) {
      homes.add(p.path(folder, name, "Contents", "Home"));
    }
  }
}
