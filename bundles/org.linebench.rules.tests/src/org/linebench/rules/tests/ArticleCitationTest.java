package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.linebench.rules.RuleDescriptor;

/**
 * Rules resting on a law or regulation cite its article as data ({@code "article": "25(2)"}), not as a
 * clause: "Art. 25(2)" in English, "第 25(2) 条" in Chinese; the standards keep citing clauses.
 */
class ArticleCitationTest {

  static RuleDescriptor rule(String pack, String id) {
    return Fixtures.pack(pack).rules().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theMachineryRegulationAndTheAiActCiteTheirArticles() {
    RuleDescriptor mr = rule("eu", "eu.mr2023-1230.ml-safety-component-assessment");
    assertEquals("25(2)", mr.article());
    assertEquals("", mr.clause());
    assertEquals("Machinery Regulation (EU) 2023/1230, Annex I part A point 5 (applies from 2027-01-20), Art. 25(2)",
        mr.citation(Fixtures.EN));
    assertEquals("欧盟机械法规 (EU) 2023/1230 附件 I A 部分第 5 项（2027-01-20 起适用） 第 25(2) 条", mr.citation(Fixtures.ZH));
    RuleDescriptor ai = rule("eu", "eu.ai-act.high-risk-obligations");
    assertEquals("AI Act (EU) 2024/1689 (high-risk obligations apply from 2027-08-02), Art. 6(1), 9-15", ai.citation(Fixtures.EN));
    assertEquals("欧盟人工智能法 (EU) 2024/1689（高风险义务 2027-08-02 起适用） 第 6(1), 9-15 条", ai.citation(Fixtures.ZH));
  }

  @Test
  void chineseLawsCiteArticlesNotClauses() {
    RuleDescriptor pql = rule("cn", "cn.pql.chinese-product-information");
    assertEquals("27", pql.article());
    assertEquals("Product Quality Law of the PRC (2018), Art. 27", pql.citation(Fixtures.EN));
    assertEquals("《中华人民共和国产品质量法》（2018 修正） 第 27 条", pql.citation(Fixtures.ZH));
    assertEquals("Personal Information Protection Law of the PRC (2021), Art. 38",
        rule("cn", "cn.data-security.personal-information-export").citation(Fixtures.EN));
  }

  /** An edition's data may cite an article where the default cites a clause: each edition cites its own. */
  @Test
  void anEditionCitesItsOwnArticle() {
    RuleDescriptor d = rule("zz-test", "zz-test.every-station");
    assertEquals("TEST 1-2026, clause 1", d.citation(Fixtures.EN));
    RuleDescriptor other = d.inEdition("2027");
    assertEquals("9(2)", other.article());
    assertEquals("TEST 1-2027, Art. 9(2)", other.citation(Fixtures.EN));
    assertEquals("TEST 1-2027 第 9(2) 条", other.citation(Fixtures.ZH));
  }

  @Test
  void standardsStillCiteClausesAndARuleWithNeitherCitesItsDesignation() {
    RuleDescriptor plr = rule("eu", "eu.en-iso13849-1.required-performance-level");
    assertEquals("", plr.article());
    assertEquals("EN ISO 13849-1:2023, clause 5.3", plr.citation(Fixtures.EN));
    assertEquals("EN ISO 13849-1:2023 第 5.3 条", plr.citation(Fixtures.ZH));
    RuleDescriptor ccc = rule("cn", "cn.ccc.compulsory-certification");
    assertEquals("CCC compulsory product certification catalogue (SAMR, 2023)", ccc.citation(Fixtures.EN));
  }
}
