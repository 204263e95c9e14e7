package org.linebench.architecture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a bundle's MANIFEST.MF requires, imports and exports. */
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

  /** The clauses of an OSGi header, each with its parameters ({@code p;version="1.0.0"}). */
  static List<String> clauses(String header) {
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
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().trim());
    return out.stream().filter(s -> !s.isEmpty()).toList();
  }

  /** The names in an OSGi header (bundle or package names), without their parameters. */
  static List<String> names(String header) {
    return clauses(header).stream().map(s -> s.split(";", 2)[0].trim()).toList();
  }

  /** The value of an attribute of a clause ({@code version="[1.0.0,2.0.0)"}), without quotes; null if it has none. */
  static String attribute(String clause, String name) {
    Matcher m = Pattern.compile(";\\s*" + Pattern.quote(name) + "\\s*=\\s*(\"[^\"]*\"|[^;]*)").matcher(clause);
    return m.find() ? m.group(1).trim().replace("\"", "") : null;
  }

  /** A bundle with a "ui" segment (org.linebench.ui, org.linebench.dsl.ui, ...), or an nl fragment (translations of UI bundles' texts). */
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
