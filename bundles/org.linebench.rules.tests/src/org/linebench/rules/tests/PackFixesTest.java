package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Fix;

/**
 * The fixes the guard, robot, warning, data and model rules propose (#19): each computed from the
 * rule's own table or data, written into the line text and checked again: the finding is gone and
 * no new one appears. Values worked out by hand from the packs' tables in the comments.
 */
class PackFixesTest {

  static final String PLANT = """
      equipment-type Cobot kind robot modes power-and-force-limiting, hand-guiding

      plant P "工厂" {
      	country CN
      	line L {
      		takt 60 s
      		source In
      		station A assembly {
      			cycle-time 50 s
      			stopping-time 100 ms
      			zone ZA
      %s
      		}
      		sink Out
      		flow In -> A
      		flow A -> Out
      		emergency-stop E category 0 covers A.ZA
      %s
      	}
      %s
      }
      """;

  /** A plant with these lines in station A, in line L and in the plant. */
  static String plant(String station, String line, String plant) {
    return PLANT.formatted(station, line, plant);
  }

  static List<Finding> run(Path dir, String pack, String text, Locale locale) throws Exception {
    Path f = dir.resolve("p.line");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(f));
    assertEquals(0, r.errorCount(), () -> r.issues() + "\n" + text);
    return Fixtures.run(Fixtures.pack(pack), PlantModel.of(r.files().values()), locale);
  }

  static Finding one(List<Finding> found, String rule, String variant) {
    List<Finding> f = found.stream().filter(x -> x.ruleId().equals(rule) && x.variant().equals(variant)).toList();
    assertEquals(1, f.size(), () -> rule + " " + variant + ": " + found);
    return f.get(0);
  }

  static List<String> fixes(Finding f) {
    return f.fixes().stream().map(x -> x.changes().stream().map(Object::toString).collect(Collectors.joining(" & "))).toList();
  }

  /** Writes the fix into the text and checks again: the finding is gone and no finding is new. */
  static String passes(Path dir, String pack, String text, Finding f, Fix fix) throws Exception {
    Set<String> before = keys(run(dir, pack, text, Fixtures.EN));
    String fixed = Edits.apply(text, fix);
    Set<String> after = keys(run(dir, pack, fixed, Fixtures.EN));
    assertFalse(after.contains(f.key()), () -> f.key() + " still there after " + fix + ":\n" + fixed);
    Set<String> added = new LinkedHashSet<>(after);
    added.removeAll(before);
    assertEquals(Set.of(), added, () -> "new findings after " + fix + ":\n" + fixed);
    return fixed;
  }

  static Set<String> keys(List<Finding> found) {
    return found.stream().map(Finding::key).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Test
  void aGuardTooCloseIsMovedBackOrRaisedFromTheReachOverTable(@TempDir Path dir) throws Exception {
    String text = plant("\t\t\tguard G protects ZA height 1200 mm distance 1100 mm", "", "");
    Finding f = one(run(dir, "cn", text, Fixtures.EN), "cn.gb-t23821.reach-over-guard", "");
    // GB/T 23821 Table 2, column b = 1200: the largest c of the column is 1400 mm (a = 1000 ... 1800);
    // column 1400: largest c 1100 mm (a = 1000 ... 1800), which the present 1100 mm meets
    assertEquals(List.of("distance 1400 mm", "height 1400 mm"), fixes(f));
    assertTrue(passes(dir, "cn", text, f, f.fixes().get(0)).contains("guard G protects ZA height 1200 mm distance 1400 mm\n"));
    passes(dir, "cn", text, f, f.fixes().get(1));
  }

  @Test
  void aGuardBelowTheTableIsRaised(@TempDir Path dir) throws Exception {
    String text = plant("\t\t\tguard G protects ZA height 900 mm distance 1000 mm", "", "");
    Finding f = one(run(dir, "cn", text, Fixtures.EN), "cn.gb-t23821.reach-over-guard", "tooLow");
    // the lowest column whose largest c is at most 1000 mm: 1600 (largest c 900 mm); or the table's
    // lowest column, 1000 mm, with its largest c, 1500 mm (which the guard-height hint then flags: the gate drops it)
    assertEquals(List.of("height 1600 mm", "height 1000 mm & distance 1500 mm"), fixes(f));
    passes(dir, "cn", text, f, f.fixes().get(0));
    Finding missing = one(run(dir, "cn", plant("\t\t\tguard G protects ZA height 2000 mm", "", ""), Fixtures.EN),
        "cn.gb-t23821.reach-over-guard", "incomplete");
    assertEquals(List.of("distance 600 mm"), fixes(missing), "column 2000: largest c 600 mm");
    passes(dir, "cn", plant("\t\t\tguard G protects ZA height 2000 mm", "", ""), missing, missing.fixes().get(0));
  }

  @Test
  void aLowGuardIsRaisedTo1400(@TempDir Path dir) throws Exception {
    String text = plant("\t\t\tguard G protects ZA height 1200 mm distance 1400 mm", "", "");
    Finding f = one(run(dir, "cn", text, Fixtures.EN), "cn.gb-t23821.guard-height-hint", "");
    assertEquals(List.of("height 1400 mm"), fixes(f), "belowMm of the pack");
    passes(dir, "cn", text, f, f.fixes().get(0));
  }

  @Test
  void anOpeningIsMadeFinerOrTheGuardMovedBack(@TempDir Path dir) throws Exception {
    String text = plant("\t\t\tguard G protects ZA height 2700 mm distance 100 mm opening 20 mm", "", "");
    Finding f = one(run(dir, "cn", text, Fixtures.EN), "cn.gb-t23821.reach-through-opening", "");
    // Table 4, slots: e <= 20 needs 120 mm; the largest opening 100 mm allows: 12 mm (e <= 12: 100 mm)
    assertEquals(List.of("distance 120 mm", "opening 12 mm"), fixes(f));
    passes(dir, "cn", text, f, f.fixes().get(0));
    passes(dir, "cn", text, f, f.fixes().get(1));
    String large = plant("\t\t\tguard G protects ZA height 2700 mm distance 200 mm opening 200 mm", "", "");
    Finding l = one(run(dir, "cn", large, Fixtures.EN), "cn.gb-t23821.reach-through-opening", "tooLarge");
    // 200 mm allows slots up to 20 mm (120 mm); the table's largest opening, 120 mm, needs 850 mm
    assertEquals(List.of("opening 20 mm", "opening 120 mm & distance 850 mm"), fixes(l));
    passes(dir, "cn", large, l, l.fixes().get(0));
    passes(dir, "cn", large, l, l.fixes().get(1));
  }

  @Test
  void aGapAtTheFloorIsNarrowedOrTheGuardMovedBack(@TempDir Path dir) throws Exception {
    String text = plant("\t\t\tguard G protects ZA height 2700 mm distance 700 mm ground-clearance 300 mm", "", "");
    List<Finding> found = run(dir, "cn", text, Fixtures.EN);
    Finding under = one(found, "cn.gb-t23821.reach-under-guard", "");
    // Table 6, largest column: 200 < h <= 400 needs 765 mm; 700 mm allows h <= 200 (665 mm)
    assertEquals(List.of("distance 765 mm", "ground-clearance 200 mm"), fixes(under));
    passes(dir, "cn", text, under, under.fixes().get(0));
    passes(dir, "cn", text, under, under.fixes().get(1));
    Finding slot = one(found, "cn.gb-t23821.lower-limb-opening", "tooLarge");
    // Table 7, slots: 300 mm is beyond the last slot row (180 mm); 700 mm allows slots up to 80 mm (650 mm);
    // the widest slot, 180 mm, needs 1100 mm
    assertEquals(List.of("ground-clearance 80 mm", "ground-clearance 180 mm & distance 1100 mm"), fixes(slot));
    passes(dir, "cn", text, slot, slot.fixes().get(0));
    passes(dir, "cn", text, slot, slot.fixes().get(1));
    String high = plant("\t\t\tguard G protects ZA height 2700 mm distance 500 mm ground-clearance 1200 mm", "", "");
    Finding h = one(run(dir, "cn", high, Fixtures.EN), "cn.gb-t23821.reach-under-guard", "tooHigh");
    // 500 mm allows no row (the first needs 665 mm); the table's highest gap, 1000 mm, needs 1195 mm
    assertEquals(List.of("ground-clearance 1000 mm & distance 1195 mm"), fixes(h));
  }

  @Test
  void aCollaborativeRobotKeepsTheModesOfItsType(@TempDir Path dir) throws Exception {
    String wrong = plant("\t\t\trobot R : Cobot collaborative modes hand-guiding, speed-and-separation-monitoring", "", "");
    Finding u = one(run(dir, "cn", wrong, Fixtures.EN), "cn.gb11291-2.collaborative-modes", "unsupported");
    assertEquals(List.of("modes hand-guiding"), fixes(u));
    assertTrue(passes(dir, "cn", wrong, u, u.fixes().get(0)).contains("robot R : Cobot collaborative modes hand-guiding\n"));
    String none = plant("\t\t\trobot R : Cobot collaborative modes speed-and-separation-monitoring", "", "");
    Finding n = one(run(dir, "cn", none, Fixtures.EN), "cn.gb11291-2.collaborative-modes", "unsupported");
    assertEquals(List.of("modes power-and-force-limiting", "modes hand-guiding"), fixes(n), "none left: each mode of the type");
    passes(dir, "cn", none, n, n.fixes().get(1));
    Finding untyped = one(run(dir, "cn", plant("\t\t\trobot R collaborative", "", ""), Fixtures.EN), "cn.gb11291-2.collaborative-modes", "");
    assertEquals(List.of(), fixes(untyped));
    assertTrue(untyped.noFix().startsWith("the robot type names no collaborative modes"), untyped.noFix());
  }

  @Test
  void aStationTakesTheGb2894SignOfItsHazards(@TempDir Path dir) throws Exception {
    String text = plant("", "\t\thazard H in A.ZA kind electrical", "");
    Finding f = one(run(dir, "cn", text, Fixtures.EN), "cn.pql.chinese-warnings", "");
    assertEquals(List.of("+text warning zh \"\u5f53\u5fc3\u89e6\u7535\""), fixes(f), "electrical: 当心触电");
    assertTrue(passes(dir, "cn", text, f, f.fixes().get(0)).contains("\t\t\ttext warning zh \"\u5f53\u5fc3\u89e6\u7535\"\n"));
    Finding general = one(run(dir, "cn", plant("", "", ""), Fixtures.EN), "cn.pql.chinese-warnings", "");
    assertEquals(List.of("+text warning zh \"\u6ce8\u610f\u5b89\u5168\""), fixes(general), "no hazard, assembly: 注意安全");
    passes(dir, "cn", plant("", "", ""), general, general.fixes().get(0));
    String welding = plant("", "", "").replace("station A assembly", "station A welding");
    Finding arc = one(run(dir, "cn", welding, Fixtures.EN), "cn.pql.chinese-warnings", "");
    assertEquals(List.of("+text warning zh \"\u5f53\u5fc3\u5f27\u5149\""), fixes(arc), "no hazard, welding: 当心弧光");
    passes(dir, "cn", welding, arc, arc.fixes().get(0));
  }

  @Test
  void theProductNameIsThePlantsChineseNameAndATranslationIsAPersonsWork(@TempDir Path dir) throws Exception {
    String text = plant("", "", "\tmaker \"ACME GmbH\"");
    List<Finding> found = run(dir, "cn", text, Fixtures.EN);
    Finding name = one(found, "cn.pql.chinese-product-information", "");
    assertEquals(List.of("+text product-name zh \"\u5de5\u5382\""), fixes(name));
    passes(dir, "cn", text, name, name.fixes().get(0));
    Finding maker = one(found, "cn.pql.chinese-product-information", "maker");
    assertEquals(List.of(), fixes(maker));
    assertTrue(maker.noFix().startsWith("a Chinese text is written or checked by a person"), maker.noFix());
    Finding zh = one(run(dir, "cn", text, Fixtures.ZH), "cn.pql.chinese-product-information", "maker");
    assertTrue(zh.noFix().startsWith("\u4e2d\u6587\u6587\u672c\u987b\u7531"), zh.noFix());
  }

  @Test
  void importantDataIsStoredAtHomeAndAnAssessmentIsNotClaimed(@TempDir Path dir) throws Exception {
    String text = plant("", "", "\tciio\n\tdata D class important stored-in DE\n\tdata-flow F D to \"HQ\" in DE");
    List<Finding> found = run(dir, "cn", text, Fixtures.EN);
    Finding local = one(found, "cn.data-security.important-data-localization", "");
    assertEquals(List.of("stored-in CN"), fixes(local));
    Finding stored = one(found, "cn.data-security.cross-border-assessment", "stored");
    assertEquals(List.of("stored-in CN"), fixes(stored));
    String fixed = passes(dir, "cn", text, local, local.fixes().get(0));
    assertFalse(keys(run(dir, "cn", fixed, Fixtures.EN)).contains(stored.key()), "stored at home: no export either");
    Finding flow = one(found, "cn.data-security.cross-border-assessment", "");
    assertEquals(List.of(), fixes(flow), "a fix must not claim an assessment");
    assertTrue(flow.noFix().contains("cleared-by security-assessment \"REFERENCE\" on \"YYYY-MM-DD\""), flow.noFix());
  }

  @Test
  void aModelGetsAHumanOverrideOrLeavesTheSafetyFunction(@TempDir Path dir) throws Exception {
    String station = "\t\t\tmodel M card \"m.json\" purpose vision\n\t\t\tsafety-function SF uses-model M";
    String text = plant(station, "", "");
    Finding f = one(run(dir, "cn", text, Fixtures.EN), "cn.linebench.safety-model-documentation", "noOverride");
    assertEquals(List.of("+human-override"), fixes(f));
    assertTrue(passes(dir, "cn", text, f, f.fixes().get(0)).contains("model M card \"m.json\" purpose vision human-override\n"));
    String eu = text.replace("country CN", "country DE");
    Finding ml = one(run(dir, "eu", eu, Fixtures.EN), "eu.mr2023-1230.ml-safety-component-assessment", "");
    assertEquals(List.of("-uses-model"), fixes(ml));
    passes(dir, "eu", eu, ml, ml.fixes().get(0));
  }
}
