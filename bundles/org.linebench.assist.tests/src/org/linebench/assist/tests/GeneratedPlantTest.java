package org.linebench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.linebench.assist.cli.BenchAssistCommand;
import org.linebench.cli.CommandContext;
import org.linebench.cli.ExitCode;
import org.linebench.dsl.api.SyntheticPlants;

/** A generated line of 200 stations with its light curtains moved nearer: hundreds of findings explained and gated without an error. */
class GeneratedPlantTest {

  /** The bench on each non-compliant example runs through (its figures printed for README). */
  @Test
  void theBenchRunsOnTheExamples(@TempDir Path dir) throws Exception {
    for (String example : Examples.FILES) {
      Path copy = Examples.copy(example, dir.resolve(example.replace('/', '_')));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = new BenchAssistCommand().run(new CommandContext(List.of(copy.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.ENGLISH, dir));
      System.out.println(example + ": " + out.toString(StandardCharsets.UTF_8));
      assertEquals(ExitCode.OK, code);
      assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s)\\d+ findings explained.*"));
    }
  }

  @Test
  void hundredsOfFindingsAreExplainedAndGated(@TempDir Path dir) throws Exception {
    List<Path> files = SyntheticPlants.write(dir, 200, 42, 200);
    Path line = files.get(1);
    // every curtain 300 mm from its zone: each needs more (S ≥ 1600·0.17 s + 128 mm = 400 mm)
    Files.writeString(line, Files.readString(line).replace("response 20 ms distance 800 mm", "response 20 ms distance 300 mm"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new BenchAssistCommand().run(new CommandContext(List.of(line.toString(), "--rules", "cn"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, dir));
    String printed = out.toString(StandardCharsets.UTF_8);
    System.out.println(printed);
    assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) findings explained").matcher(printed);
    assertTrue(m.find(), printed);
    assertTrue(Integer.parseInt(m.group(1)) >= 250, printed);
    assertTrue(printed.matches("(?s).*\\d+ fixes proposed, [1-9]\\d* passed.*"), printed);
  }
}
