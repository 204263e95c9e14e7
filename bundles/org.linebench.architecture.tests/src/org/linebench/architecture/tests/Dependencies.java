package org.linebench.architecture.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bundle dependencies LineBench allows: for each bundle, the LineBench bundles it may use
 * (Require-Bundle, Fragment-Host, or Import-Package of a package they export). {@link BoundaryTest}
 * fails on any other edge, on a row that no longer matches its manifest, and on a bundle without a
 * row; README.md shows the same table. A new bundle or dependency is a new line here, in review.
 * <p>
 * Layers (a bundle uses the layers below it): 1 foundation (model, core, cli, rules.api: the
 * platform only), 2 language and learning (dsl, dsl.ide, ml.card, ml), 3 integration (dsl.ml: the
 * model-attachment checks, composed into the language's validation), 4 capabilities (rules engine,
 * packs, checks, diagram), 6 workbench (*.ui, nl fragments); beside them the testing bundles and the
 * tests.
 */
final class Dependencies {
  private Dependencies() {}

  /** Edges allowed for now although the layers forbid them, each with the issue that removes it. */
  static final Map<String, String> TEMPORARY = Map.of();

  /** Bundle (or a name ending in .* for a family of bundles) to the bundles it may use. */
  static final Map<String, Set<String>> ALLOWED = table(
      // 1 foundation: the platform only
      "org.linebench.model", "",
      "org.linebench.core", "",
      "org.linebench.cli", "",
      "org.linebench.rules.api", "", // the API never uses the engine, EMF or Xtext
      // 2 language and learning
      "org.linebench.ml.card", "core", // model cards without Weka
      "org.linebench.ml", "ml.card, core, cli",
      "org.linebench.dsl", "model, core, cli", // never machine learning: its checks come in through org.linebench.dsl.validators
      "org.linebench.dsl.ide", "dsl",
      // 3 integration
      "org.linebench.dsl.ml", "dsl, model, core, cli, ml.card", // the model-attachment checks read cards, without Weka
      // 4 capabilities: a pack and the shared checks use the rule API only
      "org.linebench.rules", "rules.api, rules.checks, model, core, cli, dsl", // the technical file asks the checks for the PLs they compute
      "org.linebench.rules.checks", "rules.api",
      "org.linebench.rules.cn", "rules.api, rules.checks",
      "org.linebench.rules.eu", "rules.api, rules.checks",
      "org.linebench.diagram", "model, core, dsl",
      "org.linebench.project", "dsl, dsl.ide, rules, core, cli", // LineBench projects: builder, index, working copies
      "org.linebench.sim", "model, core, cli, dsl, ml, ml.card, rules", // ml scores the stations' maintenance models; rules: its section of the technical file
      "org.linebench.report.pdf", "rules, diagram, cli, core, ml.card", // the technical file: PDFBox on the report model; model cards without Weka
      // interchange: AutomationML on the language; shells with the rule engine's findings and the models' cards
      "org.linebench.aml", "model, core, cli, dsl",
      "org.linebench.aas", "aml, rules, ml.card, model, core, cli, dsl",
      // the assistant: explanations and fixes checked by the engine; edits through the language's node model and quick fixes
      "org.linebench.assist", "rules, dsl, dsl.ide, model, cli, core, assist.llm", // assist.llm: a model's fix proposals, gated like the rules'
      // the assistant: language models (OpenAI-compatible endpoints, other kinds contributed) and asking the line
      "org.linebench.assist.llm", "rules, dsl, model, core, cli",
      "org.linebench.assist.llama", "assist.llm, core", // in-process GGUF models (llama.cpp), contributed to assist.llm; core: the native library written atomically
      // 5 editors outside the workbench: the language server on the headless core
      "org.linebench.lsp", "dsl, dsl.ide, model, rules, diagram, core, cli",
      // 6 workbench: everything headless
      "org.linebench.ui", "cli, core, diagram, dsl, dsl.ui, project",
      "org.linebench.dsl.ui", "dsl, dsl.ide, dsl.ml, ml.card, project",
      "org.linebench.ml.ui", "core, ml, ml.card",
      "org.linebench.rules.ui", "core, rules, project, assist, dsl.ide",
      "org.linebench.sim.ui", "core, model, dsl, sim, ui",
      "org.linebench.aml.ui", "aml, aas, dsl",
      "org.linebench.nl.zh.*", "",
      // beside: published test support, then the tests
      "org.linebench.testing", "rules", // and a loopback chat server (JDK http server, gson) and a tiny GGUF writer for the model tests
      "org.linebench.testing.ui", "",
      "org.linebench.architecture.tests", "testing",
      "org.linebench.model.tests", "model",
      "org.linebench.cli.tests", "cli",
      "org.linebench.ml.card.tests", "ml.card",
      "org.linebench.ml.tests", "ml, core, cli",
      "org.linebench.dsl.tests", "dsl, dsl.ide, cli, testing",
      "org.linebench.dsl.ml.tests", "dsl.ml, cli, ml, rules, rules.cn, rules.eu", // FleetModelAttachTest validates with the packs
      "org.linebench.rules.tests", "rules, rules.checks, rules.cn, rules.eu, model, dsl, cli, testing",
      "org.linebench.diagram.tests", "diagram, testing",
      "org.linebench.project.tests", "project, dsl, rules.cn, rules.eu, cli, testing",
      "org.linebench.report.pdf.tests", "report.pdf, rules, rules.cn, rules.eu, testing, cli, sim, ml.card", // sim: its section of the technical file; ml.card: metrics of a card
      "org.linebench.lsp.tests", "lsp, rules, rules.cn, rules.eu, dsl, dsl.ide, cli",
      "org.linebench.aml.tests", "aml, cli, rules, rules.cn, rules.eu",
      "org.linebench.aas.tests", "aas, cli, rules.cn, rules.eu",
      "org.linebench.assist.tests", "assist, assist.llm, assist.llama, rules, rules.cn, rules.eu, dsl, dsl.ide, testing, cli",
      "org.linebench.assist.llm.tests", "assist.llm, cli, rules.cn, rules.eu, testing",
      "org.linebench.assist.llama.tests", "assist.llama, testing",
      "org.linebench.ui.tests", "ui, testing, testing.ui",
      "org.linebench.dsl.ui.tests", "dsl.ui, ui, testing, testing.ui",
      "org.linebench.ml.ui.tests", "ml.ui, testing.ui",
      "org.linebench.rules.ui.tests", "rules.ui, testing, testing.ui",
      "org.linebench.sim.tests", "sim, cli, testing",
      "org.linebench.sim.ui.tests", "sim.ui, diagram, testing.ui",
      "org.linebench.aml.ui.tests", "aml.ui",
      // examples/integrator: an integrator's pack on the API, its tests on the testing bundle
      "org.example.linebench.rules.acme", "rules.api",
      "org.example.linebench.rules.acme.tests", "org.example.linebench.rules.acme, testing");

