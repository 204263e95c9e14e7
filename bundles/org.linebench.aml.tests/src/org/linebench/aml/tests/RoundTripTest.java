package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
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
}
