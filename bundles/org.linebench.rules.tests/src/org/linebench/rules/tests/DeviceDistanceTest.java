package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.linebench.rules.checks.BeamDeviceDistance;
import org.linebench.rules.checks.InterlockingGuardDistance;
import org.linebench.rules.checks.LightCurtainDistance;
import org.linebench.rules.checks.PressureMatDistance;
import org.linebench.rules.checks.TwoHandControlDistance;

/**
 * Every protective device of ISO 13855 / GB/T 19876 with the thresholds the China pack loads,
 * against values worked out by hand from the standard's formulas (S = K·T + C), and the boundary of
 * each rule on both sides: mounted at S passes, 1 mm closer fails.
 */
class DeviceDistanceTest {

  private static <T> T rule(String id) {
    return Fixtures.rule("cn", id);
  }

  @Test
  void lightCurtainsFrom40To70MmAndReachingOver() {
    LightCurtainDistance r = rule("cn.gb-t19876.light-curtain-distance");
    // d = 40: C = 8(40 - 14) = 208; T = 0.08 + 0.02 = 0.1 s: 2000·0.1 + 208 = 408 <= 500, K = 2000 stands
    assertEquals(408.0, r.minimumDistance(80, 20, 40).s(), 1e-9);
    assertEquals(2000.0, r.minimumDistance(80, 20, 40).k());
    // d = 40.5 > 40: S = 1600·0.1 + 850 = 1010 mm; the same up to 70 mm
    assertEquals(1010.0, r.minimumDistance(80, 20, 40.5).s(), 1e-9);
    assertEquals(1010.0, r.minimumDistance(80, 20, 70).s(), 1e-9);
    // reach over, T = 0.32 + 0.015 = 0.335 s, hazard at a = 1400 mm:
    // b = 1800 mm: C_RO = 0; 2000·0.335 = 670 > 500, so 1600·0.335 = 536 mm
    assertEquals(536.0, r.reachOverDistance(320, 15, 1400, 1800).s(), 1e-9);
    // b = 1799 mm reads the 1600 column: C_RO = 650; 1600·0.335 + 650 = 1186 mm
    assertEquals(650.0, r.reachOverDistance(320, 15, 1400, 1799).c(), 1e-9);
    assertEquals(1186.0, r.reachOverDistance(320, 15, 1400, 1799).s(), 1e-9);
    // a = 1500 lies between the rows 1600 (750) and 1400 (650): the larger, 750
    assertEquals(750.0, r.reachOverDistance(320, 15, 1500, 1600).c(), 1e-9);
    // b = 1200, a = 1400: 1000 mm; 1600·0.335 + 1000 = 1536 mm (the non-compliant body shop)
    assertEquals(1536.0, r.reachOverDistance(320, 15, 1400, 1200).s(), 1e-9);
    // below the first column (900 mm) the table has no value: reaching over is not prevented
    assertNull(r.reachOverDistance(320, 15, 1400, 899));
    assertEquals(0.0, r.reachOverDistance(320, 15, 2600, 900).c(), 1e-9);
  }

  @Test
  void multiBeamAndSingleBeamDevices() {
    BeamDeviceDistance r = rule("cn.gb-t19876.beam-device-distance");
    // T = 0.08 + 0.01 = 0.09 s: multi-beam 1600·0.09 + 850 = 994 mm, single beam + 1200 = 1344 mm
    assertEquals(994.0, r.minimumDistance(80, 10, 4), 1e-9);
    assertEquals(994.0, r.minimumDistance(80, 10, 2), 1e-9);
    assertEquals(1344.0, r.minimumDistance(80, 10, 1), 1e-9);
    assertTrue(r.prescribed(List.of(300.0, 600.0, 900.0, 1200.0)));
    assertFalse(r.prescribed(List.of(300.0, 600.0, 900.0, 1201.0)));
    assertTrue(r.prescribed(List.of(300.0, 700.0, 1100.0)));
    assertFalse(r.prescribed(List.of(300.0, 600.0, 900.0)), "3 beams go at 300, 700, 1100 mm");
    assertTrue(r.prescribed(List.of(400.0, 900.0)));
    assertFalse(r.prescribed(List.of(400.0, 899.0)));
    assertTrue(r.prescribed(List.of(750.0)));
  }

  @Test
  void matsTwoHandControlsAndDoorsWithoutLocking() {
    PressureMatDistance mat = rule("cn.gb-t19876.pressure-mat-distance");
    // T = 0.08 + 0.03 = 0.11 s: 1600·0.11 + 1200 = 1376 mm; on a 200 mm step 0.4·200 = 80 less: 1296 mm
    assertEquals(1376.0, mat.minimumDistance(80, 30, 0), 1e-9);
    assertEquals(1296.0, mat.minimumDistance(80, 30, 200), 1e-9);
    TwoHandControlDistance thc = rule("cn.gb-t19876.two-hand-control-distance");
    // T = 0.1 s: 1600·0.1 + 250 = 410 mm; shielded, C = 0: 160 mm
    assertEquals(410.0, thc.minimumDistance(80, 20, false), 1e-9);
    assertEquals(160.0, thc.minimumDistance(80, 20, true), 1e-9);
    InterlockingGuardDistance door = rule("cn.gb-t19876.interlocking-guard-distance");
    // the reach through the gap (GB/T 23821 Table 4, slots): 8 mm → 20, 8.1 mm → 80, 120 mm → 850; not declared: an arm, 850
    assertEquals(20.0, door.reach(8), 1e-9);
    assertEquals(80.0, door.reach(8.1), 1e-9);
    assertEquals(850.0, door.reach(120), 1e-9);
    assertEquals(850.0, door.reach(121), 1e-9);
    assertEquals(850.0, door.reach(Double.NaN), 1e-9);
    // T = 0.08 + 0.02 = 0.1 s, gap 10 mm: 160 + 80 = 240 mm
    assertEquals(240.0, door.minimumDistance(80, 20, 10), 1e-9);
  }

