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
import org.linebench.rules.api.Severity;
import org.linebench.rules.checks.LowerLimbOpening;
import org.linebench.rules.checks.ReachUnderGuard;

/**
 * Lower limbs and guards (ISO 13857 / GB/T 23821), robot cells (ISO 10218-2 / GB 11291.2) and the
 * control range of emergency stops, with the China pack's data: table rows on both sides of their
 * edges, and what counts as safeguarding a robot's zone.
 */
class GuardsTest {

  private static <T> T rule(String id) {
    return Fixtures.rule("cn", id);
  }

  @Test
  void lowerLimbsReachingUnderAndThroughTheGapAtTheFloor() {
    ReachUnderGuard under = rule("cn.gb-t23821.reach-under-guard");
    // the largest of the three ways of standing: h <= 200: 665; 200 < h <= 400: 765; ... 800 < h <= 1000: 1195
    assertEquals(665.0, under.requiredDistance(200));
    assertEquals(765.0, under.requiredDistance(200.1));
    assertEquals(1195.0, under.requiredDistance(1000));
    assertTrue(Double.isNaN(under.requiredDistance(1000.1)), "above 1000 mm the table has no row");
    LowerLimbOpening slot = rule("cn.gb-t23821.lower-limb-opening");
    // slots: e <= 5: 0; <= 15: 10; <= 35: 80; <= 60: 180; <= 80: 650; <= 95: 1100; <= 180: 1100; wider: the whole body
    assertEquals(0.0, slot.requiredDistance(5));
    assertEquals(10.0, slot.requiredDistance(5.1));
    assertEquals(180.0, slot.requiredDistance(60));
    assertEquals(650.0, slot.requiredDistance(60.1));
    assertEquals(1100.0, slot.requiredDistance(180));
    assertTrue(Double.isNaN(slot.requiredDistance(180.1)), "a slot wider than 180 mm lets the whole body through");
  }

  static List<Finding> findings(Path dir, String station, String stops, String rule) throws Exception {
    String text = "plant P \"工厂\" {\n\tcountry CN\n\n\tline L {\n\t\ttakt 60 s\n\t\tsource In\n" + station
        + "\t\tsink Out\n\t\tflow In -> A\n\t\tflow A -> B\n\t\tflow B -> Out\n" + stops + "\t}\n}\n";
    Path f = dir.resolve("p.line");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(f));
    assertEquals(0, r.errorCount(), () -> r.issues().toString());
    return Fixtures.run(Fixtures.pack("cn"), PlantModel.of(r.files().values()), Fixtures.EN).stream()
        .filter(x -> x.ruleId().equals(rule)).toList();
  }

  private static final String CELLS = """
      		station A robot-cell {
      			cycle-time 50 s
      			stopping-time 300 ms
      			robot RA
      			zone ZA
      			light-curtain CA protects ZA detection 14 mm response 10 ms distance 800 mm
      		}
      		station B robot-cell {
      			cycle-time 50 s
      			stopping-time 300 ms
      			robot RB
      			zone ZB
      			guard GB protects A.ZA height 2000 mm distance 900 mm
      			interlocked-door DB protects A.ZA locking
      		}
      """;

  @Test
  void aRobotCellIsGuardedAroundItsOwnZoneAndALightCurtainAloneIsNoFence(@TempDir Path dir) throws Exception {
    List<Finding> found = findings(dir, CELLS, "\t\temergency-stop E category 0 covers A.ZA, B.ZB\n", "cn.gb11291-2.robot-cell-safeguarding");
    assertEquals(List.of(
        "robot station A has no perimeter guard protecting its hazard zone (a light curtain alone fences nothing)",
        "robot station A has no interlocked access to its hazard zone (an interlocked door, or a presence-sensing device in its guard)",
        "robot station B has no perimeter guard protecting its hazard zone (a light curtain alone fences nothing)",
        "robot station B has no interlocked access to its hazard zone (an interlocked door, or a presence-sensing device in its guard)"),
        found.stream().map(Finding::message).toList(), "B's guard and door protect A's zone, not B's");
  }

  @Test
  void aGuardWithALightCurtainInItIsInterlockedAccess(@TempDir Path dir) throws Exception {
    String cells = CELLS.replace("light-curtain CA protects ZA", "guard GA protects ZA height 2000 mm distance 900 mm\n\t\t\tlight-curtain CA protects ZA")
        .replace("protects A.ZA", "protects ZB");
    assertEquals(List.of(), findings(dir, cells, "\t\temergency-stop E category 0 covers A.ZA, B.ZB\n", "cn.gb11291-2.robot-cell-safeguarding"));
  }

  @Test
  void anEmergencyStopWithoutCategoryCoversNothing(@TempDir Path dir) throws Exception {
    List<Finding> found = findings(dir, CELLS, "\t\temergency-stop E covers A.ZA\n\t\temergency-stop E1 category 1 covers B.ZB\n",
        "cn.gb-t16754.emergency-stop-coverage");
    assertEquals(List.of("hazard zone ZA of station A is not covered by any emergency stop of category 0 or 1"),
        found.stream().map(Finding::message).toList());
  }

  @Test
  void guardsBetween1000And1400MmGetAHint(@TempDir Path dir) throws Exception {
    String station = "\t\tstation A assembly {\n\t\t\tcycle-time 50 s\n\t\t\tstopping-time 100 ms\n\t\t\tzone Z\n"
        + "\t\t\tguard G1 protects Z height 999 mm distance 2000 mm\n\t\t\tguard G2 protects Z height 1000 mm distance 2000 mm\n"
        + "\t\t\tguard G3 protects Z height 1399 mm distance 2000 mm\n\t\t\tguard G4 protects Z height 1400 mm distance 2000 mm\n\t\t}\n"
        + "\t\tstation B assembly {\n\t\t\tcycle-time 50 s\n\t\t}\n";
    List<Finding> found = findings(dir, station, "", "cn.gb-t23821.guard-height-hint");
    assertEquals(List.of("guard G2 is 1000 mm high: guards lower than 1400 mm should not be used without additional safety measures",
        "guard G3 is 1399 mm high: guards lower than 1400 mm should not be used without additional safety measures"),
        found.stream().map(Finding::message).toList(), "999 mm is the reach-over rule's (too low); 1400 mm needs nothing");
    assertTrue(found.stream().allMatch(f -> f.severity() == Severity.INFO));
  }
}
