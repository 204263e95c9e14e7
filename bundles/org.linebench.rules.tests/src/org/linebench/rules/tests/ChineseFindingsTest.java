package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;

/**
 * Every finding in Chinese is Chinese: on the non-compliant examples, the names of the values a
 * finding rests on are Chinese words or symbols (T, K, C, S_RO, PFHd, MTTFd ...), never English
 * words, and no word of a pack's glossary (data classes, kinds of station, categories, tables,
 * shapes, yes and no) shows in English, in messages or values.
 */
class ChineseFindingsTest {
  /** An English word: three letters or more, all lower case. */
  private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"cn, bodyshop-noncompliant", "eu, electronics-noncompliant"})
  void noEnglishWordsInChineseFindings(String pack, String example) throws Exception {
    RulePack p = Fixtures.pack(pack);
    List<Finding> zh = Fixtures.run(p, Fixtures.plants(example), Fixtures.ZH);
    List<String> english = new ArrayList<>();
    for (String key : p.texts().keys(Locale.ENGLISH)) {
      if (key.startsWith("term.")) {
        String word = p.texts().exact(key, Locale.ENGLISH);
        if (!word.equals(p.texts().exact(key, Locale.SIMPLIFIED_CHINESE)) && word.matches("[a-z][a-z -]{2,}")) {
          english.add(word);
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (Finding f : zh) {
      for (Evidence e : f.evidence()) {
        if (WORD.matcher(e.name()).find()) {
          problems.add(f.ruleId() + ": evidence name " + e.name());
        }
        if (english.contains(e.value())) {
          problems.add(f.ruleId() + ": evidence value " + e.value());
        }
      }
      for (String word : english) {
        if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(word) + "(?![A-Za-z])").matcher(f.message()).find()) {
          problems.add(f.ruleId() + ": '" + word + "' in " + f.message());
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
