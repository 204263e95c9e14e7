package org.linebench.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.sim.Durations;
import org.linebench.testing.Sources;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The simulation results in the technical file: {@code simulate --format json --output F} saves a
 * run of the body shop's line BodyInWhite, {@code validate --simulation F} puts it into the HTML
 * report and the PDF, in English and Chinese, every figure as the run saved it; bad files are refused.
 */
class TechnicalFileSimulationTest {
  @TempDir
  static Path dir;
  static Path saved;
  static JsonObject result;

  record Run(int code, String out, String err) {}

  /** A command of the product, found by its name through the extension point, as the launcher finds it. */
  static Run run(String name, Locale locale, String... args) throws Exception {
    Command command = null;
    List<String> seen = new ArrayList<>();
    for (IConfigurationElement e : RegistryFactory.getRegistry().getConfigurationElementsFor("org.linebench.cli.commands")) {
      seen.add(e.getAttribute("name") + " of " + e.getContributor().getName());
      if (name.equals(e.getAttribute("name"))) {
        command = (Command) e.createExecutableExtension("class");
      }
    }
    if (command == null) {
      throw new AssertionError("no command " + name + " among " + seen);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), locale, Sources.root()));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void simulate() throws Exception {
    saved = dir.resolve("bodyshop-sim.json");
    Run r = run("simulate", Locale.ENGLISH, "examples/bodyshop", "--line", "BodyInWhite", "--horizon", "2w", "--warmup", "1d",
        "--replications", "3", "--seed", "7", "--format", "json", "--output", saved.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    result = JsonParser.parseString(Files.readString(saved, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static JsonObject station(String name) {
    for (var e : result.getAsJsonArray("stations")) {
      if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
        return e.getAsJsonObject();
      }
    }
    throw new AssertionError(name);
  }

  private static String f(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String pct(JsonObject o, String key) {
    return f(100 * o.get(key).getAsDouble(), 1) + " %";
  }

  /** A station's row as the section must show it, from the saved figures; the downtime's sources given. */
  private static List<String> row(String name, String label, String downtime) {
    JsonObject s = station(name);
    JsonObject states = s.getAsJsonObject("states");
    JsonObject th = s.getAsJsonObject("piecesPerHour");
    double half = (th.get("high").getAsDouble() - th.get("low").getAsDouble()) / 2;
    return List.of(name + " \u201c" + label + "\u201d", pct(s.getAsJsonObject("oee"), "availability"), pct(states.getAsJsonObject("failed"), "mean"),
        pct(states.getAsJsonObject("setup"), "mean"), downtime, pct(s, "utilisation"), f(th.get("mean").getAsDouble(), 2) + " \u00b1 " + f(half, 2));
  }

  /** The six stations in English: OP20's stops come from its tip-wear model and its type's MTBF, OP40's from its own MTBF. */
  private static List<List<String>> rowsEn() {
    JsonObject op20 = station("OP20");
    return List.of(row("OP10", "上件 Loading", "none declared"),
        row("OP20", "主拼 Framing", "model TipWear: failure probability " + f(op20.get("meanFailureProbabilityPerCycle").getAsDouble(), 4)
            + " per cycle, repair 1.3 min; " + f(op20.get("predictedStopsPerReplication").getAsDouble(), 1) + " stops per replication\n"
            + "MTBF 400 h, MTTR 30 min (declared); " + f(op20.get("failuresPerReplication").getAsDouble(), 1) + " failures per replication\n"
            + "set-up 3 min on a change of variant (declared)"),
        row("OP30", "补焊 Respot", "MTBF 400 h, MTTR 30 min (declared); " + f(station("OP30").get("failuresPerReplication").getAsDouble(), 1)
            + " failures per replication"),
        row("OP40", "螺柱焊 Stud welding", "MTBF 120 h, MTTR 20 min (declared); " + f(station("OP40").get("failuresPerReplication").getAsDouble(), 1)
            + " failures per replication\nset-up 2 min on a change of variant (declared)"),
        row("OP50", "视觉检测 Inspection", "none declared"), row("OP60", "返修 Repair", "none declared"));
  }

  private static String html(List<String> row) {
    StringBuilder tr = new StringBuilder("<tr>");
    row.forEach(c -> tr.append("<td>").append(c.replace("\n", "<br/>")).append("</td>"));
    return tr.append("</tr>").toString();
  }

  @Test
  void theHtmlReportHasTheRunsFiguresInEnglish() throws Exception {
    Path html = dir.resolve("r-en.html");
    Run r = run("validate", Locale.ENGLISH, "examples/bodyshop", "--rules", "cn", "--format", "html", "--simulation", saved.toString(), "--output",
        html.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<h2 id=\"simulation\">Simulation results</h2>\n<p><b>Line BodyInWhite \u201c白车身焊装线 Body-in-white welding\u201d</b></p>"), page);
    assertTrue(page.contains("<tr><th>Run</th><td>3 replications of 14 d each (warm-up 1 d), seed 7</td></tr>"), page);
    assertTrue(page.contains("<tr><th>Line files simulated</th><td>examples/bodyshop/bodyshop.line: the file validated here (same SHA-256)<br/>"
        + "examples/bodyshop/hinges.line: the file validated here (same SHA-256)</td></tr>"), page);
    JsonObject th = result.getAsJsonObject("throughputPerHour");
    assertTrue(page.contains("<tr><th>Throughput</th><td>" + f(th.get("mean").getAsDouble(), 2) + " pieces/h (95 % confidence interval "
        + f(th.get("low").getAsDouble(), 2) + " to " + f(th.get("high").getAsDouble(), 2) + ")</td></tr>"), page);
    String bottleneck = result.get("bottleneck").getAsString();
    assertTrue(page.contains("<tr><th>Bottleneck</th><td>" + bottleneck + " (active-period method: mean active period "
        + Durations.format(station(bottleneck).get("meanActivePeriodSeconds").getAsDouble()) + ")"), page);
    assertTrue(page.contains("<tr><th>Station</th><th>Availability</th><th>Failed</th><th>Set-up</th><th>Downtime from</th><th>Utilisation</th>"
        + "<th>Pieces/h</th></tr>"), page);
    for (List<String> row : rowsEn()) {
      assertTrue(page.contains(html(row)), html(row) + "\n" + page);
    }
    // the result file itself is on record with its hash
    assertTrue(page.contains("<tr><th>Result file</th><td>" + saved + "<br/>SHA-256 "), page);
  }

  /** What the workbench's Export Technical File... calls: the same section through the headless API. */
  @Test
  void theTechnicalFileApiTakesTheSavedResultToo() throws Exception {
    Path html = dir.resolve("api.html");
    org.linebench.rules.report.TechnicalFile.write(org.linebench.dsl.api.LineModels.collect(List.of(Sources.examples("bodyshop"),
        Sources.examples("library"))), List.of(org.linebench.rules.RulePacks.fromPlatform().find("cn").orElseThrow()), Locale.ENGLISH, false, "html",
        html, List.of(saved));
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<h2 id=\"simulation\">Simulation results</h2>"), page);
    for (List<String> row : rowsEn()) {
      assertTrue(page.contains(html(row)), html(row));
    }
  }

  @Test
  void inChinese() throws Exception {
    Path html = dir.resolve("r-zh.html");
    Run r = run("validate", Locale.SIMPLIFIED_CHINESE, "examples/bodyshop", "--rules", "cn", "--format", "html", "--simulation", saved.toString(),
        "--output", html.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<h2 id=\"simulation\">仿真结果</h2>\n<p><b>产线 BodyInWhite \u201c白车身焊装线 Body-in-white welding\u201d</b></p>"), page);
    assertTrue(page.contains("<tr><th>运行</th><td>3 次重复运行，每次 14 d（预热 1 d），随机种子 7</td></tr>"), page);
    assertTrue(page.contains("<th>工位</th><th>可用率</th><th>故障</th><th>换型</th><th>停机来源</th><th>利用率</th><th>件/小时</th>"), page);
    List<String> op40 = row("OP40", "螺柱焊 Stud welding", "MTBF 120 h，MTTR 20 min（声明值）；每次运行故障 "
        + f(station("OP40").get("failuresPerReplication").getAsDouble(), 1) + " 次\n换型 2 min（切换变型时，声明值）");
    assertTrue(page.contains(html(op40)), html(op40) + "\n" + page);
    assertTrue(page.contains("模型 TipWear：每个节拍的故障概率 " + f(station("OP20").get("meanFailureProbabilityPerCycle").getAsDouble(), 4)
        + "，维修 1.3 min"), page);
  }

  @ParameterizedTest
  @CsvSource({"en, Simulation results", "zh, 仿真结果"})
  void thePdfHasTheSectionWithEveryStation(String lang, String title) throws Exception {
    Path pdf = dir.resolve("r-" + lang + ".pdf");
    Run r = run("validate", Locale.forLanguageTag(lang), "examples/bodyshop", "--rules", "cn", "--format", "pdf", "--simulation", saved.toString(),
        "--output", pdf.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      List<PDOutlineItem> items = new ArrayList<>();
      d.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
      List<String> titles = items.stream().map(PDOutlineItem::getTitle).toList();
      int at = titles.indexOf(title);
      assertTrue(at > 0, titles.toString());
      // after the safety functions, before the findings
      assertEquals(lang.equals("zh") ? "安全功能" : "Safety functions", titles.get(at - 1));
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(d.getPages().indexOf(items.get(at).findDestinationPage(d)) + 1);
      s.setEndPage(d.getPages().indexOf(items.get(at + 1).findDestinationPage(d)));
      String text = s.getText(d).replaceAll("\\s+", "");
      if (lang.equals("en")) {
        for (List<String> row : rowsEn()) {
          assertTrue(text.contains(String.join("", row).replaceAll("\\s+", "")), row + " in " + text);
        }
      }
      for (String station : List.of("OP10", "OP20", "OP30", "OP40", "OP50", "OP60")) {
        assertTrue(text.contains(station), station);
      }
      assertTrue(text.contains(f(result.getAsJsonObject("throughputPerHour").get("mean").getAsDouble(), 2)), text);
    }
  }

  @Test
  void aFileThatIsNotASimulationResultIsRefused() throws Exception {
    Path out = dir.resolve("not.pdf");
    CommandException e = assertThrows(CommandException.class, () -> run("validate", Locale.ENGLISH, "examples/bodyshop", "--rules", "cn", "--format",
        "pdf", "--simulation", "examples/bodyshop/models/tip-wear/model.json", "--output", out.toString()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals("examples/bodyshop/models/tip-wear/model.json is not a simulation result saved by linebench simulate --format json "
        + "(linebench-simulation/1)", e.getMessage());
    assertFalse(Files.exists(out), "nothing written");
    CommandException missing = assertThrows(CommandException.class, () -> run("validate", Locale.ENGLISH, "examples/bodyshop", "--format", "pdf",
        "--simulation", "no-such.json", "--output", out.toString()));
    assertEquals("no such file or folder: no-such.json", missing.getMessage());
    UsageException format = assertThrows(UsageException.class, () -> run("validate", Locale.ENGLISH, "examples/bodyshop", "--format", "json",
        "--simulation", saved.toString()));
    assertEquals("the format 'json' is not a technical file: --simulation works with pdf and html", format.getMessage());
    CommandException zh = assertThrows(CommandException.class, () -> run("validate", Locale.SIMPLIFIED_CHINESE, "examples/bodyshop", "--format",
        "html", "--simulation", "examples/bodyshop/models/tip-wear/model.json"));
    assertEquals("examples/bodyshop/models/tip-wear/model.json 不是 linebench simulate --format json 保存的仿真结果（linebench-simulation/1）", zh.getMessage());
  }
}
