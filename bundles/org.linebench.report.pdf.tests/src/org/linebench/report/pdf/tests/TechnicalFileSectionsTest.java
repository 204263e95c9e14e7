package org.linebench.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.Metrics;
import org.linebench.report.pdf.ModelCards;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.Report;
import org.linebench.rules.report.Texts;
import org.linebench.testing.Sources;

/** The equipment list with its CCC marks and the attached models' cards, in the document model, the PDF and the HTML report. */
class TechnicalFileSectionsTest {

  private static Document.Section section(Document d, String id) {
    return d.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
  }

  @Test
  void theEquipmentListShowsEveryPieceWithItsCccMark() throws Exception {
    Report report = PdfFormatTest.report(Locale.ENGLISH, "cn", "bodyshop-noncompliant");
    Document.Section s = section(Document.of(report), "equipment");
    assertEquals("Equipment and CCC marks", s.title());
    assertEquals("7 pieces of equipment; 6 carry the CCC mark; 1 lack it where a rule pack requires it",
        ((Document.Paragraph) s.blocks().get(0)).text());
    Document.Table t = (Document.Table) s.blocks().get(1);
    assertEquals(List.of("Station", "Equipment", "Kind", "Type (maker)", "Category", "Marks", "CCC"), t.header());
    List<String> names = new ArrayList<>();
    t.rows().forEach(r -> names.add(r.get(1)));
    assertEquals(List.of("R21  左侧焊接机器人", "R22  右侧焊接机器人", "Q20  主断路器", "K20  安全继电器", "R31", "C32  协作上件机器人", "SW40  螺柱焊机"), names);
    // the relay carries CE only: the CN pack's CCC rule found it
    assertEquals(List.of("OP20", "K20  安全继电器", "component", "-", "relay", "CE", "missing (see findings)"), t.rows().get(3));
    // the breaker has the marks of its catalogue type
    assertEquals(List.of("OP20", "Q20  主断路器", "component", "MainBreaker", "circuit breaker", "CCC, CE", "carried"), t.rows().get(2));
    assertEquals(List.of("OP20", "R21  左侧焊接机器人", "robot", "KR210 (KUKA)", "-", "CCC, CE", "carried"), t.rows().get(0));
    // without the CN pack nobody asks for CCC: a missing mark is not flagged
    Report eu = PdfFormatTest.report(Locale.ENGLISH, "eu", "bodyshop-noncompliant");
    Document.Table euTable = (Document.Table) section(Document.of(eu), "equipment").blocks().get(1);
    assertEquals("-", euTable.rows().get(3).get(6));
  }

  @Test
  void theAttachedModelComesWithItsCard() throws Exception {
    Report report = PdfFormatTest.report(Locale.ENGLISH, "cn", "bodyshop-noncompliant");
    Document.Section s = section(Document.of(report), "models");
    assertEquals(1, s.blocks().size());
    Document.Fields f = (Document.Fields) s.blocks().get(0);
    assertEquals("TipWear  电极磨损预测", f.heading());
    String card = Files.readString(Sources.examples("bodyshop").resolve("models/tip-wear/model.json"), StandardCharsets.UTF_8);
    List<String> hashes = new ArrayList<>();
    Matcher m = Pattern.compile("\"sha256\": \"([0-9a-f]{64})\"").matcher(card);
    while (m.find()) {
      hashes.add(m.group(1));
    }
    assertEquals(2, hashes.size(), "the card holds the data's and the model file's hash");
    assertEquals("maintenance", value(f, "Purpose"));
    assertEquals("no", value(f, "Human override"));
    assertEquals("examples/bodyshop/models/tip-wear/model.json", value(f, "Model card"));
    assertTrue(value(f, "Training data").endsWith("SHA-256 " + hashes.get(0)), value(f, "Training data"));
    assertTrue(value(f, "Model file").contains("SHA-256 " + hashes.get(1)) && value(f, "Model file").endsWith("model file checked against the card's hash"),
        value(f, "Model file"));
    String metrics = value(f, "Metrics");
    assertTrue(metrics.startsWith("10-fold cross-validation on 400 rows\naccuracy 0.963 (always predicting the majority class '0': 0.758), kappa 0.897"),
        metrics);
    assertTrue(metrics.contains("\nclass '1' (97 rows): precision "), metrics);
    assertEquals("Electrode temperature [°C], Tip wear [min]  →  Tip dressing due", value(f, "Reads"));
  }

  @Test
  void bothSectionsAreInThePdfAndTheHtmlReport(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("r.pdf");
    Path html = dir.resolve("r.html");
    PdfFormatTest.validate(Locale.SIMPLIFIED_CHINESE, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "pdf", "--output", pdf.toString());
    PdfFormatTest.validate(Locale.SIMPLIFIED_CHINESE, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "html", "--output", html.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      String text = PdfFormatTest.squeeze(new PDFTextStripper().getText(d));
      for (String probe : List.of("设备清单与 CCC 标志", "缺少（见发现项）", "附加的模型及其模型卡", "人工干预", "模型文件与模型卡中的哈希值一致")) {
        assertTrue(text.contains(PdfFormatTest.squeeze(probe)), "PDF: " + probe);
        assertTrue(page.contains(probe), "HTML: " + probe);
      }
    }
    // the line diagram is a section of the document too: inline SVG in the HTML report
    assertTrue(page.contains("<h2 id=\"lines\">产线说明</h2>") && page.contains("<svg"), "the line diagram in the HTML report");
  }

  @Test
  void aCardOfOneHoldOutIsNoCrossValidation() {
    // a fleet model trained on Spark records its evaluation on the hold-out as a single fold
    Metrics holdout = Metrics.builder(1, 7, 200170).accuracy(0.9874, 0.966, "0").kappa(0.8).build();
    Metrics cv = Metrics.builder(5, 7, 10000).accuracy(0.97, 0.966, "0").kappa(0.5).build();
    Texts en = Texts.of(Locale.ENGLISH);
    Texts zh = Texts.of(Locale.SIMPLIFIED_CHINESE);
    assertTrue(ModelCards.metrics(en, holdout).startsWith("evaluated on a hold-out of 200170 rows kept out of training\naccuracy "),
        ModelCards.metrics(en, holdout));
    assertTrue(ModelCards.metrics(zh, holdout).startsWith("在未参与训练的 200170 行留出数据上评估"), ModelCards.metrics(zh, holdout));
    assertTrue(ModelCards.metrics(en, cv).startsWith("5-fold cross-validation on 10000 rows"), ModelCards.metrics(en, cv));
    assertTrue(ModelCards.metrics(zh, cv).startsWith("10000 行数据的 5 折交叉验证"), ModelCards.metrics(zh, cv));
  }

  private static String value(Document.Fields f, String label) {
    return f.fields().stream().filter(kv -> kv[0].equals(label)).map(kv -> kv[1]).findFirst().orElseThrow(() -> new AssertionError("no field " + label));
  }
}
