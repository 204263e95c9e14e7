package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Finding;
import org.linebench.rules.checks.CategoryLimitsPerformanceLevel;
import org.linebench.rules.checks.SimplifiedPerformanceLevel;

/**
 * ISO 13849-1 / GB/T 16855.1 beyond the risk graph, with the thresholds the China pack loads: the PL a
 * category allows, and the simplified procedure (category, MTTFd band, DCavg band, CCF → PL), each
 * band edge on both sides.
 */
class PerformanceLevelTest {
  private static final int A = 0, B = 1, C = 2, D = 3, E = 4, NOT_COVERED = -1;

  private static <T> T rule(String id) {
    return Fixtures.rule("cn", id);
  }

  @Test
  void theCategoryLimitsThePl() {
    CategoryLimitsPerformanceLevel r = rule("cn.gb-t16855-1.category-pl");
    assertEquals(B, r.maxPl("B"));
    assertEquals(C, r.maxPl("1"));
    assertEquals(D, r.maxPl("2"));
    assertEquals(E, r.maxPl("3"));
    assertEquals(E, r.maxPl("4"));
    assertEquals(NOT_COVERED, r.maxPl("5"));
  }

  @Test
  void mttfdAndDcBandsStartAtTheirLowerBound() {
    SimplifiedPerformanceLevel r = rule("cn.gb-t16855-1.simplified-pl");
    // MTTFd: low 3 <= x < 10, medium 10 <= x < 30, high 30 <= x (years)
    assertNull(r.mttfdBand(2.99), "below 3 years the procedure does not apply");
    assertEquals("low", r.mttfdBand(3));
    assertEquals("low", r.mttfdBand(9.99));
    assertEquals("medium", r.mttfdBand(10));
    assertEquals("medium", r.mttfdBand(29.99));
    assertEquals("high", r.mttfdBand(30));
    assertEquals("high", r.mttfdBand(2500));
    // DCavg: none < 60 <= low < 90 <= medium < 99 <= high (%)
    assertEquals("none", r.dcBand(59.9));
    assertEquals("low", r.dcBand(60));
    assertEquals("low", r.dcBand(89.9));
    assertEquals("medium", r.dcBand(90));
    assertEquals("medium", r.dcBand(98.9));
    assertEquals("high", r.dcBand(99));
  }

  @Test
  void theSimplifiedProcedureGivesThePlOfItsTable() {
    SimplifiedPerformanceLevel r = rule("cn.gb-t16855-1.simplified-pl");
    // category B (DCavg none): low a, medium b, high not covered (that is category 1's)
    assertEquals(A, r.level("B", 9.99, 0));
    assertEquals(B, r.level("B", 10, 0));
    assertEquals(NOT_COVERED, r.level("B", 30, 0));
    // category 1: only high MTTFd, then c
    assertEquals(NOT_COVERED, r.level("1", 29.99, 0));
    assertEquals(C, r.level("1", 30, 0));
    // category 2: DCavg low a/b/c, medium b/c/d; without diagnostics not covered
    assertEquals(NOT_COVERED, r.level("2", 30, 59.9));
    assertEquals(A, r.level("2", 3, 60));
    assertEquals(C, r.level("2", 30, 60));
    assertEquals(B, r.level("2", 9.99, 90));
    assertEquals(D, r.level("2", 30, 90));
    assertEquals(D, r.level("2", 30, 99), "a better DCavg than the category's best row counts as that row");
    // category 3: DCavg low b/c/d, medium c/d/d
    assertEquals(B, r.level("3", 3, 60));
    assertEquals(C, r.level("3", 29.99, 89.9));
    assertEquals(D, r.level("3", 29.99, 90));
    assertEquals(D, r.level("3", 30, 90));
    assertEquals(D, r.level("3", 100, 99.5));
    // category 4: only high MTTFd and high DCavg, then e
    assertEquals(E, r.level("4", 30, 99));
    assertEquals(NOT_COVERED, r.level("4", 30, 98.9));
    assertEquals(NOT_COVERED, r.level("4", 29.99, 99));
    assertEquals(NOT_COVERED, r.level("3", 2.99, 95), "MTTFd below 3 years");
  }

