package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Finding;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.RegisterEntry;
import org.linebench.rules.report.Report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The risk assessment register (ISO 12100 / GB/T 15706): the hazards of the lines, read as written,
 * in every report format (the HTML report and the PDF technical file from the same document section); the rules ask a hazard for every zone and a measure for every risk above
 * PLr a, a safety function as measure reaching the hazard's PLr.
 */
class RegisterTest {

  @Test
  void theBodyShopsRegisterHasAHazardPerZone() throws Exception {
    List<RegisterEntry> register = RegisterEntry.of(Fixtures.plants("bodyshop"));
    assertEquals(List.of("OP20/Z20 H20 “焊装机器人挤压、撞击”; mechanical; operation, teaching, maintenance; operator, maintainer; S2F1P2; "
        + "F20, D20, SF20, SF21; acceptable", "OP30/Z30 H30 “补焊机器人挤压”; mechanical; operation, maintenance; maintainer; S2F1P2; "
        + "F30, D30, SF30; acceptable", "OP40/Z40 H40 “螺柱焊弧光与烫伤”; radiation; operation; operator; S2F1P1; F40, D40, SF40; acceptable",
        "HP10/PZ10 HP1 “压装挤手”; mechanical; operation, setting; operator, setter; S2F2P1; TH10, M10, MB10, D10, SF10; acceptable"),
        register.stream().map(RegisterEntry::summary).toList());
  }

  @Test
  void everyReportFormatCarriesTheRegister() throws Exception {
    Fixtures.Run json = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop", "--rules", "cn", "--format", "json");
    JsonArray register = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("register");
    assertEquals(4, register.size());
    JsonObject h20 = register.get(0).getAsJsonObject();
    assertEquals("Changchun.BodyInWhite.H20", h20.get("hazard").getAsString());
    assertEquals("examples/bodyshop/bodyshop.line", h20.get("file").getAsString());
    assertEquals("acceptable", h20.get("residual").getAsString());
    Fixtures.Run sarif = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop", "--rules", "cn", "--format", "sarif");
    assertEquals(4, JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
        .getAsJsonObject("properties").getAsJsonArray("register").size());
    Fixtures.Run junit = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop", "--rules", "cn", "--format", "junit");
    assertTrue(junit.out().contains("<property name=\"Hinges.HP1\" value=\"HP10/PZ10 HP1 “压装挤手”; mechanical;"), junit.out());
    Fixtures.Run html = Fixtures.validate(Fixtures.root(), Fixtures.ZH, "examples/bodyshop", "--rules", "cn", "--format", "html");
    assertTrue(html.out().contains("<h2 id=\"register\">风险评估记录</h2>")
        && html.out().contains("<td>Changchun.BodyInWhite.H40 “螺柱焊弧光与烫伤”</td><td>OP40 / Z40</td><td>辐射危险</td><td>运行</td>"
            + "<td>操作人员</td><td>S2F1P1</td><td>F40, D40, SF40</td><td>可接受</td>"), html.out());
    Fixtures.Run english = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop", "--rules", "cn", "--format", "html");
    assertTrue(english.out().contains("<td>OP40 / Z40</td><td>radiation</td><td>operation</td><td>operator</td><td>S2F1P1</td>"
        + "<td>F40, D40, SF40</td><td>acceptable</td>"), english.out());
  }

  @Test
  void aPlantOfManyHazardsHasTheFirstInTheDocumentAndTheRestCounted(@TempDir Path dir) throws Exception {
    int n = Document.DETAIL_CAP + 37;
    StringBuilder hazards = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      hazards.append("\t\thazard H").append(i).append(" in A.Z kind mechanical phase operation persons operator risk S1 F1 P1\n");
    }
    Path f = plant(dir, hazards.toString());
    List<PlantModel> plants = PlantModel.of(LineModels.load(List.of(f)).files().values());
    Report report = new Report(List.of(), List.of(), 1, 1, Fixtures.EN, dir, plants, List.of(f));
    assertEquals(n, report.register().size(), "every hazard in the register (JSON, SARIF, JUnit)");
    Document.Section register = Document.of(report).sections().stream().filter(s -> s.id().equals("register")).findFirst().orElseThrow();
    Document.Table table = (Document.Table) register.blocks().get(0);
    assertEquals(Document.DETAIL_CAP, table.rows().size());
    assertEquals("P.L.H" + Document.DETAIL_CAP, table.rows().get(Document.DETAIL_CAP - 1).get(0));
    assertEquals("... and 37 more hazards not listed here (every one is in the JSON, SARIF and JUnit reports)",
        ((Document.Paragraph) register.blocks().get(1)).text());
  }

  private static Path plant(Path dir, String hazards) throws Exception {
    String text = "plant P \"工厂\" {\n\tcountry CN\n\tline L {\n\t\ttakt 60 s\n\t\tsource In\n\t\tstation A \"压装\" assembly {\n"
        + "\t\t\tcycle-time 50 s\n\t\t\tzone Z\n\t\t\tzone Y\n\t\t\tguard G protects Z height 2000 mm distance 900 mm\n"
        + "\t\t\tsafety-function SF risk S2 F1 P1 achieved PLc category 3\n\t\t}\n\t\tsink Out\n\t\tflow In -> A\n\t\tflow A -> Out\n"
        + hazards + "\t}\n}\n";
    Path f = dir.resolve("p.line");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  static List<String> findings(Path dir, String hazards) throws Exception {
    Path f = plant(dir, hazards);
    LineModels.Result r = LineModels.load(List.of(f));
    assertEquals(0, r.errorCount(), () -> r.issues().toString());
    return Fixtures.run(Fixtures.pack("cn"), PlantModel.of(r.files().values()), Fixtures.EN).stream()
        .filter(x -> x.ruleId().startsWith("cn.gb-t15706.")).map(Finding::message).toList();
  }

  @Test
  void risksFromPlrBNeedAMeasureAndASafetyFunctionMustReachThePlr(@TempDir Path dir) throws Exception {
    assertEquals(List.of(
        "hazard zone Y of station A has no hazard in the risk register (hazard ... in ...)",
        "hazard H2 of risk S1F1P2 (PLr PLb) has no measure (design \"...\" or measures ...)",
        "hazard H3 of risk S2F1P2 needs PLd, but its measure SF achieves PLc",
        "hazard H4: the residual risk after the measures is not evaluated (residual acceptable or not-acceptable)"), findings(dir, ""
        // S1F1P1: PLr a, no measure needed
        + "\t\thazard H1 in A.Z kind mechanical phase operation persons operator risk S1 F1 P1\n"
        // S1F1P2: PLr b, a measure needed
        + "\t\thazard H2 in A.Z kind mechanical phase operation persons operator risk S1 F1 P2\n"
        // S2F1P2: PLr d, SF reaches only c
        + "\t\thazard H3 in A.Z kind mechanical phase operation persons operator risk S2 F1 P2 measures A.SF residual acceptable\n"
        // S2F1P1: PLr c, SF reaches c; the residual risk not evaluated
        + "\t\thazard H4 in A.Z kind mechanical phase operation persons operator risk S2 F1 P1 measures A.SF, A.G\n"));
  }
}
