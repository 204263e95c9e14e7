package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;

/** {@code linebench validate} with the rule packs, on the repository's examples. */
class ValidateCommandTest {
  static final String BAD_CN = "examples/bodyshop-noncompliant/bodyshop-bad.line";
  static final String BAD_EU = "examples/electronics-noncompliant/smt-bad.line";

  @Test
  void cnRulesInChineseFindTheNonCompliantExampleOnly() throws Exception {
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.ZH, "examples", "--rules", "cn");
    assertEquals(ExitCode.FINDINGS, r.code(), r.err());
    List<String> findings = r.out().lines().filter(l -> !l.startsWith("    ")).toList();
    assertTrue(findings.size() >= 15, r.out());
    assertTrue(findings.stream().allMatch(l -> l.startsWith(BAD_CN + ":")), "findings only in the non-compliant file:\n" + r.out());
    assertTrue(r.out().contains("错误: 光幕 LC20 \u201c上件光幕\u201d 距危险区 400 mm；GB/T 19876-2012 要求至少 664 mm"), r.out());
    assertTrue(r.out().contains("（GB/T 19876-2012 第 6.2 条） [cn.gb-t19876.light-curtain-distance]"), r.out());
    assertTrue(r.out().contains("S = 664 mm"), "the computed result is shown: " + r.out());
    assertTrue(r.out().contains("GB 11291.2-2013 第 5.10 条"), r.out());
    assertTrue(r.out().contains("《中华人民共和国产品质量法》（2018 修正） 第 27 条"), r.out());
    assertTrue(r.err().contains("cn"), r.err());
  }

  @Test
  void theCleanExamplesPassTheirOwnPacks() throws Exception {
    Fixtures.Run cn = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop", "examples/library", "--rules", "cn");
    assertEquals(ExitCode.OK, cn.code(), cn.out());
    assertEquals("", cn.out());
    Fixtures.Run all = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples/bodyshop", "examples/electronics", "examples/library");
    assertEquals(ExitCode.OK, all.code(), all.out());
    assertEquals("", all.out());
    assertTrue(all.err().contains("3 files, 2 plants checked with rule packs cn,eu: 0 errors, 0 warnings"), all.err());
  }

  @Test
  void aFolderAloneFindsTheCatalogueItImportsNextToIt() throws Exception {
    Fixtures.Run clean = Fixtures.validate(Fixtures.root(), Fixtures.ZH, "examples/bodyshop", "--rules", "cn");
    assertEquals(ExitCode.OK, clean.code(), clean.out() + clean.err());
    assertEquals("", clean.out());
    assertTrue(clean.err().contains("examples/library/catalogue.line"), clean.err());
    Fixtures.Run bad = Fixtures.validate(Fixtures.root(), Fixtures.ZH, "examples/bodyshop-noncompliant", "--rules", "cn");
    assertEquals(ExitCode.FINDINGS, bad.code());
    assertFalse(bad.out().contains("line.unresolved") || bad.out().contains("catalogue.line"), bad.out());
    assertTrue(bad.out().contains("GB/T 19876-2012 第 6.2 条"), bad.out());
  }

  @Test
  void withoutRulesEachPlantGetsThePacksOfItsCountry() throws Exception {
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples");
    assertEquals(ExitCode.FINDINGS, r.code());
    List<String> findings = r.out().lines().filter(l -> !l.startsWith("    ")).toList();
    assertTrue(findings.stream().allMatch(l -> l.startsWith(BAD_CN) || l.startsWith(BAD_EU)), r.out());
    assertTrue(findings.stream().anyMatch(l -> l.startsWith(BAD_CN) && l.contains("[cn.")), r.out());
    assertFalse(r.out().contains("[acme."), "the integrator's example pack is not installed: " + r.out());
    assertTrue(findings.stream().anyMatch(l -> l.startsWith(BAD_EU) && l.contains("(EN ISO 13855:2010, clause 6.2) [eu.")), r.out());
    assertFalse(findings.stream().anyMatch(l -> l.startsWith(BAD_EU) && l.contains("[cn.")), "no CN rule on a plant in Germany");
    assertFalse(findings.stream().anyMatch(l -> l.startsWith(BAD_CN) && l.contains("[eu.")), "no EU rule on a plant in China");
  }

  @Test
  void aSlowMachinePassesWhereLineBenchsOwnPacksFindNothing(@TempDir Path dir) throws Exception {
    // a respot cell that needs 3 s to stop: no GB/T or EN ISO rule limits the stopping time itself (only
    // the safety distances that follow from it, and OP30 has guards and a door, no light curtain); the
    // integrator's example pack (2.5 s at most, ACME's house rule) is not part of LineBench
    for (String folder : List.of("bodyshop", "library")) {
      try (Stream<Path> files = Files.walk(Fixtures.examples(folder))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = dir.resolve(folder).resolve(Fixtures.examples(folder).relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to);
        }
      }
    }
    Path line = dir.resolve("bodyshop/bodyshop.line");
    String text = Files.readString(line, StandardCharsets.UTF_8);
    assertTrue(text.contains("\t\t\tstopping-time 300 ms\n\t\t\trobot R31"), "OP30 stops in 300 ms");
    Files.writeString(line, text.replace("\t\t\tstopping-time 300 ms\n\t\t\trobot R31", "\t\t\tstopping-time 3 s\n\t\t\trobot R31"),
        StandardCharsets.UTF_8);
    Fixtures.Run r = Fixtures.validate(dir, Fixtures.EN, ".");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("2 files, 1 plants checked with rule packs cn: 0 errors, 0 warnings"), r.err());
  }

  @Test
  void structuralFindingsKeepTheirFormat(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.line"), "plant P {\n\tcountry CN\n\tline L {\n\t\ttakt 60 s\n\t\tsource In\n"
        + "\t\tstation A manual-workstation { cycle-time 50 sec operators 1 }\n\t\tsink Out\n\t\tflow In -> A\n\t\tflow A -> Out\n\t}\n}\n",
        StandardCharsets.UTF_8);
    Fixtures.Run r = Fixtures.validate(dir, Fixtures.EN, "bad.line", "--rules", "none");
    assertEquals(ExitCode.FINDINGS, r.code());
    assertEquals(List.of("bad.line:6:48: error: unknown unit 'sec'; known units: ms, s, min, h [line.unknown-unit]"), r.out().lines().toList());
  }

  @Test
  void structuralFindingsComeInLineOrderWithTheirSeverity(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.line"), "namespace t\nplant P {\n\tcountry CN\n\tline L {\n\t\tsource In\n"
        + "\t\tstation A manual-workstation {\n\t\t\tcycle-time 50 sec\n\t\t\toperators 1\n\t\t}\n\t\tsink Out\n"
        + "\t\tflow In -> A\n\t\tflow A -> Out\n\t}\n}\n", StandardCharsets.UTF_8);
    Fixtures.Run r = Fixtures.validate(dir, Fixtures.EN, "bad.line", "--rules", "none");
    assertEquals(ExitCode.FINDINGS, r.code());
    assertEquals(List.of("bad.line:4:7: warning: line 'L' has no takt time [line.missing-takt]",
        "bad.line:7:18: error: unknown unit 'sec'; known units: ms, s, min, h [line.unknown-unit]"), r.out().lines().toList());
  }

  @Test
  void aBrokenFileGivesASyntaxErrorWithItsPlace(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.line"), "plant P {\n  country CN\n  line L { takt 60 s source In\n", StandardCharsets.UTF_8);
    Fixtures.Run r = Fixtures.validate(dir, Fixtures.EN, ".", "--rules", "none");
    assertEquals(ExitCode.FINDINGS, r.code());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("broken\\.line:\\d+:\\d+: error: .* \\[line\\.syntax\\]")), r.out());
  }

  @Test
  void theExamplesAreStructurallyClean() throws Exception {
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples", "--rules", "none");
    assertEquals(ExitCode.OK, r.code(), r.out());
    assertEquals("", r.out());
    assertTrue(r.err().contains("0 errors, 0 warnings"), r.err());
  }

  @Test
  void badOptionsAreUsageErrors(@TempDir Path dir) {
    UsageException pack = assertThrows(UsageException.class,
        () -> Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples", "--rules", "cn,xx"));
    assertTrue(pack.getMessage().contains("xx") && pack.getMessage().contains("cn"), pack.getMessage());
    UsageException format = assertThrows(UsageException.class,
        () -> Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples", "--format", "pdf"));
    assertTrue(format.getMessage().contains("sarif"), format.getMessage());
    assertThrows(UsageException.class, () -> Fixtures.validate(dir, Fixtures.EN));
    CommandException missing = assertThrows(CommandException.class, () -> Fixtures.validate(dir, Fixtures.EN, "nope.line"));
    assertEquals(ExitCode.USAGE, missing.exitCode());
    assertTrue(missing.getMessage().contains("nope.line"), missing.getMessage());
    CommandException empty = assertThrows(CommandException.class, () -> Fixtures.validate(dir, Fixtures.EN, "."));
    assertEquals(ExitCode.USAGE, empty.exitCode());
    assertTrue(empty.getMessage().contains("no .line files"), empty.getMessage());
  }

  @Test
  void outputIsWrittenToAFileWithoutLeftovers(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reports/cn.sarif");
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), Fixtures.EN, "examples", "--rules", "cn", "--format", "sarif", "--output",
        out.toString());
    assertEquals(ExitCode.FINDINGS, r.code());
    assertEquals("", r.out(), "the report goes to the file, not to stdout");
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("\"version\": \"2.1.0\""));
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertEquals(List.of(out), s.toList(), "no temporary file is left");
    }
  }
}
