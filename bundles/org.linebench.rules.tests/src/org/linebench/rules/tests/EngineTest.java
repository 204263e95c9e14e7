package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Finding;

/**
 * The engine with the test pack zz-test (this bundle's plugin.xml): a rule that throws, one that
 * never ends, one whose data is broken and one whose class is missing each become one
 * internal-error finding naming the rule and the pack, and the working rule still reports.
 */
class EngineTest {
  static final String PLANT = "plant T {\n\tcountry ZZ\n\n\tline L {\n\t\ttakt 60 s\n\n\t\tsource In\n\n"
      + "\t\tstation A manual-workstation {\n\t\t\tcycle-time 50 s\n\t\t\toperators 1\n\t\t}\n\n"
      + "\t\tstation B manual-workstation {\n\t\t\tcycle-time 40 s\n\t\t\toperators 1\n\t\t}\n\n\t\tsink Out\n\n"
      + "\t\tflow In -> A\n\t\tflow A -> B\n\t\tflow B -> Out\n\t}\n}\n";

  static List<PlantModel> plant(Path dir) throws Exception {
    Path f = dir.resolve("t.line");
    Files.writeString(f, PLANT, StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(f));
    assertEquals(List.of(), r.issues());
    return PlantModel.of(r.files().values());
  }

  @Test
  void failingRulesBecomeInternalErrorsAndTheOthersStillRun(@TempDir Path dir) throws Exception {
    RulePack pack = Fixtures.pack("zz-test");
    List<Finding> findings;
    long t0 = System.nanoTime();
    try (RuleEngine engine = new RuleEngine(Duration.ofMillis(300))) {
      findings = engine.run(List.of(pack), plant(dir), Fixtures.EN, false).findings();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 10_000, "the never-ending rule was stopped after its budget, took " + ms + " ms");
    List<String> seen = findings.stream().filter(f -> !f.internalError()).map(Finding::message).toList();
    assertEquals(List.of("station A seen", "station B seen"), seen);
    assertInternal(findings, "zz-test.throws", "failed: IllegalStateException: deliberate failure in plant T");
    assertInternal(findings, "zz-test.never-ends", "did not finish within 300 ms");
    assertInternal(findings, "zz-test.bad-thresholds", "could not be loaded");
    assertInternal(findings, "zz-test.no-class", "could not be loaded");
    assertEquals(4, findings.stream().filter(Finding::internalError).count());
  }

  private static void assertInternal(List<Finding> findings, String rule, String text) {
    Finding f = findings.stream().filter(x -> x.internalError() && x.ruleId().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no internal error for " + rule + ": " + findings));
    assertTrue(f.message().contains(rule) && f.message().contains("pack zz-test") && f.message().contains(text), f.message());
    assertTrue(f.file() != null && f.line() == 1, "names the plant's file and line: " + f);
  }

  @Test
  void brokenDataIsReportedWithTheKey() {
    RuleDescriptor d = Fixtures.pack("zz-test").rules().stream().filter(r -> r.id().equals("zz-test.bad-thresholds")).findFirst().orElseThrow();
    assertTrue(d.loadError().contains("approachSpeedMmPerS"), d.loadError());
  }

  @Test
  void aBrokenPackContributionIsLeftOutAndReported() {
    assertTrue(Fixtures.packs().find("Bad Id").isEmpty());
    assertTrue(Fixtures.packs().problems().stream().anyMatch(p -> p.contains("Bad Id") && p.contains("org.linebench.rules.tests")),
        Fixtures.packs().problems().toString());
  }

  @Test
  void everyInstalledPackHasAContractTest() {
    // RulePackContract subclasses: CnPackTest, EuPackTest; zz-test is this bundle's broken pack (the
    // integrator's example pack is tested by its own tests, examples/integrator)
    assertEquals(java.util.Set.of("cn", "eu", "zz-test"),
        Fixtures.packs().packs().stream().map(RulePack::id).collect(java.util.stream.Collectors.toSet()),
        "a new pack needs a RulePackContract test");
  }

  @Test
  void packsAreChosenByJurisdiction(@TempDir Path dir) throws Exception {
    List<PlantModel> plants = plant(dir);
    try (RuleEngine engine = new RuleEngine()) {
      RuleEngine.Outcome cn = engine.run(List.of(Fixtures.pack("cn")), plants, Fixtures.EN, false);
      assertEquals(0, cn.plantsChecked(), "the CN pack does not check a plant in ZZ");
      assertEquals(List.of(), cn.findings());
      RulePack zz = Fixtures.pack("zz-test");
      RuleDescriptor everyStation = zz.rules().get(0);
      RulePack any = new RulePack("any", "Any", zz.contributor(), java.util.Set.of(RulePack.ANY_JURISDICTION), zz.dataSource(), zz.texts(),
          List.of(everyStation));
      RuleEngine.Outcome all = engine.run(List.of(any), plants, Fixtures.EN, false);
      assertEquals(1, all.plantsChecked(), "a pack for '*' checks every plant");
      assertEquals(List.of("station A seen", "station B seen"), all.findings().stream().map(Finding::message).toList());
    }
  }
}
