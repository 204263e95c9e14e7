package org.linebench.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/**
 * The boundaries between bundles, written down ({@link Dependencies}) and checked against every
 * manifest: no edge outside the table, the table's layers (core never on *.ui, the language never
 * on ML, the rule API never on the engine, packs on the API only), headless bundles without the
 * platform's UI, internals closed, the rule API versioned.
 */
class BoundaryTest {
  /** The packs and the shared checks: written against the rule API only. */
  private static final List<String> PACKS = List.of("org.linebench.rules.cn", "org.linebench.rules.eu", "org.linebench.rules.checks",
      "org.example.linebench.rules.acme");

  /** Every bundle of the build (bundles/ and examples/integrator/) with its LineBench dependencies. */
  static Map<String, Set<String>> edges() throws Exception {
    Map<String, Attributes> manifests = new TreeMap<>();
    for (Path bundle : Sources.allBundles()) {
      Attributes a = Manifests.read(bundle.resolve("META-INF/MANIFEST.MF"));
      manifests.put(Manifests.symbolicName(a), a);
    }
    Map<String, String> exporters = new HashMap<>();
    manifests.forEach((name, a) -> Manifests.names(a.getValue("Export-Package")).forEach(p -> exporters.put(p, name)));
    Map<String, Set<String>> edges = new TreeMap<>();
    manifests.forEach((name, a) -> {
      Set<String> to = new TreeSet<>();
      List<String> required = new ArrayList<>(Manifests.names(a.getValue("Require-Bundle")));
      required.addAll(Manifests.names(a.getValue("Fragment-Host")));
      required.stream().filter(manifests::containsKey).forEach(to::add);
      for (String p : Manifests.names(a.getValue("Import-Package"))) {
        String exporter = exporters.get(p);
        if (exporter != null && !exporter.equals(name)) {
          to.add(exporter);
        }
      }
      edges.put(name, to);
    });
    return edges;
  }

