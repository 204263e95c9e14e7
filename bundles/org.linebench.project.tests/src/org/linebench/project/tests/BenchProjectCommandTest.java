package org.linebench.project.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.linebench.cli.CommandContext;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.project.cli.BenchProjectCommand;

/** {@code linebench bench-project} on a small generated project, in the test workspace. */
class BenchProjectCommandTest {

  @Test
  void printsTheFiguresOfTheFullAndTheIncrementalBuild() throws Exception {
    Fixtures.manualBuilds();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandContext context = new CommandContext(List.of("--files", "4", "--stations", "40", "--runs", "2"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Locale.ENGLISH, Path.of("."));
    assertEquals(ExitCode.OK, new BenchProjectCommand().run(context));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains(": 5 files checked, 0 structural problems,"), text);
    Matcher edit = Pattern.compile("one station edited, 2 runs, medians: re-validated and its markers written \\d+ ms after the reconcile started "
        + "\\(\\d+ ms CPU; at most \\d+ ms\\); saved, built incrementally and checked by the rule packs in \\d+ ms \\(\\d+ ms CPU; at most \\d+ ms\\): "
        + "1 files checked, 2 loaded;").matcher(text);
    assertTrue(edit.find(), text);
    assertTrue(text.contains("L001.line opened in a working copy and validated in "), text);
  }

  @Test
  void aBadNumberIsAUsageError() {
    CommandContext context = new CommandContext(List.of("--files", "0"), System.out, System.err, Locale.ENGLISH, Path.of("."));
    assertThrows(UsageException.class, () -> new BenchProjectCommand().run(context));
  }
}
