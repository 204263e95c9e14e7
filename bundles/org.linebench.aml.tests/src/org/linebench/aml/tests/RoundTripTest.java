package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.aml.AmlExport;
import org.linebench.aml.AmlImport;
import org.linebench.dsl.api.LineFormatting;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;

/**
 * Every example exported to AutomationML and imported back gives the same lines: the same
 * stations, values, flows, devices, functions, hazards, sensors, model attachments, texts,
 * calendars, variants and types; formatted files that validate like the originals, with the same
 * findings of the CN and EU rule packs; nothing reported as unmapped.
 */
class RoundTripTest {

  static List<String> examples() {
    return Fixtures.EXAMPLES;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleComesBackTheSame(String name, @TempDir Path tmp) throws Exception {
    LineModels.Result original = Fixtures.example(name);
    Path aml = tmp.resolve(name + ".aml");
    AmlExport.export(original.files(), aml);
    Path out = tmp.resolve("out");
    AmlImport.Result r = AmlImport.run(aml, out, Locale.ENGLISH);
    assertEquals(List.of(), r.report().entries(), "nothing unmapped or changed");
    // paths below the folder that holds all the exported files: examples/, or examples/library for the catalogue alone
    Path base = name.equals("library") ? Fixtures.examples().resolve("library") : Fixtures.examples();
    List<String> expectedFiles = original.files().keySet().stream()
        .map(p -> base.relativize(p).toString().replace('\\', '/')).sorted().toList();
    assertEquals(expectedFiles, r.files().stream().map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList());
    for (Path f : r.files()) {
      String text = Files.readString(f);
      assertEquals(LineFormatting.format(LineModels.injector(), text), text, "formatted: " + f);
    }
    LineModels.Result back = LineModels.load(r.files());
    assertEquals(List.of(), back.issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).toList());
    assertEquals(original.issues().stream().map(i -> i.code()).sorted().toList(), back.issues().stream().map(i -> i.code()).sorted().toList(),
        "the same warnings");
    assertEquals(Fingerprint.of(original.files()), Fingerprint.of(back.files()));
    List<String> findings = findings(original);
    if (name.endsWith("-noncompliant")) {
      assertFalse(findings.isEmpty(), "the non-compliant examples have findings to compare");
    }
    assertEquals(findings, findings(back), "the same findings of the CN and EU packs");
  }

  /** What the CN and EU rule packs find, rule by rule and element by element (files and positions differ after the trip). */
  private static List<String> findings(LineModels.Result loaded) {
    RulePacks installed = RulePacks.fromPlatform();
    List<RulePack> packs = List.of(installed.find("cn").orElseThrow(), installed.find("eu").orElseThrow());
    try (RuleEngine engine = new RuleEngine()) {
      return engine.run(packs, PlantModel.of(loaded.files().values()), Locale.ENGLISH, true).findings().stream()
          .map(f -> f.packId() + " " + f.ruleId() + " " + f.severity() + " " + f.element()).sorted().toList();
    }
  }

  /** What cannot come back is reported, element by element, and left out: nothing is dropped silently. */
  @Test
  void whatCannotComeBackIsReported(@TempDir Path tmp) throws Exception {
    Path aml = tmp.resolve("b.aml");
    AmlExport.export(Fixtures.example("bodyshop").files(), aml);
    String text = Files.readString(aml);
    String broken = text.replaceFirst("<InternalLink Name=\"H20 zone Z20\"[^>]*/>", "")
        .replaceFirst("<InternalLink Name=\"OP20 failures TipWear\"[^>]*/>", "")
        .replaceFirst("<Value>empirical</Value>", "<Value>gamma</Value>");
    assertEquals(3, java.util.stream.Stream.of("H20 zone Z20", "OP20 failures TipWear", "<Value>empirical<").filter(x -> !broken.contains(x)).count(),
        "the three changes were made");
    Files.writeString(aml, broken);
    AmlImport.Result r = AmlImport.run(aml, tmp.resolve("out"), Locale.ENGLISH);
    List<String> messages = r.report().entries().stream().map(e -> e.element() + ": " + e.message()).toList();
    String line = "bodyshop/bodyshop.line/Changchun/BodyInWhite/";
    assertEquals(List.of(line + "OP10.variation: attribute 'variation': 'gamma' is none of exponential, triangular, lognormal, normal, weibull, empirical",
        line + "OP20: station 'OP20': predicted failures name no model: left out", line + "H20: hazard 'H20' lies in no hazard zone: left out"),
        messages);
    assertTrue(r.report().entries().stream().allMatch(e -> e.line() > 0), "each with its line in the file");
    String op = Files.readString(tmp.resolve("out/bodyshop/bodyshop.line"));
    assertFalse(op.contains("hazard H20 "), "left out");
    assertFalse(op.contains("failures predicted-by"), "left out");
    assertTrue(op.contains("hazard H30 "), "the others come back");
  }
}