  private static Map<String, Set<String>> table(String... rows) {
    Map<String, Set<String>> t = new LinkedHashMap<>();
    for (int i = 0; i < rows.length; i += 2) {
      Set<String> to = new TreeSet<>();
      for (String s : rows[i + 1].split(",")) {
        if (!s.isBlank()) {
          to.add(s.trim().startsWith("org.") ? s.trim() : "org.linebench." + s.trim());
        }
      }
      t.put(rows[i], to);
    }
    return t;
  }

  /** The row of a bundle: its own, or its family's ({@code org.linebench.nl.zh.*}); null if it has none. */
  static Set<String> allowed(String bundle) {
    if (ALLOWED.containsKey(bundle)) {
      return ALLOWED.get(bundle);
    }
    return ALLOWED.entrySet().stream().filter(e -> e.getKey().endsWith(".*") && bundle.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** The table as README.md shows it: one row per bundle, short names, temporary edges marked. */
  static String markdown() {
    StringBuilder b = new StringBuilder("| bundle | may use (LineBench bundles) |\n|---|---|\n");
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      List<String> to = e.getValue().stream()
          .map(t -> shortName(t) + (TEMPORARY.containsKey(e.getKey() + " -> " + t) ? " (temporary)" : "")).toList();
      b.append("| `").append(shortName(e.getKey())).append("` | ").append(to.isEmpty() ? "—" : String.join(", ", to)).append(" |\n");
    }
    return b.toString();
  }

  private static String shortName(String bundle) {
    return bundle.startsWith("org.linebench.") ? bundle.substring("org.linebench.".length()) : bundle;
  }
}