  static List<Finding> findings(Path dir, String devices) throws Exception {
    String text = "plant P \"工厂\" {\n\tcountry CN\n\n\tline L {\n\t\ttakt 60 s\n\t\tsource In\n"
        + "\t\tstation S \"压装\" assembly {\n\t\t\tcycle-time 50 s\n\t\t\tstopping-time 80 ms\n\t\t\tzone Z height 1400 mm\n"
        + devices + "\t\t}\n\t\tsink Out\n\t\tflow In -> S\n\t\tflow S -> Out\n\t}\n}\n";
    Path f = dir.resolve("p.line");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(f));
    assertEquals(0, r.errorCount(), () -> r.issues().toString());
    return Fixtures.run(Fixtures.pack("cn"), PlantModel.of(r.files().values()), Fixtures.EN).stream()
        .filter(x -> x.ruleId().startsWith("cn.gb-t19876.")).toList();
  }

  @Test
  void mountedAtSPassesOneMillimetreCloserFails(@TempDir Path dir) throws Exception {
    List<Finding> found = findings(dir, ""
        // two-hand control: S = 410 mm (T = 0.1 s)
        + "\t\t\ttwo-hand-control T1 protects Z response 20 ms distance 410 mm\n"
        + "\t\t\ttwo-hand-control T2 protects Z response 20 ms distance 409 mm\n"
        // mat: S = 1376 mm (T = 0.11 s)
        + "\t\t\tpressure-mat M1 protects Z response 30 ms distance 1376 mm\n"
        + "\t\t\tpressure-mat M2 protects Z response 30 ms distance 1375 mm\n"
        // four beams: S = 994 mm (T = 0.09 s)
        + "\t\t\tlight-curtain B1 protects Z beams 300 mm, 600 mm, 900 mm, 1200 mm response 10 ms distance 994 mm\n"
        + "\t\t\tlight-curtain B2 protects Z beams 300 mm, 600 mm, 900 mm, 1200 mm response 10 ms distance 993 mm\n"
        // door without locking, gap 10 mm: S = 240 mm (T = 0.1 s); with locking it is not this rule's business
        + "\t\t\tinterlocked-door D1 protects Z response 20 ms distance 240 mm opening 10 mm\n"
        + "\t\t\tinterlocked-door D2 protects Z response 20 ms distance 239 mm opening 10 mm\n"
        + "\t\t\tinterlocked-door D3 protects Z locking\n"
        // curtain d = 30 mm reaching over a hazard at 1400 mm, top 1799 mm: S_RT = 2000·0.1 + 128 = 328, S_RO = 1600·0.1 + 650 = 810
        + "\t\t\tlight-curtain C1 protects Z detection 30 mm response 20 ms distance 810 mm top 1799 mm\n"
        + "\t\t\tlight-curtain C2 protects Z detection 30 mm response 20 ms distance 809 mm top 1799 mm\n"
        // d = 70 mm: 1600·0.1 + 850 = 1010 mm; d = 71 mm is a beam device
        + "\t\t\tlight-curtain C3 protects Z detection 70 mm response 20 ms distance 1010 mm\n"
        + "\t\t\tlight-curtain C4 protects Z detection 71 mm response 20 ms distance 5000 mm\n");
    assertEquals(List.of("T2", "M2", "B2", "D2", "C2", "C4"), found.stream().map(f -> f.element().substring(f.element().lastIndexOf('.') + 1)).toList(),
        found.toString());
    assertEquals("two-hand control T2 is 409 mm from the hazard; GB/T 19876-2012 requires at least 410 mm (S = K·T + C)", found.get(0).message());
    assertEquals("light curtain C2 is mounted 809 mm from the hazard; GB/T 19876-2012 requires at least 810 mm (S = K·T + C)",
        found.get(4).message());
    assertEquals("stopping time = 80 ms, response time = 20 ms, control response time = 0 ms, d = 30 mm, distance = 809 mm, a = 1400 mm, "
        + "b = 1799 mm, table = GB/T 19876-2012 Table 1 (reaching over), T = 100 ms, C = 128 mm, S_RT = 328 mm, C_RO = 650 mm, "
        + "S_RO = 810 mm, S = 810 mm", String.join(", ", found.get(4).evidence().stream().map(Object::toString).toList()));
    assertEquals("light curtain C4 detects objects of 71 mm, more than 70 mm: declare its beams (beams ...) to check it as a multi-beam device",
        found.get(5).message());
  }
}
