package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.ExitCode;
import org.linebench.rules.report.Sections;

/**
 * The two section contributions of this bundle's plugin.xml that cannot be made (a class that does not
 * exist, a class that is no section contributor): the technical file is still written, its open items
 * name each missing section by bundle and class, and validate warns on standard error, in English and
 * in Chinese.
 */
class MissingSectionTest {
  static final String BUNDLE = "org.linebench.rules.tests";
  static final String NO_CLASS = "org.linebench.rules.tests.NoSuchSection";
  static final String WRONG_TYPE = "org.linebench.rules.tests.TestRules$EveryStation";

  static final String NOTE_NO_CLASS_EN = "Section missing: the section contributed by " + BUNDLE + " (class " + NO_CLASS
      + ") is not in this document, because the class cannot be created.";
  static final String NOTE_WRONG_TYPE_EN = "Section missing: the section contributed by " + BUNDLE + " (class " + WRONG_TYPE
      + ") is not in this document, because the class does not implement org.linebench.rules.report.SectionContributor.";
  static final String NOTE_NO_CLASS_ZH = "缺少章节：" + BUNDLE + " 提供的章节（类 " + NO_CLASS + "）不在本文件中，原因是该类无法创建。";
  static final String NOTE_WRONG_TYPE_ZH = "缺少章节：" + BUNDLE + " 提供的章节（类 " + WRONG_TYPE
      + "）不在本文件中，原因是该类未实现 org.linebench.rules.report.SectionContributor。";

  /** The open items of an HTML report: from their heading to the next section's. */
  static String openItems(String html) {
    int from = html.indexOf("<h2 id=\"open\">");
    assertTrue(from >= 0, html);
    int to = html.indexOf("<h2", from + 1);
    return html.substring(from, to < 0 ? html.length() : to);
  }

  @Test
  void bothContributionsAreLeftOutByBundleAndClassAndWhy() {
    assertEquals(Set.of(new Sections.LeftOut(BUNDLE, NO_CLASS, false), new Sections.LeftOut(BUNDLE, WRONG_TYPE, true)),
        Set.copyOf(Sections.leftOut()));
  }

  @Test
  void theHtmlReportNamesTheMissingSectionsInItsOpenItemsAndValidateWarns() throws Exception {
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "html");
    assertEquals(ExitCode.FINDINGS, r.code(), r.err());
    String open = openItems(r.out());
    assertTrue(open.contains("<table>"), "the findings still come first: " + open);
    assertTrue(open.indexOf("<p><b>" + NOTE_NO_CLASS_EN + "</b></p>") > open.indexOf("</table>"), open);
    assertTrue(open.contains("<p><b>" + NOTE_WRONG_TYPE_EN + "</b></p>"), open);
    assertTrue(r.out().endsWith("</html>\n"), "the whole report is written");
    assertTrue(r.err().contains("warning: the technical file is written without the section contributed by " + BUNDLE + " (class " + NO_CLASS
        + "), because the class cannot be created; its open items say so\n"), r.err());
    assertTrue(r.err().contains("(class " + WRONG_TYPE + "), because the class does not implement org.linebench.rules.report.SectionContributor;"), r.err());
  }

  @Test
  void aCleanLineHasTheMissingSectionsAsItsOnlyOpenItemsInChinese() throws Exception {
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.ZH, "examples/bodyshop", "--rules", "cn", "--format", "html");
    String open = openItems(r.out());
    assertFalse(open.contains("<table>"), open);
    assertFalse(open.contains("无待办事项"), "not 'no open items' while a section is missing: " + open);
    assertTrue(open.contains("<p><b>" + NOTE_NO_CLASS_ZH + "</b></p>"), open);
    assertTrue(open.contains("<p><b>" + NOTE_WRONG_TYPE_ZH + "</b></p>"), open);
    assertTrue(r.err().contains("警告：技术文件已生成，但缺少 " + BUNDLE + " 提供的章节（类 " + NO_CLASS + "），原因是该类无法创建；待办事项中已注明\n"), r.err());
    assertTrue(r.err().contains("（类 " + WRONG_TYPE + "），原因是该类未实现 org.linebench.rules.report.SectionContributor；"), r.err());
  }

  @Test
  void theBilingualFileCarriesEachNoteInBothLanguagesAndIsWrittenWhole(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("file.html");
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.ZH, "examples/bodyshop", "--rules", "cn", "--format", "html", "--bilingual",
        "--output", out.toString());
    assertEquals("", r.out());
    String open = openItems(Files.readString(out, StandardCharsets.UTF_8));
    assertTrue(open.contains("<p><b>" + NOTE_NO_CLASS_ZH + "<br/>" + NOTE_NO_CLASS_EN + "</b></p>"), open);
    assertTrue(open.contains("<p><b>" + NOTE_WRONG_TYPE_ZH + "<br/>" + NOTE_WRONG_TYPE_EN + "</b></p>"), open);
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(out), s.toList(), "no temporary file is left");
    }
  }

  @Test
  void aFormatWithoutTheDocumentsSectionsDoesNotWarn() throws Exception {
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop", "--rules", "cn", "--format", "json");
    assertFalse(r.err().contains(NO_CLASS), r.err());
  }
}
