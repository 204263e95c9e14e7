package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Finding;

/**
 * A model in a safety function: the CN rule reads the model card's metrics when the card exists
 * (a missing card is the model-card validation's business); the EU AI Act rule wants risk
 * management, logging and metrics, and reports a missing card.
 */
class ModelCardTest {

  static List<PlantModel> plant(Path dir, String country, String card) throws Exception {
    if (card != null) {
      Files.createDirectories(dir.resolve("models/m"));
      Files.writeString(dir.resolve("models/m/model.json"), card, StandardCharsets.UTF_8);
    }
    String text = "plant P \"工厂\" {\n\tcountry " + country + "\n\n\tline L {\n\t\ttakt 60 s\n\n\t\tsource In\n\n"
        + "\t\tstation A \"测试\" manual-workstation {\n\t\t\tcycle-time 50 s\n\t\t\toperators 1\n"
        + "\t\t\tsensor T measures temperature unit °C rate 1 Hz\n"
        + "\t\t\tmodel M card \"models/m/model.json\" purpose quality {\n\t\t\t\tfeature \"t\" -> T\n\t\t\t} human-override\n"
        + "\t\t\tsafety-function SF risk S1 F1 P1 achieved PLc uses-model M\n\t\t}\n\n\t\tsink Out\n\n"
        + "\t\tflow In -> A\n\t\tflow A -> Out\n\t}\n}\n";
    Path f = dir.resolve("p.line");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(f));
    // the cards here are hand-made JSON for the rules, not models: the structural model-card check
    // (which verifies the model file's hash) rightly refuses them; everything else must be clean
    assertEquals(List.of(), r.issues().stream().filter(i -> !"line.model-card".equals(i.code())).toList());
    return PlantModel.of(r.files().values());
  }

  static List<String> run(String pack, List<PlantModel> plants, String rule) {
    return Fixtures.run(Fixtures.pack(pack), plants, Fixtures.EN).stream().filter(f -> f.ruleId().equals(rule)).map(Finding::message).toList();
  }

  static final String CN_RULE = "cn.gb-t16855-1.safety-model-documentation";
  static final String EU_RULE = "eu.ai-act.high-risk-obligations";

  @Test
  void cnReadsTheMetricsOfTheCard(@TempDir Path dir) throws Exception {
    List<String> found = run("cn", plant(dir, "CN", "{\"name\": \"m\", \"metrics\": {}}"), CN_RULE);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).contains("does not document: metrics"), found.get(0));
  }

  @Test
  void cnPassesWithMetricsAndOverride(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), run("cn", plant(dir, "CN", "{\"metrics\": {\"recall\": 0.91, \"precision\": 0.88}}"), CN_RULE));
  }

  @Test
  void cnLeavesAMissingCardToTheModelCardValidation(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), run("cn", plant(dir, "CN", null), CN_RULE));
  }

  @Test
  void euWantsRiskManagementLoggingAndMetrics(@TempDir Path dir) throws Exception {
    List<String> found = run("eu", plant(dir, "DE", "{\"metrics\": {\"recall\": 0.9}}"), EU_RULE);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).contains("risk management (art. 9), logging (art. 12)") && !found.get(0).contains("accuracy"), found.get(0));
  }

  @Test
  void euPassesAFullyDocumentedModel(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), run("eu", plant(dir, "DE",
        "{\"metrics\": {\"recall\": 0.9}, \"riskManagement\": \"FMEA-12\", \"logging\": \"every decision, 5 years\"}"), EU_RULE));
  }

  @Test
  void euReportsAMissingCard(@TempDir Path dir) throws Exception {
    List<String> found = run("eu", plant(dir, "DE", null), EU_RULE);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).contains("does not exist"), found.get(0));
  }
}
