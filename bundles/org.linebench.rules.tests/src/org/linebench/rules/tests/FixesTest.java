package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Fix;
import org.linebench.rules.api.Severity;

/**
 * Rules API 1.2: a rule proposes its fixes as it reports, from its own formula; the finding carries
 * them with its message variant, or says why there is none; a finding made the old way has none.
 */
class FixesTest {

  private static Finding on(List<Finding> all, String rule, String element, String variant) {
    return all.stream().filter(f -> f.ruleId().equals(rule) && f.element().endsWith("." + element) && f.variant().equals(variant))
        .findFirst().orElseThrow(() -> new AssertionError(rule + " " + element + " " + variant + " in " + all));
  }

  private static List<String> fixes(Finding f) {
    return f.fixes().stream().map(Fix::changes).map(Object::toString).toList();
  }

  @Test
  void theBodyShopsFindingsCarryTheirFixes() throws Exception {
    List<Finding> cn = Fixtures.run(Fixtures.pack("cn"), Fixtures.plants("bodyshop-noncompliant"), Fixtures.EN);
    // LC20: S = 1600·(0.32 + 0.015) + 8·(30 − 14) = 664 mm; the present 400 mm is enough with
    // 2000·T + 128 <= 400, T <= 136 ms, so a stopping time of 121 ms (see DeviceDistanceTest)
    Finding lc20 = on(cn, "cn.gb-t19876.light-curtain-distance", "LC20", "");
    assertEquals(List.of("[distance 664 mm]", "[stopping-time 121 ms]"), fixes(lc20));
    assertEquals("ChangchunBad.BodyInWhite.OP20", lc20.fixes().get(1).changes().get(0).element().qualifiedName());
    // door D40: S = 1600·0.22 + 850 = 1202 mm, or guard locking
    assertEquals(List.of("[distance 1202 mm]", "[+locking]"), fixes(on(cn, "cn.gb-t19876.interlocking-guard-distance", "D40", "")));
    // the emergency stop of category 2: each allowed category
    assertEquals(List.of("[category 0]", "[category 1]"), fixes(on(cn, "cn.gb-t5226-1.emergency-stop-category", "ES1", "")));
    // ES1 (category 2) lists Z20 already: its category is the fix; Z30 it does not list: category and covers
    assertEquals(List.of("[category 0]"), fixes(on(cn, "cn.gb-t16754.emergency-stop-coverage", "Z20", "")));
    assertEquals(List.of("[category 0, +covers OP30.Z30]"), fixes(on(cn, "cn.gb-t16754.emergency-stop-coverage", "Z30", "")));
    // SF22 claims PLb without a category: category B allows PLb
    assertEquals(List.of("[category B]"), fixes(on(cn, "cn.gb-t16855-1.category-pl", "SF22", "noCategory")));
    // the door D20 of OP20 has no response time: the distance cannot be computed, and the finding says so
    Finding d20 = on(cn, "cn.gb-t19876.interlocking-guard-distance", "D20", "incomplete");
    assertTrue(d20.fixes().isEmpty());
    assertEquals("the distance cannot be computed until the missing values are declared: declare them first", d20.noFix());
    List<Finding> zh = Fixtures.run(Fixtures.pack("cn"), Fixtures.plants("bodyshop-noncompliant"), Fixtures.ZH);
    assertEquals("缺少的数值声明之前无法计算安全距离：请先声明它们",
        on(zh, "cn.gb-t19876.interlocking-guard-distance", "D20", "incomplete").noFix());
  }

  @Test
  void aFindingMadeTheOldWayHasNoFix() {
    Finding old = new Finding("x.y", "x", Severity.ERROR, "", Path.of("a.line"), 1, 1, "P.L", "m", List.of(), "", false);
    assertTrue(old.fixes().isEmpty());
    assertEquals("", old.variant());
    assertEquals("", old.noFix());
    assertEquals("x.y|P.L|", old.key());
  }
}
