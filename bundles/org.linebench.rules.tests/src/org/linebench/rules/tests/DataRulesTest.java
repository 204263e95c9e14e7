package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Finding;

/**
 * China's data rules can be satisfied: a transfer records what clears it (a security assessment, a
 * standard contract or a certification), the right kind for the data clears the finding, the wrong
 * kind does not; a plant marked ciio is held to the Cybersecurity Law's domestic storage and needs an
 * assessment for any personal information.
 */
class DataRulesTest {

  static List<String> findings(Path dir, boolean ciio, String data) throws Exception {
    String text = "plant P \"工厂\" {\n\tcountry CN\n" + (ciio ? "\tciio\n" : "")
        + "\tline L {\n\t\ttakt 60 s\n\t\tsource In\n\t\tstation A \"装配\" assembly {\n\t\t\tcycle-time 50 s\n\t\t}\n\t\tsink Out\n"
        + "\t\tflow In -> A\n\t\tflow A -> Out\n\t}\n" + data + "}\n";
    Path f = dir.resolve("p.line");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(f));
    assertEquals(0, r.errorCount(), () -> r.issues().toString());
    return Fixtures.run(Fixtures.pack("cn"), PlantModel.of(r.files().values()), Fixtures.EN).stream()
        .filter(x -> x.ruleId().startsWith("cn.data-security.")).map(x -> x.ruleId().substring(17) + ": " + x.message()).toList();
  }

  private static final String DATA = """
      	data Q class important stored-in CN
      	data H class general personal-information stored-in CN
      	data G class general stored-in CN
      	data-flow F1 Q to "HQ" in DE cleared-by security-assessment "CAC-1" on "2025-03-01"
      	data-flow F2 Q to "HQ" in DE cleared-by standard-contract "SC-1" on "2025-03-01"
      	data-flow F3 Q to "HQ" in DE
      	data-flow F4 H to "HQ" in DE cleared-by standard-contract "SC-2" on "2025-03-01"
      	data-flow F5 H to "HQ" in DE
      	data-flow F6 G to "HQ" in DE
      	data-flow F7 Q to "MES" in CN
      	data S class important stored-in DE
      	data T class important stored-in DE cleared-by security-assessment "CAC-2" on "2025-03-01"
      """;

  @Test
  void theRightClearanceClearsATransferAndTheWrongOneDoesNot(@TempDir Path dir) throws Exception {
    assertEquals(List.of(
        "cross-border-assessment: data flow F2 sends Q (graded important) to DE with a standard contract: important data needs a data export security assessment",
        "cross-border-assessment: data flow F3 sends Q (graded important) to DE: a data export security assessment is required, and none is recorded "
            + "(cleared-by security-assessment \"...\" on \"...\")",
        "personal-information-export: data flow F5 sends H, which holds personal information, to DE: it needs a security assessment, a standard "
            + "contract or a certification (unless an exemption of the CAC provisions applies), and none is recorded",
        "cross-border-assessment: data set S (graded important) is stored in DE: storing it abroad is an export and needs a data export security "
            + "assessment, and none is recorded"),
        findings(dir, false, DATA), "F1, F4 are cleared; F6 general data and F7 inside China need nothing; T is cleared; no plant of "
            + "critical infrastructure, so no storage rule");
  }

  @Test
  void aCriticalInfrastructureOperatorKeepsImportantDataHomeAndAssessesAnyPersonalInformation(@TempDir Path dir) throws Exception {
    List<String> found = findings(dir, true, DATA);
    assertEquals(List.of(
        "personal-information-export: data flow F4 sends H, which holds personal information, to DE with a standard contract: a critical "
            + "information infrastructure operator needs a data export security assessment",
        "personal-information-export: data flow F5 sends H, which holds personal information, to DE: a critical information infrastructure "
            + "operator needs a data export security assessment for any personal information, and none is recorded",
        "important-data-localization: data set S is graded important but stored in DE; as a critical information infrastructure operator the "
            + "plant must store important data in China",
        "important-data-localization: data set T is graded important but stored in DE; as a critical information infrastructure operator the "
            + "plant must store important data in China"),
        found.stream().filter(s -> !s.startsWith("cross-border")).toList(), "an assessment allows an export, not storing the data abroad");
  }
}
