package org.linebench.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linebench.cli.CommandContext;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.report.pdf.PdfFormat;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;
import org.linebench.rules.cli.ValidateCommand;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.RegisterEntry;
import org.linebench.rules.report.Report;
import org.linebench.testing.Sources;

/** The technical file of the non-compliant examples, read back with PDFBox: text, fonts, bookmarks, rendering. */
class PdfFormatTest {

  @ParameterizedTest
  @CsvSource({"bodyshop-noncompliant, cn, zh", "bodyshop-noncompliant, cn, en", "electronics-noncompliant, eu, en",
      "electronics-noncompliant, eu, zh"})
  void everyFindingsRuleAndClauseIsInTheText(String example, String pack, String lang, @TempDir Path dir) throws Exception {
    Locale locale = Locale.forLanguageTag(lang);
    Path out = dir.resolve("r.pdf");
    int code = validate(locale, "examples/" + example, "--rules", pack, "--format", "pdf", "--output", out.toString());
    assertEquals(ExitCode.FINDINGS, code);
    Report report = report(locale, pack, example);
    assertTrue(report.findings().size() >= 5, "the example has findings: " + report.findings());
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      String text = squeeze(new PDFTextStripper().getText(pdf));
      for (Finding f : report.findings()) {
        assertTrue(text.contains(squeeze(f.ruleId())), f.ruleId());
        assertTrue(text.contains(squeeze(f.citation())), f.ruleId() + ": " + f.citation());
        assertTrue(text.contains(squeeze(f.message())), f.message());
      }
      assertTrue(text.contains(squeeze(lang.equals("zh") ? "技术文件" : "Technical file")), text.substring(0, 200));
      // the cover names each line file with its hash: "Line file" / "产线文件", then "SHA-256 <64 hex digits>" (the text squeezed of blanks)
      assertTrue(text.contains(lang.equals("zh") ? "产线文件" : "Linefile"), "line files on the cover");
      assertTrue(Pattern.compile("SHA-256[0-9a-f]{64}").matcher(text).find(), "data hashes on the cover");
      assertEquals(lang.equals("zh") ? "zh-CN" : "en", pdf.getDocumentCatalog().getLanguage());
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem i : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(i.getTitle());
      }
      // summaries first, then the line, its equipment and models, the risk assessment register, then the detail
      List<String> expected = new ArrayList<>(lang.equals("zh")
          ? List.of("封面", "按标准和严重程度汇总", "待办事项", "产线说明", "设备清单与 CCC 标志", "附加的模型及其模型卡", "风险评估记录", "安全功能", "发现项", "规则目录")
          : List.of("Cover", "Summary by standard and severity", "Open items", "Line description", "Equipment and CCC marks",
              "Attached models and their cards", "Risk assessment register", "Safety functions", "Findings", "Rule catalogue"));
      assertEquals(expected, bookmarks);
      assertOnlySubsetFonts(pdf);
      // the line diagrams, from their bookmark to the equipment's: vector paths and text, no image
      List<PDOutlineItem> items = new ArrayList<>();
      pdf.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
      int lines = pdf.getPages().indexOf(items.get(3).findDestinationPage(pdf)) + 1;
      int equipment = pdf.getPages().indexOf(items.get(4).findDestinationPage(pdf)) + 1;
      assertTrue(lines > 1 && equipment > lines, lines + ", " + equipment);
      for (int i = lines - 1; i < equipment - 1; i++) {
        assertFalse(pdf.getPage(i).getResources().getXObjectNames().iterator().hasNext(), "no image on the diagram page " + (i + 1));
      }
      PDFTextStripper diagrams = new PDFTextStripper();
      diagrams.setStartPage(lines);
      diagrams.setEndPage(equipment - 1);
      String shown = diagrams.getText(pdf);
      for (PlantModel p : report.models()) {
        for (var station : p.stations()) {
          assertTrue(shown.contains(station.getName()), "station " + station.getName() + " on the diagram: " + shown);
        }
      }
      // the risk assessment register: every hazard of the example with its station and zone, from its bookmark to the findings'
      assertFalse(report.register().isEmpty(), "the example has hazards");
      int register = pdf.getPages().indexOf(items.get(expected.indexOf(lang.equals("zh") ? "风险评估记录" : "Risk assessment register"))
          .findDestinationPage(pdf)) + 1;
      int findings = pdf.getPages().indexOf(items.get(expected.indexOf(lang.equals("zh") ? "发现项" : "Findings")).findDestinationPage(pdf)) + 1;
      PDFTextStripper registerPages = new PDFTextStripper();
      registerPages.setStartPage(register);
      registerPages.setEndPage(findings);
      String hazards = squeeze(registerPages.getText(pdf));
      for (RegisterEntry e : report.register()) {
        assertTrue(hazards.contains(squeeze(e.hazard())) && hazards.contains(squeeze(e.station() + " / " + e.zone())), e.hazard() + " in the register");
      }
    }
  }

  @Test
  void chineseAndSymbolsHaveGlyphsAndThePageIsNotBlank() throws Exception {
    String probe = "白车身焊装线 20 °C ≤ 664 mm · −5 %";
    Document d = new Document("技术文件", List.of(new Document.Section("s", "封面", List.of(new Document.Paragraph(probe, false)))));
    try (PDDocument pdf = Loader.loadPDF(PdfFormat.write(d, Locale.SIMPLIFIED_CHINESE))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains(probe), "every character printed as itself, no replacement: " + text);
      assertOnlySubsetFonts(pdf);
      double inked = inked(new PDFRenderer(pdf).renderImageWithDPI(0, 72));
      assertTrue(inked > 0.001, "page 1 shows the text, inked share: " + inked);
    }
  }

  @Test
  void bodyShopPagesRenderWithText(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.pdf");
    validate(Locale.SIMPLIFIED_CHINESE, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "pdf", "--output", out.toString());
    assertTrue(Files.size(out) < 300 * 1024, "size " + Files.size(out));
    Path shots = Sources.root().resolve("bundles/org.linebench.report.pdf.tests/target/pdf");
    Files.createDirectories(shots);
    Files.copy(out, shots.resolve("bodyshop-noncompliant-zh.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertTrue(pdf.getNumberOfPages() >= 4, "pages: " + pdf.getNumberOfPages());
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int page : new int[] {0, 1, 4}) {
        BufferedImage img = renderer.renderImageWithDPI(page, 72);
        javax.imageio.ImageIO.write(img, "png", shots.resolve("page" + (page + 1) + ".png").toFile());
        // a page with only its footer is inked at 0.05 %; the diagram of one line alone at about 1 %
        assertTrue(inked(img) > 0.004, "page " + (page + 1) + " shows text, inked share: " + inked(img));
      }
    }
  }

  /** The share of a page's pixels that are not near white. */
  private static double inked(BufferedImage img) {
    long n = 0;
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight(); y++) {
        n += (img.getRGB(x, y) & 0xff) < 200 ? 1 : 0;
      }
    }
    return (double) n / (img.getWidth() * img.getHeight());
  }

  @Test
  void theHtmlReportHasTheSectionsOfTheSameDocument(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    validate(Locale.ENGLISH, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "html", "--output", html.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    Report report = report(Locale.ENGLISH, "cn", "bodyshop-noncompliant");
    for (Document.Section s : Document.of(report).sections()) {
      assertTrue(page.contains(">" + s.title() + "</h2>"), "section " + s.id() + " in the HTML report");
    }
    assertTrue(page.contains("<h2 id=\"cover\">Cover</h2>") && page.contains("SHA-256 "), "the cover with the data hashes");
    for (Finding f : report.findings()) {
      assertTrue(page.contains(f.ruleId()), f.ruleId());
    }
  }

  @ParameterizedTest
  @CsvSource({"zh, en", "en, zh"})
  void bothLanguagesHoldEveryFindingInEach(String lang, String otherLang, @TempDir Path dir) throws Exception {
    Locale first = Locale.forLanguageTag(lang);
    Path out = dir.resolve("both.pdf");
    assertEquals(ExitCode.FINDINGS, validate(first, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "pdf", "--output", out.toString(),
        "--bilingual"));
    Report a = report(first, "cn", "bodyshop-noncompliant");
    Report b = report(Locale.forLanguageTag(otherLang), "cn", "bodyshop-noncompliant");
    assertEquals(a.findings().size(), b.findings().size());
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      String text = squeeze(new PDFTextStripper().getText(pdf));
      for (int i = 0; i < a.findings().size(); i++) {
        Finding x = a.findings().get(i);
        Finding y = b.findings().get(i);
        assertEquals(x.ruleId(), y.ruleId());
        assertTrue(text.contains(squeeze(x.message())), lang + ": " + x.message());
        assertTrue(text.contains(squeeze(y.message())), otherLang + ": " + y.message());
        assertTrue(text.contains(squeeze(x.citation())) && text.contains(squeeze(y.citation())), x.citation() + " / " + y.citation());
        // the two languages of one finding stand together: the second right after the first
        int at = text.indexOf(squeeze(x.message()));
        assertTrue(text.indexOf(squeeze(y.message()), at) - at < squeeze(x.message()).length() + 40, "side by side: " + x.ruleId());
      }
      List<String> bookmarks = new ArrayList<>();
      pdf.getDocumentCatalog().getDocumentOutline().children().forEach(i -> bookmarks.add(i.getTitle()));
      String cover = lang.equals("zh") ? "封面 / Cover" : "Cover / 封面";
      assertEquals(cover, bookmarks.get(0));
      // one bookmark per section: the two languages' sections merged, none twice
      assertEquals(Document.of(a).sections().size(), bookmarks.size(), bookmarks.toString());
      assertTrue(bookmarks.contains(lang.equals("zh") ? "风险评估记录 / Risk assessment register" : "Risk assessment register / 风险评估记录"), bookmarks.toString());
      assertTrue(text.contains(squeeze(lang.equals("zh") ? "技术文件 / Technical file" : "Technical file / 技术文件")));
      assertTrue(text.contains("证据") && text.contains("Evidence"), "labels in both languages");
      assertEquals(lang.equals("zh") ? "zh-CN" : "en", pdf.getDocumentCatalog().getLanguage());
      assertOnlySubsetFonts(pdf);
    }
  }

  @Test
  void theBilingualHtmlReportHasBothLanguages(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("both.html");
    validate(Locale.SIMPLIFIED_CHINESE, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "html", "--output", html.toString(), "--bilingual");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    Report zh = report(Locale.SIMPLIFIED_CHINESE, "cn", "bodyshop-noncompliant");
    Report en = report(Locale.ENGLISH, "cn", "bodyshop-noncompliant");
    for (int i = 0; i < zh.findings().size(); i++) {
      assertTrue(page.contains(escapeHtml(zh.findings().get(i).message())), zh.findings().get(i).message());
      assertTrue(page.contains(escapeHtml(en.findings().get(i).message())), en.findings().get(i).message());
    }
    assertTrue(page.contains("<h2 id=\"cover\">封面 / Cover</h2>"), "section titles in both languages");
  }

  @Test
  void bilingualIsOnlyForDocumentFormats() {
    UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
        () -> validate(Locale.ENGLISH, "examples/bodyshop-noncompliant", "--format", "json", "--bilingual"));
    assertEquals("the format 'json' holds one language: --bilingual works with pdf and html", e.getMessage());
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  @Test
  void pdfWithoutOutputIsAUsageError() {
    UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
        () -> validate(Locale.ENGLISH, "examples/bodyshop-noncompliant", "--format", "pdf"));
    assertEquals("the format 'pdf' writes a binary file: give --output FILE", e.getMessage());
  }

  private static void assertOnlySubsetFonts(PDDocument pdf) throws Exception {
    int fonts = 0;
    for (PDPage p : pdf.getPages()) {
      for (COSName n : p.getResources().getFontNames()) {
        PDFont f = p.getResources().getFont(n);
        assertTrue(f.isEmbedded(), f.getName());
        assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + f.getName());
        fonts++;
      }
    }
    assertTrue(fonts > 0);
  }

  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  static Report report(Locale locale, String pack, String example) throws Exception {
    List<Path> files = LineModels.collect(List.of(Sources.examples(example), Sources.examples("library")));
    LineModels.Result loaded = LineModels.load(files);
    List<PlantModel> plants = PlantModel.of(loaded.files().values());
    try (RuleEngine engine = new RuleEngine()) {
      RuleEngine.Outcome o = engine.run(List.of(RulePacks.fromPlatform().find(pack).orElseThrow()), plants, locale, true);
      return new Report(o.findings(), o.packs(), files.size(), o.plantsChecked(), locale, Sources.root(), plants, files);
    }
  }

  static int validate(Locale locale, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ValidateCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), locale, Sources.root()));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"), err.toString(StandardCharsets.UTF_8));
    return code;
  }
}
