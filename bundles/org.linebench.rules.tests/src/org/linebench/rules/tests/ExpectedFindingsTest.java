package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code linebench validate} prints on the non-compliant examples for LineBench's own packs, in English
 * and Chinese, line for line: the ids, files, lines, messages, citations and evidence of every
 * finding on the non-compliant examples (and in JSON the columns, elements and rule catalogue too). The expected texts are in {@code expected/}; a
 * deliberate change of a rule or its texts updates them.
 */
class ExpectedFindingsTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({"en, cn, text", "zh, cn, text", "en, eu, text", "zh, eu, text", "en, cn, json", "en, eu, json"})
  void theNonCompliantExamplesGiveTheExpectedFindings(String lang, String pack, String format) throws Exception {
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Locale.forLanguageTag(lang), "examples/bodyshop-noncompliant",
        "examples/electronics-noncompliant", "--rules", pack, "--format", format);
    String name = lang + "-" + pack + (format.equals("json") ? ".json" : ".txt");
    String expected = Files.readString(Fixtures.root().resolve("bundles/org.linebench.rules.tests/expected/" + name), StandardCharsets.UTF_8);
    assertEquals(expected, r.out(), name);
  }
}
