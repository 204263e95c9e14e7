package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Every example exported to AutomationML and imported back gives the same lines: the same
 * stations, values, flows, devices, functions, sensors, model attachments, texts and types;
 * formatted files that validate like the originals; nothing reported as unmapped.
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
  }
}
