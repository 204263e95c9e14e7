package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.linebench.rules.PackTexts;
import org.linebench.rules.api.Finding;

/**
 * Findings in the language asked for, along the resource-bundle chain: the EU pack adds German for
 * some of its rules (rules/messages_de.properties) without any change to the engine; what it does not
 * translate, and the engine's own words (the citation), come in English. The JVM's default language
 * never leaks in.
 */
class LanguagesTest {
  static final String CURTAIN = "eu.en-iso13855.light-curtain-distance";
  static final String STOP = "eu.en60204-1.emergency-stop-category";
  static final String REACH = "eu.en-iso13857.reach-over-guard";

  static Finding finding(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + ": " + findings));
  }

  @Test
  void aPackAddsGermanAndWhatItDoesNotTranslateIsEnglish() throws Exception {
    List<Finding> de = Fixtures.run(Fixtures.pack("eu"), Fixtures.plants("electronics-noncompliant"), Locale.GERMANY);
    assertEquals("Lichtvorhang SLC \u201cWorkspace curtain\u201d ist 150 mm vor der Gefahrstelle montiert; EN ISO 13855:2010 verlangt"
        + " mindestens 280 mm (S = K\u00b7T + C)", finding(de, CURTAIN).message(), "de_DE falls back to de");
    assertEquals("Not-Halt ES2 \u201cPress stop\u201d hat die Stoppkategorie 2; ein Not-Halt muss der Kategorie 0 oder 1 angehören",
        finding(de, STOP).message());
    assertEquals("guard PRG: height 1000 mm needs a horizontal distance of at least 1500 mm to the hazard (EN ISO 13857:2019 Table 2),"
        + " but it is 300 mm", finding(de, REACH).message(), "not translated: English");
    assertEquals("EN ISO 13855:2010, clause 6.2", finding(de, CURTAIN).citation(), "the engine has no German: English");
    List<Finding> en = Fixtures.run(Fixtures.pack("eu"), Fixtures.plants("electronics-noncompliant"), Fixtures.EN);
    assertEquals(en.stream().map(Finding::ruleId).toList(), de.stream().map(Finding::ruleId).toList(), "the same findings");
  }

  @Test
  void thePackKnowsItsLanguages() {
    PackTexts texts = Fixtures.pack("eu").texts();
    assertEquals(List.of(Locale.ROOT, Locale.GERMAN, Locale.CHINESE), texts.languages());
    assertTrue(texts.keys(Locale.GERMAN).contains(CURTAIN + ".title"));
    assertNull(texts.exact(REACH + ".title", Locale.GERMAN), "no fallback when asked for exactly one language");
    assertEquals("Lichtvorhang im Mindestabstand montiert", Fixtures.pack("eu").rules().stream().filter(r -> r.id().equals(CURTAIN))
        .findFirst().orElseThrow().title(Locale.GERMAN));
  }

  @Test
  void theDefaultLanguageOfTheJvmDoesNotLeakIn() throws Exception {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      List<Finding> en = Fixtures.run(Fixtures.pack("eu"), Fixtures.plants("electronics-noncompliant"), Locale.ENGLISH);
      assertTrue(finding(en, CURTAIN).message().startsWith("light curtain SLC"), finding(en, CURTAIN).message());
      List<Finding> fr = Fixtures.run(Fixtures.pack("eu"), Fixtures.plants("electronics-noncompliant"), Locale.FRENCH);
      assertTrue(finding(fr, CURTAIN).message().startsWith("light curtain SLC"), "a language without texts: English");
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      List<Finding> zh = Fixtures.run(Fixtures.pack("eu"), Fixtures.plants("electronics-noncompliant"), Locale.ENGLISH);
      assertEquals("EN ISO 13855:2010, clause 6.2", finding(zh, CURTAIN).citation());
    } finally {
      Locale.setDefault(before);
    }
  }
}