  static List<Finding> findings(Path dir, String functions, String rule) throws Exception {
    String text = "plant P \"工厂\" {\n\tcountry CN\n\n\tline L {\n\t\ttakt 60 s\n\t\tsource In\n"
        + "\t\tstation S \"测试\" assembly {\n\t\t\tcycle-time 50 s\n" + functions + "\t\t}\n\t\tsink Out\n"
        + "\t\tflow In -> S\n\t\tflow S -> Out\n\t}\n}\n";
    Path f = dir.resolve("p.line");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(f));
    assertEquals(0, r.errorCount(), () -> r.issues().toString());
    return Fixtures.run(Fixtures.pack("cn"), PlantModel.of(r.files().values()), Fixtures.EN).stream()
        .filter(x -> x.ruleId().equals(rule)).toList();
  }

  private static String fn(String name, String what) {
    return "\t\t\tsafety-function " + name + " risk S1 F1 P1 " + what + "\n";
  }

  @Test
  void aFunctionClaimingMoreThanItsCategoryIsAnError(@TempDir Path dir) throws Exception {
    List<Finding> found = findings(dir, fn("F1", "achieved PLc category 1") + fn("F2", "achieved PLd category 1")
        + fn("F3", "achieved PLb") + fn("F4", "achieved PLe category 3"), "cn.gb-t16855-1.category-pl");
    assertEquals(List.of("safety function F2 claims PLd, but category 1 allows at most PLc",
        "safety function F3 claims PLb but declares no category (B, 1, 2, 3 or 4)"), found.stream().map(Finding::message).toList());
    assertEquals("category = 1, PL = PLd, PL max = PLc", String.join(", ", found.get(0).evidence().stream().map(Object::toString).toList()));
  }

  @Test
  void theSimplifiedProcedureFindsWhatTheParametersDoNotCarry(@TempDir Path dir) throws Exception {
    List<Finding> found = findings(dir,
        // category 3, MTTFd 29.99 years (medium), DCavg 90 % (medium): PLd; claims PLd: passes
        fn("F1", "achieved PLd category 3 mttfd 29.99 years dc-avg 90 % ccf 65")
        // the same at DCavg 89.9 % (low): PLc; claims PLd: fails
        + fn("F2", "achieved PLd category 3 mttfd 29.99 years dc-avg 89.9 % ccf 65")
        // CCF 64 points: one short of 65
        + fn("F3", "achieved PLc category 3 mttfd 30 years dc-avg 60 % ccf 64")
        // category 4 with DCavg 98.9 %: not covered
        + fn("F4", "achieved PLe category 4 mttfd 100 years dc-avg 98.9 % ccf 90")
        // category 2 without DCavg and CCF
        + fn("F5", "achieved PLc category 2 mttfd 40 years")
        // category B needs neither DCavg nor CCF: MTTFd 10 years gives PLb
        + fn("F6", "achieved PLb category B mttfd 10 years"),
        "cn.gb-t16855-1.simplified-pl");
    assertEquals(List.of(
        "safety function F2 claims PLd, but category 3 with MTTFd medium and DCavg low gives PLc (simplified procedure)",
        "safety function F3 scores 64 points against common-cause failure; category 3 needs at least 65",
        "safety function F4 (claims PLe): category 4 with MTTFd high and DCavg medium is not covered by the simplified procedure",
        "safety function F5 of category 2 declares its MTTFd but not: dc-avg, ccf"), found.stream().map(Finding::message).toList());
    assertEquals("category = 3, MTTFd = 29.99 years, MTTFd band = medium, DCavg = 89.9 %, DCavg band = low, CCF = 65 points, "
        + "PL = PLd, PL (simplified) = PLc", String.join(", ", found.get(0).evidence().stream().map(Object::toString).toList()));
  }

  @Test
  void inChineseTheBandsAndUnitsAreChinese(@TempDir Path dir) throws Exception {
    String text = fn("F2", "achieved PLd category 3 mttfd 29.99 years dc-avg 89.9 % ccf 65");
    Path f = dir.resolve("p.line");
    findings(dir, text, "cn.gb-t16855-1.simplified-pl");
    LineModels.Result r = LineModels.load(List.of(f));
    Finding zh = Fixtures.run(Fixtures.pack("cn"), PlantModel.of(r.files().values()), Fixtures.ZH).stream()
        .filter(x -> x.ruleId().equals("cn.gb-t16855-1.simplified-pl")).findFirst().orElseThrow();
    assertEquals("安全功能 F2 声明 PLd，但 3 类在 MTTFd 为中、DCavg 为低时只能达到 PLc（简化方法）", zh.message());
    assertEquals("类别 = 3, MTTFd = 29.99 年, MTTFd 等级 = 中, DCavg = 89.9 %, DCavg 等级 = 低, CCF = 65 分, PL = PLd, PL（简化方法） = PLc",
        String.join(", ", zh.evidence().stream().map(Object::toString).toList()));
    assertEquals("GB/T 16855.1-2018 第 4.5.4 条", zh.citation());
  }
}
