package org.linebench.assist.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.llm.ask.AskIndex;
import org.linebench.assist.llm.ask.Hit;
import org.linebench.assist.llm.ask.Hits;

/** Questions in English and Chinese over the repo's non-compliant examples: the right elements, findings and clauses, at their lines. */
class AskIndexTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @TempDir
  static Path dir;
  static Path body;
  static Path electronics;

  @BeforeAll
  static void copy() throws Exception {
    body = AskFixture.copy("bodyshop-noncompliant", dir.resolve("a"));
    electronics = AskFixture.copy("electronics-noncompliant", dir.resolve("b"));
  }

  @Test
  void stationsWithoutChineseWarningInEnglish() throws Exception {
    stationsWithoutChineseWarning(Locale.ENGLISH, "which stations have no Chinese warning?");
  }

  @Test
  void stationsWithoutChineseWarningInChinese() throws Exception {
    stationsWithoutChineseWarning(ZH, "哪些工位没有中文警告？");
  }

  private static void stationsWithoutChineseWarning(Locale locale, String question) throws Exception {
    AskIndex index = AskFixture.index(body, locale, "cn");
    List<Hit> hits = index.search(question, 10);
    List<String> elements = hits.stream().filter(h -> h.kind() == Hit.Kind.ELEMENT).map(h -> h.element() + "@" + Hits.where(h, body)).toList();
    // OP10, OP30 and OP40 carry no warning in Chinese (OP30 one in English); OP20 and HP10 do
    assertEquals(Set.of("ChangchunBad.BodyInWhite.OP10@bodyshop-bad.line:21", "ChangchunBad.BodyInWhite.OP30@bodyshop-bad.line:48",
        "ChangchunBad.BodyInWhite.OP40@bodyshop-bad.line:58"), Set.copyOf(elements.subList(0, 3)), elements.toString());
    assertTrue(elements.indexOf("ChangchunBad.BodyInWhite.OP20@bodyshop-bad.line:25") > 2, elements.toString());
    // the findings of the Product Quality Law's warning rule on OP30 and OP40 are among the hits, with their article
    Set<String> findings = hits.stream().filter(h -> h.kind() == Hit.Kind.FINDING).map(h -> h.ruleId() + "@" + Hits.where(h, body))
        .collect(Collectors.toSet());
    assertTrue(findings.containsAll(Set.of("cn.pql.chinese-warnings@bodyshop-bad.line:48", "cn.pql.chinese-warnings@bodyshop-bad.line:58")),
        findings.toString());
    Hit op30 = hits.stream().filter(h -> h.kind() == Hit.Kind.FINDING && h.line() == 48).findFirst().orElseThrow();
    assertEquals(locale == ZH ? "《中华人民共和国产品质量法》（2018 修正） 第 27 条" : "Product Quality Law of the PRC (2018), Art. 27", op30.citation());
    assertEquals("ChangchunBad.BodyInWhite.OP30", op30.element());
  }

  @Test
  void lightCurtainTooCloseInChineseBodyShop() throws Exception {
    for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
      AskIndex index = AskFixture.index(body, locale, "cn");
      List<Hit> hits = index.search("哪些工位的光幕距离不够？", 10);
      Hit first = hits.get(0);
      assertEquals(Hit.Kind.ELEMENT, first.kind(), hits.toString());
      assertEquals("ChangchunBad.BodyInWhite.OP20.LC20", first.element());
      assertEquals("bodyshop-bad.line:35", Hits.where(first, body));
      assertEquals("light-curtain LC20 \"上件光幕\" protects Z20 detection 30 mm response 15 ms distance 400 mm", first.text());
      assertEquals(locale == ZH ? "光幕 LC20 \"上件光幕\"" : "light curtain LC20 \"上件光幕\"", first.title());
      Hit finding = hits.stream().filter(h -> h.kind() == Hit.Kind.FINDING && h.element().equals(first.element())).findFirst().orElseThrow();
      assertEquals("cn.gb-t19876.light-curtain-distance", finding.ruleId());
      assertEquals(35, finding.line());
      assertEquals(locale == ZH ? "光幕 LC20 “上件光幕” 距危险区 400 mm；GB/T 19876-2012 要求至少 664 mm（S = K·T + C）"
          : "light curtain LC20 “上件光幕” is mounted 400 mm from the hazard; GB/T 19876-2012 requires at least 664 mm (S = K·T + C)", finding.text());
      assertTrue(hits.indexOf(finding) < 5, hits.toString());
      Hit rule = hits.stream().filter(h -> h.kind() == Hit.Kind.RULE).findFirst().orElseThrow();
      assertEquals("cn.gb-t19876.light-curtain-distance", rule.ruleId());
    }
  }

  @Test
  void lightCurtainTooCloseElectronics() throws Exception {
    for (String question : List.of("哪些工位的光幕距离不够？", "which light curtains are too close to the hazard?")) {
      AskIndex index = AskFixture.index(electronics, Locale.ENGLISH, "eu");
      List<Hit> hits = index.search(question, 10);
      Hit element = hits.stream().filter(h -> h.kind() == Hit.Kind.ELEMENT).findFirst().orElseThrow();
      assertEquals("DresdenBad.ControlUnits.Screwing.SLC@smt-bad.line:25", element.element() + "@" + Hits.where(element, electronics), question);
      Hit finding = hits.stream().filter(h -> h.kind() == Hit.Kind.FINDING).findFirst().orElseThrow();
      assertEquals("eu.en-iso13855.light-curtain-distance@smt-bad.line:25", finding.ruleId() + "@" + Hits.where(finding, electronics), question);
      assertEquals("light curtain SLC “Workspace curtain” is mounted 150 mm from the hazard; EN ISO 13855:2010 requires at least 280 mm (S = K·T + C)",
          finding.text());
      assertEquals("EN ISO 13855:2010, clause 6.2, 6.5", finding.citation());
    }
  }

  @Test
  void nothingMatchesNonsense() throws Exception {
    AskIndex index = AskFixture.index(electronics, Locale.ENGLISH, "eu");
    assertEquals(List.of(), index.search("xylophone quux", 10));
    assertEquals(List.of(), index.search("   ", 10));
  }
}
