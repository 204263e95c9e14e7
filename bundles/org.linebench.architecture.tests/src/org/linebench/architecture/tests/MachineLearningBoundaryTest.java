package org.linebench.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Machine learning stays behind its boundary: the line language, the rules, the diagram and the
 * language server resolve without any org.linebench.ml* bundle and without Weka; the model-card
 * bundle imports no Weka; the packages of the machine-learning bundles use each other without
 * cycles; and every bundle that is not a test ships in a feature.
 */
class MachineLearningBoundaryTest {
  /** Bundles that may use neither machine learning nor Weka, not even the model-card bundle. */
  private static final List<String> WITHOUT_ML = List.of("org.linebench.model", "org.linebench.core", "org.linebench.cli",
      "org.linebench.dsl", "org.linebench.dsl.ide", "org.linebench.diagram", "org.linebench.rules", "org.linebench.rules.cn",
      "org.linebench.rules.eu", "org.linebench.rules.api", "org.linebench.rules.checks", "org.linebench.lsp");
  /** Bundles whose packages must not use each other in a circle. */
  private static final List<String> ACYCLIC = List.of("org.linebench.ml", "org.linebench.ml.card", "org.linebench.dsl.ml");

  private static Attributes manifest(String bundle) throws Exception {
    return Manifests.read(Sources.root().resolve("bundles").resolve(bundle).resolve("META-INF/MANIFEST.MF"));
  }

  /** Every bundle and package a manifest requires, imports or is a fragment of. */
  private static List<String> uses(Attributes a) {
    List<String> all = new ArrayList<>(Manifests.names(a.getValue("Require-Bundle")));
    all.addAll(Manifests.names(a.getValue("Import-Package")));
    all.addAll(Manifests.names(a.getValue("Fragment-Host")));
    return all;
  }

  private static boolean isMl(String name) {
    return name.startsWith("org.linebench.ml") || name.startsWith("org.linebench.dsl.ml") || isWeka(name);
  }

  private static boolean isWeka(String name) {
    return name.startsWith("weka.") || name.toLowerCase(java.util.Locale.ROOT).contains("weka");
  }

  @Test
  void theLanguageRulesDiagramAndServerUseNoMachineLearning() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String bundle : WITHOUT_ML) {
      uses(manifest(bundle)).stream().filter(MachineLearningBoundaryTest::isMl).forEach(n -> problems.add(bundle + " uses " + n));
      Path plugin = Sources.root().resolve("bundles").resolve(bundle).resolve("plugin.xml");
      if (Files.exists(plugin) && Files.readString(plugin, StandardCharsets.UTF_8).contains("org.linebench.ml")) {
        problems.add(bundle + "/plugin.xml names org.linebench.ml");
      }
    }
    assertEquals(List.of(), problems, "the line language knows nothing of machine learning; its model checks come from org.linebench.dsl.ml");
  }

  @Test
  void theModelCardBundleUsesNoWekaAndTheAttachmentChecksOnlyTheCard() throws Exception {
    Attributes card = manifest("org.linebench.ml.card");
    assertEquals(List.of(), uses(card).stream().filter(n -> isWeka(n) || n.startsWith("org.linebench.ml.") && !n.startsWith("org.linebench.ml.card"))
        .toList(), "org.linebench.ml.card: no Weka");
    assertEquals(null, card.getValue("Require-Bundle"), "org.linebench.ml.card imports packages only");
    List<String> dslMl = uses(manifest("org.linebench.dsl.ml")).stream().filter(MachineLearningBoundaryTest::isMl).toList();
    assertEquals(List.of("org.linebench.ml.card"), dslMl, "org.linebench.dsl.ml reads model cards, it does not train or load models");
  }

  @Test
  void theMachineLearningBundlesHaveNoPackageCycles() {
    List<String> problems = new ArrayList<>();
    for (String bundle : ACYCLIC) {
      Map<String, Set<String>> graph = PackageGraph.of(Sources.root().resolve("bundles").resolve(bundle).resolve("src"));
      assertFalse(graph.isEmpty(), bundle + " has sources");
      PackageGraph.cycles(graph).forEach(c -> problems.add(bundle + ": " + c + " use each other"));
    }
    assertEquals(List.of(), problems);
    Map<String, Set<String>> ml = PackageGraph.of(Sources.root().resolve("bundles/org.linebench.ml/src"));
    assertTrue(ml.get("org.linebench.ml.model").contains("org.linebench.ml.train"), "the graph is read: model uses train " + ml);
    assertTrue(ml.get("org.linebench.ml.data").contains("org.linebench.ml.weka"), "data uses weka " + ml);
  }

  @Test
  void theCycleCheckFindsACycle(@TempDir Path src) throws Exception {
    Files.createDirectories(src.resolve("a"));
    Files.createDirectories(src.resolve("b"));
    Files.createDirectories(src.resolve("c"));
    Files.writeString(src.resolve("a/A.java"), "package x.a;\nimport x.b.B;\n/** not x.c.C */\nclass A { String s = \"x.c.C\"; }\n");
    Files.writeString(src.resolve("b/B.java"), "package x.b;\nclass B { Object o = x.a.A.class; }\n");
    Files.writeString(src.resolve("c/C.java"), "package x.c;\nimport x.a.*;\nclass C {}\n");
    Map<String, Set<String>> graph = PackageGraph.of(src);
    assertEquals(Map.of("x.a", Set.of("x.b"), "x.b", Set.of("x.a"), "x.c", Set.of("x.a")), graph, "comments and strings do not count");
    assertEquals(List.of(Set.of("x.a", "x.b")), PackageGraph.cycles(graph));
  }

  @Test
  void everyBundleThatIsNoTestShipsInAFeature() throws Exception {
    Set<String> shipped = new TreeSet<>();
    try (var features = Files.list(Sources.root().resolve("features"))) {
      for (Path f : features.map(p -> p.resolve("feature.xml")).filter(Files::exists).toList()) {
        shipped.addAll(plugins(f));
      }
    }
    List<String> missing = new ArrayList<>();
    for (Path bundle : Sources.bundles()) {
      String name = Manifests.symbolicName(Manifests.read(bundle.resolve("META-INF/MANIFEST.MF")));
      if (!name.endsWith(".tests") && !shipped.contains(name)) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing, "a bundle no feature lists is in no product");
    Path core = Sources.root().resolve("features/org.linebench.core.feature/feature.xml");
    assertTrue(Files.readString(core, StandardCharsets.UTF_8).contains("<includes id=\"org.linebench.language.feature\"")
        && plugins(core).contains("org.linebench.ml"), "the core feature ships everything headless: the language feature and machine learning");
    List<String> language = plugins(Sources.root().resolve("features/org.linebench.language.feature/feature.xml"));
    assertTrue(language.contains("org.linebench.dsl.ml") && language.contains("org.linebench.ml.card"), language.toString());
    assertEquals(List.of(), language.stream().filter(MachineLearningBoundaryTest::isWeka).toList(), "no Weka bundle");
    assertFalse(language.contains("org.linebench.ml"), "the language feature (the language server's runtime) has no Weka");
  }

  private static List<String> plugins(Path feature) throws Exception {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"").matcher(Files.readString(feature, StandardCharsets.UTF_8));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
