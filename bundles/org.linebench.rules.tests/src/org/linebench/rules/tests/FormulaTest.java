package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linebench.rules.RulePack;
import org.linebench.rules.checks.LightCurtainDistance;
import org.linebench.rules.checks.PerformanceLevelFromPfhd;
import org.linebench.rules.checks.ReachOverGuard;
import org.linebench.rules.checks.ReachThroughOpening;
import org.linebench.rules.checks.RequiredPerformanceLevel;

/**
 * The formulas and tables with the thresholds the China pack loads from its data file, against
 * values computed by hand.
 */
class FormulaTest {

  @SuppressWarnings("unchecked")
  private static <T> T rule(String id) {
    RulePack cn = Fixtures.pack("cn");
    return (T) cn.rules().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().rule();
  }

  @Test
  void safetyDistanceOfLightCurtains() {
    LightCurtainDistance r = rule("cn.gb-t19876.light-curtain-distance");
    // bodyshop OP20: T = 320 + 15 ms = 0.335 s, C = 8(30 - 14) = 128 mm;
    // K = 2000: 670 + 128 = 798 > 500, so K = 1600: 536 + 128 = 664 mm
    LightCurtainDistance.Result s = r.minimumDistance(320, 15, 30);
    assertEquals(664.0, s.s(), 1e-9);
    assertEquals(1600.0, s.k());
    assertEquals(128.0, s.c(), 1e-9);
    assertEquals(0.335, s.t(), 1e-12);
    // T = 0.12 s, d = 14: C = 0, S = 2000 * 0.12 = 240 mm (at most 500: K = 2000 stands)
    assertEquals(240.0, r.minimumDistance(100, 20, 14).s(), 1e-9);
    assertEquals(2000.0, r.minimumDistance(100, 20, 14).k());
    // T = 0.04 s: 80 mm is below the 100 mm minimum
    assertEquals(100.0, r.minimumDistance(30, 10, 14).s(), 1e-9);
    // T = 0.22 s, d = 30: 440 + 128 = 568 > 500; 352 + 128 = 480 < 500, so 500 mm
    assertEquals(500.0, r.minimumDistance(200, 20, 30).s(), 1e-9);
    // d = 50 > 40: S = 1600 * 0.3 + 850 = 1330 mm
    assertEquals(1330.0, r.minimumDistance(280, 20, 50).s(), 1e-9);
  }

  @Test
  void requiredPerformanceLevelFromTheRiskGraph() {
    RequiredPerformanceLevel r = rule("cn.gb-t16855-1.required-performance-level");
    assertEquals(0, r.required("S1F1P1"));
    assertEquals(2, r.required("S1F2P2"));
    assertEquals(2, r.required("S2F1P1"));
    assertEquals(3, r.required("S2F1P2"));
    assertEquals(4, r.required("S2F2P2"));
  }

  @Test
  void performanceLevelFromPfhd() {
    PerformanceLevelFromPfhd r = rule("cn.gb-t16855-1.pl-from-pfhd");
    assertEquals(4, r.level(4.2e-8), "e: [1e-8, 1e-7)");
    assertEquals(3, r.level(1e-7), "d starts at 1e-7");
    assertEquals(3, r.level(5e-7));
    assertEquals(2, r.level(2e-6));
    assertEquals(1, r.level(5e-6));
    assertEquals(0, r.level(5e-5));
    assertEquals(-1, r.level(1e-4), "1e-4 and above: no PL");
    assertEquals(4, r.level(1e-9), "better than the best band is still e");
  }

  @Test
  void reachOverProtectiveStructures() {
    ReachOverGuard r = rule("cn.gb-t23821.reach-over-guard");
    assertEquals(1100.0, r.requiredDistance(1400));
    assertEquals(1100.0, r.requiredDistance(1500), "between columns the lower one counts");
    assertEquals(600.0, r.requiredDistance(2000));
    assertEquals(800.0, r.requiredDistance(1800));
    assertEquals(400.0, r.requiredDistance(2200));
    assertEquals(1500.0, r.requiredDistance(1000));
    assertEquals(0.0, r.requiredDistance(2700));
    assertTrue(Double.isNaN(r.requiredDistance(900)), "below 1000 mm no distance is enough");
  }

  @Test
  void reachThroughOpenings() {
    ReachThroughOpening r = rule("cn.gb-t23821.reach-through-opening");
    assertEquals(850.0, r.requiredDistance(40), "slot of 40 mm: arm to the shoulder");
    assertEquals(850.0, r.requiredDistance(30));
    assertEquals(120.0, r.requiredDistance(20));
    assertEquals(20.0, r.requiredDistance(8));
    assertEquals(2.0, r.requiredDistance(4));
    assertTrue(Double.isNaN(r.requiredDistance(121)));
  }
}
