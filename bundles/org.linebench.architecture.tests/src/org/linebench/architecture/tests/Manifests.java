package org.linebench.architecture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** Reads what a bundle's MANIFEST.MF requires. */
final class Manifests {
  private Manifests() {}

  static Attributes read(Path manifest) throws IOException {
    try (InputStream in = Files.newInputStream(manifest)) {
      return new Manifest(in).getMainAttributes();
    }
  }

  static String symbolicName(Attributes a) {
    return names(a.getValue("Bundle-SymbolicName")).get(0);
  }

  /** The names in an OSGi header (bundle or package names), without their parameters. */
  static List<String> names(String header) {
    List<String> out = new ArrayList<>();
    if (header == null) {
      return out;
    }
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out.stream().map(s -> s.split(";", 2)[0].trim()).filter(s -> !s.isEmpty()).toList();
  }

  /** A UI bundle has a segment "ui" in its name (org.linebench.ui, org.linebench.dsl.ui, ...). */
  /** A bundle with a "ui" segment, or an nl fragment (translations of UI bundles' texts). */
  static boolean isUiBundle(String symbolicName) {
    return List.of(symbolicName.split("\\.")).contains("ui") || symbolicName.startsWith("org.linebench.nl.");
  }

  private static boolean isUiRequirement(String name) {
    return name.equals("org.eclipse.ui") || name.startsWith("org.eclipse.ui.") || name.startsWith("org.eclipse.e4.ui")
        || name.equals("org.eclipse.swt") || name.startsWith("org.eclipse.swt.")
        || name.equals("org.eclipse.jface") || name.startsWith("org.eclipse.jface.");
  }

  /** What a bundle requires or imports from the UI: bundles, packages, or a UI host. */
  static List<String> uiRequirements(Attributes a) {
    List<String> all = new ArrayList<>();
    all.addAll(names(a.getValue("Require-Bundle")));
    all.addAll(names(a.getValue("Import-Package")));
    all.addAll(names(a.getValue("Fragment-Host")));
    return all.stream().filter(Manifests::isUiRequirement).toList();
  }
}