  @Test
  void everyDependencyIsInTheTable() throws Exception {
    Map<String, Set<String>> edges = edges();
    assertTrue(edges.size() >= 30, "the check must see the bundles, saw " + edges.keySet());
    List<String> problems = new ArrayList<>();
    edges.forEach((bundle, to) -> {
      Set<String> allowed = Dependencies.allowed(bundle);
      if (allowed == null) {
        problems.add(bundle + " has no row in the table (Dependencies.ALLOWED)");
        return;
      }
      for (String t : to) {
        if (!allowed.contains(t)) {
          problems.add(bundle + " -> " + t + " is not in the table");
        }
      }
      if (Dependencies.ALLOWED.containsKey(bundle)) {
        for (String t : allowed) {
          if (!to.contains(t)) {
            problems.add(bundle + " -> " + t + " is in the table but not in the manifest: remove it from the table");
          }
        }
      }
    });
    for (String row : Dependencies.ALLOWED.keySet()) {
      if (!row.endsWith(".*") && !edges.containsKey(row)) {
        problems.add(row + " has a row but no bundle");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theTableKeepsTheLayers() {
    List<String> problems = new ArrayList<>();
    Dependencies.ALLOWED.forEach((bundle, to) -> {
      for (String t : to) {
        String edge = bundle + " -> " + t;
        if (!Manifests.isUiBundle(bundle) && Manifests.isUiBundle(t)) {
          problems.add(edge + ": a headless bundle uses a UI bundle");
        }
        if ((bundle.equals("org.linebench.dsl") || bundle.equals("org.linebench.dsl.ide")) && t.startsWith("org.linebench.ml")
            && !Dependencies.TEMPORARY.containsKey(edge)) {
          problems.add(edge + ": the line language does not use machine learning");
        }
        if (!isTest(bundle) && (isTest(t) || t.startsWith("org.linebench.testing"))) {
          problems.add(edge + ": only tests use tests and the testing bundles");
        }
      }
    });
    assertEquals(Set.of(), Dependencies.ALLOWED.get("org.linebench.rules.api"), "the rule API uses no other bundle: not the engine, EMF or Xtext");
    for (String pack : PACKS) {
      Set<String> extra = new TreeSet<>(Dependencies.ALLOWED.get(pack));
      extra.removeAll(Set.of("org.linebench.rules.api", "org.linebench.rules.checks"));
      assertEquals(Set.of(), extra, pack + " uses the rule API (and the shared checks) only");
    }
    for (String layer1 : List.of("org.linebench.model", "org.linebench.core", "org.linebench.cli")) {
      assertEquals(Set.of(), Dependencies.ALLOWED.get(layer1), layer1 + " is the foundation");
    }
    Dependencies.TEMPORARY.keySet().forEach(edge -> {
      String[] e = edge.split(" -> ");
      if (!Dependencies.ALLOWED.getOrDefault(e[0], Set.of()).contains(e[1])) {
        problems.add(edge + " is marked temporary but is not in the table");
      }
    });
    assertEquals(List.of(), problems);
  }

  private static boolean isTest(String bundle) {
    return bundle.endsWith(".tests");
  }

  @Test
  void readmeShowsTheTable() throws Exception {
    String readme = Files.readString(Sources.root().resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(Dependencies.markdown()), "README.md must show the table of Dependencies; it reads:\n" + Dependencies.markdown());
  }

  @Test
  void nonUiBundlesDoNotRequireTheUi() throws Exception {
    List<String> violations = new ArrayList<>();
    int nonUi = 0;
    for (Path bundle : Sources.allBundles()) {
      Attributes a = Manifests.read(bundle.resolve("META-INF/MANIFEST.MF"));
      String name = Manifests.symbolicName(a);
      if (Manifests.isUiBundle(name)) {
        continue;
      }
      nonUi++;
      List<String> ui = Manifests.uiRequirements(a);
      if (!ui.isEmpty()) {
        violations.add(name + " requires " + ui);
      }
    }
    assertTrue(nonUi >= 3, "the check must see the core bundles, saw " + nonUi);
    assertEquals(List.of(), violations, "non-UI bundles must stay headless (the CLI and CI run them without a display)");
  }

  @Test
  void theCheckSeesUiRequirementsWhereTheyAre() throws Exception {
    Attributes ui = Manifests.read(Sources.root().resolve("bundles/org.linebench.ui/META-INF/MANIFEST.MF"));
    assertTrue(Manifests.uiRequirements(ui).contains("org.eclipse.ui"), "the workbench bundle does require the UI");
    Attributes made = manifest("Bundle-SymbolicName: org.linebench.rules;singleton:=true\n"
        + "Require-Bundle: org.eclipse.core.runtime;bundle-version=\"[3.0,4.0)\",\n org.eclipse.jface.text\n"
        + "Import-Package: org.osgi.framework,\n org.eclipse.swt.widgets;version=\"3.0\"\n");
    assertEquals(List.of("org.eclipse.jface.text", "org.eclipse.swt.widgets"), Manifests.uiRequirements(made));
    assertFalse(Manifests.isUiBundle("org.linebench.rules.cn"));
    assertTrue(Manifests.isUiBundle("org.linebench.dsl.ui"));
    assertTrue(Manifests.isUiBundle("org.linebench.ui.tests"));
    assertTrue(Manifests.isUiBundle("org.linebench.nl.zh.jface"));
  }

  @Test
  void theCheckFindsAnEdgeOutsideTheTable() {
    assertTrue(Dependencies.allowed("org.linebench.nl.zh.jface").isEmpty(), "a family row covers its bundles");
    assertFalse(Dependencies.allowed("org.linebench.rules.api").contains("org.linebench.rules"), "the API may not use the engine");
    assertFalse(Dependencies.allowed("org.linebench.dsl").contains("org.linebench.dsl.ui"), "the language may not use its editor");
    assertTrue(Dependencies.allowed("org.linebench.no.such.bundle") == null, "a bundle without a row is reported");
  }

  @Test
  void internalPackagesAreClosed() throws Exception {
    List<String> open = new ArrayList<>();
    for (Path bundle : Sources.allBundles()) {
      Attributes a = Manifests.read(bundle.resolve("META-INF/MANIFEST.MF"));
      for (String clause : Manifests.clauses(a.getValue("Export-Package"))) {
        String pkg = clause.split(";", 2)[0].trim();
        if (pkg.contains(".internal") && !clause.contains("x-internal:=true") && !clause.contains("x-friends:=")) {
          open.add(Manifests.symbolicName(a) + ": " + pkg);
        }
      }
    }
    assertEquals(List.of(), open, "internal packages are exported x-internal or x-friends");
  }

  @Test
  void theRuleApiIsVersioned() throws Exception {
    Attributes api = Manifests.read(Sources.root().resolve("bundles/org.linebench.rules.api/META-INF/MANIFEST.MF"));
    String bundleVersion = api.getValue("Bundle-Version").replace(".qualifier", "");
    int major = Integer.parseInt(bundleVersion.split("\\.")[0]);
    List<String> problems = new ArrayList<>();
    List<String> packages = new ArrayList<>();
    for (String clause : Manifests.clauses(api.getValue("Export-Package"))) {
      String pkg = clause.split(";", 2)[0].trim();
      packages.add(pkg);
      String version = Manifests.attribute(clause, "version");
      if (version == null) {
        problems.add(pkg + " is exported without a version");
      } else if (Integer.parseInt(version.split("\\.")[0]) != major || compare(version, bundleVersion) > 0) {
        problems.add(pkg + " " + version + " does not fit bundle version " + bundleVersion + " (same major, not higher)");
      }
    }
    assertTrue(packages.containsAll(List.of("org.linebench.rules.api", "org.linebench.rules.api.line")), packages.toString());
    String range = "[" + major + ".0.0," + (major + 1) + ".0.0)";
    for (Path bundle : Sources.allBundles()) {
      Attributes a = Manifests.read(bundle.resolve("META-INF/MANIFEST.MF"));
      for (String clause : Manifests.clauses(a.getValue("Import-Package"))) {
        String pkg = clause.split(";", 2)[0].trim();
        if (packages.contains(pkg) && !range.equals(Manifests.attribute(clause, "version"))) {
          problems.add(Manifests.symbolicName(a) + " imports " + pkg + " without the range " + range);
        }
      }
      for (String clause : Manifests.clauses(a.getValue("Require-Bundle"))) {
        if (clause.split(";", 2)[0].trim().equals("org.linebench.rules.api") && !range.equals(Manifests.attribute(clause, "bundle-version"))) {
          problems.add(Manifests.symbolicName(a) + " requires the API bundle without the range " + range);
        }
      }
      String name = Manifests.symbolicName(a);
      if (PACKS.contains(name) && a.getValue("Require-Bundle") != null) {
        problems.add(name + " requires bundles: a pack imports the API's packages, with a version range");
      }
    }
    assertEquals(List.of(), problems);
  }

  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Test
  void theTargetPlatformUsesMavenLocationsOnly() throws Exception {
    for (String file : new String[] {"linebench.target", "roots.target"}) {
      String xml = Files.readString(Sources.root().resolve("targetplatform").resolve(file), StandardCharsets.UTF_8);
      int locations = count(xml, "<location ");
      assertTrue(locations > 0, "no locations read from " + file);
      assertEquals(locations, count(xml, "<location type=\"Maven\""),
          file + ": every location is a Maven location: no p2 site is reachable from our machines or CI");
    }
  }

  @Test
  void theBuildsTargetPlatformIsPinned() throws Exception {
    String xml = Files.readString(Sources.root().resolve("targetplatform/linebench.target"), StandardCharsets.UTF_8);
    assertEquals(0, count(xml, "includeDependencyDepth=\"infinite\""),
        "transitive locations follow version ranges to whatever is newest: run releng/tools/pin-target.py");
    assertEquals(0, count(xml, "<version>["), "no version ranges");
    assertEquals(0, count(xml, "<version>("), "no version ranges");
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  private static Attributes manifest(String headers) throws Exception {
    byte[] bytes = ("Manifest-Version: 1.0\n" + headers + "\n").getBytes(StandardCharsets.UTF_8);
    return new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
  }
}
