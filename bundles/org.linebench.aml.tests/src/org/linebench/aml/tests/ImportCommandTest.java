package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.aml.AmlExport;
import org.linebench.aml.cli.ImportCommand;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.dsl.api.LineModels;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;

/** {@code linebench import}: exit codes, the report, the summary, refusals as one line with file, line and column. */
class ImportCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(Path cwd, String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ImportCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, cwd));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anExportedExampleImportsCleanly(@TempDir Path tmp) throws Exception {
    LineModels.Result bodyshop = Fixtures.example("bodyshop");
    AmlExport.export(bodyshop.files(), tmp.resolve("b.aml"));
    Run r = run(tmp, "b.aml", "--output", "out");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().strip().startsWith(bodyshop.files().size() + " line files written to out: "), r.out());
    assertTrue(r.out().strip().endsWith("; 0 parts not mapped, 0 changed to fit; 0 errors in the written lines"), r.out());
    for (String kind : List.of("station", "hazard", "two-hand-control", "pressure-mat", "calendar", "variant")) {
      assertTrue(r.out().contains(" " + count(bodyshop, kind) + " " + kind + ","), kind + " in " + r.out());
    }
    assertEquals("importing b.aml\n", r.err());
    assertTrue(Files.isRegularFile(tmp.resolve("out/bodyshop/bodyshop.line")));
  }

  /** How many elements of this kind (its keyword) the example's files declare. */
  private static long count(LineModels.Result example, String keyword) {
    return example.files().values().stream().flatMap(f -> java.util.stream.StreamSupport.stream(
        ((Iterable<org.eclipse.emf.ecore.EObject>) f::eAllContents).spliterator(), false))
        .filter(o -> org.linebench.aml.internal.Kind.of(o) != null && org.linebench.aml.internal.Kind.of(o).keyword().equals(keyword)).count();
  }

  @Test
  void foreignFilesGetTheirReportAndTheValidationOfWhatWasWritten(@TempDir Path tmp) throws Exception {
    Files.copy(Fixtures.aml("automationml-python/validation-suite_small-valid-motor.aml"), tmp.resolve("motor.aml"));
    Run r = run(tmp, "motor.aml", "--output", "out");
    assertEquals(ExitCode.OK, r.code());
    assertEquals(List.of(
        "motor.aml:23:140: ExampleSystemUnitClassLib/Motor.speed: attribute 'speed' = '1500' has no counterpart in a line file",
        "motor.aml:6:128: Plant/Motor-1: a component here: in a line file a component stands in a station; left out, its elements are looked at in turn",
        "1 line files written to out: 1 equipment-type; 2 parts not mapped, 0 changed to fit; 0 errors in the written lines"),
        r.out().lines().toList());
  }

  @Test
  void refusalsAreOneLineWithFileLineAndColumn(@TempDir Path tmp) throws Exception {
    Files.copy(Fixtures.aml("automationml-python/opcua-comparison-fixtures_unsafe-entity.aml"), tmp.resolve("u.aml"));
    CommandException e = assertThrows(CommandException.class, () -> run(tmp, "u.aml", "--output", "out"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith("u.aml:2:92: the file has a DOCTYPE declaration"), e.getMessage());
    assertThrows(UsageException.class, () -> run(tmp, "--output", "out"));
    assertThrows(UsageException.class, () -> run(tmp, "u.aml"));
    CommandException missing = assertThrows(CommandException.class, () -> run(tmp, "nothing.aml", "--output", "out"));
    assertEquals("no such file: " + tmp.resolve("nothing.aml"), missing.getMessage());
  }

  @Test
  void aFolderOrAFifoIsRefusedForWhatItIsAtOnceAndNothingIsWritten(@TempDir Path tmp) throws Exception {
    Files.createDirectory(tmp.resolve("folder.aml"));
    CommandException folder = assertThrows(CommandException.class, () -> run(tmp, "folder.aml", "--output", "out"));
    assertEquals(ExitCode.USAGE, folder.exitCode());
    assertEquals(tmp.resolve("folder.aml") + " is a folder, not a regular file: LineBench reads only regular files", folder.getMessage());
    Path fifo = tmp.resolve("pipe.aml");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
    // a reader of a FIFO waits for a writer forever: refused before it is opened
    CommandException pipe = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(CommandException.class, () -> run(tmp, "pipe.aml", "--output", "out")));
    assertEquals(fifo + " is a FIFO (named pipe), not a regular file: LineBench reads only regular files", pipe.getMessage());
    assertFalse(Files.exists(tmp.resolve("out")));
  }
}
