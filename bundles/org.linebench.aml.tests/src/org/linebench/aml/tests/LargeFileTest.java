package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.aml.AmlImport;
import org.linebench.aml.CaexSchema;
import org.linebench.aml.cli.BenchAmlCommand;

/**
 * A generated AutomationML file of several megabytes (the benchmark's generator: a line of 100
 * stations repeated with new names and IDs) is valid CAEX and imports whole: every line into a file
 * of its own, every station and flow. Time and memory: {@code linebench bench-aml}.
 */
class LargeFileTest {

  @Test
  void aGeneratedFileOfFourMegabytesImportsWhole(@TempDir Path tmp) throws Exception {
    Path aml = BenchAmlCommand.generate(tmp, 4L * 1024 * 1024);
    assertTrue(Files.size(aml) >= 4L * 1024 * 1024, "size " + Files.size(aml));
    assertEquals(List.of(), CaexSchema.validate(aml, Locale.ENGLISH));
    AmlImport.Result r = AmlImport.run(aml, tmp.resolve("out"), Locale.ENGLISH, false);
    assertEquals(List.of(), r.report().entries());
    int lines = r.report().mapped().get("line");
    assertTrue(lines >= 7, "lines " + lines);
    assertEquals(lines * 100, (int) r.report().mapped().get("station"));
    assertEquals(lines + 1, r.files().size(), "a file per line, and the plant's");
    String copy = Files.readString(tmp.resolve("out/C00001.line"));
    assertTrue(copy.startsWith("namespace synthetic\n\nline C00001 of Synth {\n\ttakt 60 s\n"), copy.substring(0, 80));
    assertEquals(Files.readString(tmp.resolve("out/L000.line")).replace("L000", "C00001"), copy, "each copy imports like the original line");
  }
}
