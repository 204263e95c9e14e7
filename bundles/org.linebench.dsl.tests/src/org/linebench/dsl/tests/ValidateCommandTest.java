package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.cli.ValidateCommand;
import org.linebench.testing.Sources;

/** {@code linebench validate}: its output format and exit codes. */
class ValidateCommandTest {

  record Run(int code, String out, String err) {}

  static Run validate(Path cwd, String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ValidateCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, cwd));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theExamplesPass() throws Exception {
    Run r = validate(Sources.examples().getParent(), "examples");
    assertEquals(ExitCode.OK, r.code(), r.out());
    assertEquals("", r.out(), "no findings on stdout");
    assertTrue(r.err().contains("0 errors, 0 warnings"), r.err());
  }

  @Test
  void findingsArePrintedAsFileLineColumnSeverityMessageCode(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.line"), ValidationTest.CLEAN.replace("cycle-time 50 s", "cycle-time 50 sec")
        .replace("takt 60 s", ""), StandardCharsets.UTF_8);
    Run r = validate(dir, "bad.line");
    assertEquals(ExitCode.FINDINGS, r.code());
    assertEquals(List.of(
        "bad.line:4:7: warning: line 'L' has no takt time [line.missing-takt]",
        "bad.line:8:18: error: unknown unit 'sec'; known units: ms, s, min, h [line.unknown-unit]"),
        r.out().lines().toList());
  }

  @Test
  void aBrokenFileGivesASyntaxErrorWithItsPlace(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.line"), "plant P {\n  country CN\n  line L { takt 60 s source In\n", StandardCharsets.UTF_8);
    Run r = validate(dir, ".");
    assertEquals(ExitCode.FINDINGS, r.code());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("broken\\.line:\\d+:\\d+: error: .* \\[line\\.syntax\\]")), r.out());
  }

  @Test
  void missingInputIsAUsageError(@TempDir Path dir) {
    assertThrows(UsageException.class, () -> validate(dir));
    CommandException e = assertThrows(CommandException.class, () -> validate(dir, "nope.line"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("nope.line"), e.getMessage());
    CommandException empty = assertThrows(CommandException.class, () -> validate(dir, "."));
    assertTrue(empty.getMessage().contains("no .line files"), empty.getMessage());
  }
}
