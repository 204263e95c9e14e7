package org.linebench.ml.tests;

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
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.ml.cli.ScoreCommand;
import org.linebench.ml.cli.TrainCommand;
import org.linebench.ml.model.ModelArtifacts;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code linebench train} and {@code linebench score} as the command line runs them. */
class MlCommandsTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private Run run(Command command, String... args) throws CommandException {
    return run(dir, command, args);
  }

  /** Runs a command in a folder, in English, and keeps what it printed. */
  static Run run(Path dir, Command command, String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, dir));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void trainPrintsMetricsAndScoreWritesPredictions() throws Exception {
    String data = CsvTableTest.ai4i().toString();
    Run train = run(new TrainCommand(), "--data", data, "--target", "Machine failure", "--classifier", "weka.classifiers.trees.J48",
        "--options", "-C 0.25 -M 2", "--folds", "5", "--seed", "3", "--output", "m");
    assertEquals(ExitCode.OK, train.code());
    for (String expected : List.of("precision", "recall", "F1", "ROC AUC", "PR AUC", "baseline 0.966", "confusion matrix", "5-fold")) {
      assertTrue(train.out().contains(expected), expected + " in\n" + train.out());
    }
    assertTrue(train.err().contains("fold 5 of 5"), "progress goes to stderr");
    assertTrue(train.err().contains("warning: column 'UDI' dropped"), train.err());
    assertTrue(Files.isRegularFile(ModelArtifactsTest.modelFile(dir.resolve("m"))) && Files.isRegularFile(dir.resolve("m/model.json")));

    Run score = run(new ScoreCommand(), "--model", "m", "--data", data, "--output", "out/predictions.csv");
    assertEquals(ExitCode.OK, score.code());
    List<String> lines = Files.readAllLines(dir.resolve("out/predictions.csv"));
    assertEquals(10_001, lines.size(), "a header and one row per input row");
    assertTrue(score.out().contains("10000"), score.out());
  }

  @Test
  void jsonFormatPrintsTheCardAndNothingElse() throws Exception {
    Run train = run(new TrainCommand(), "--data", CsvTableTest.ai4i().toString(), "--target", "Type", "--drop", "Machine failure",
        "--classifier", "weka.classifiers.rules.OneR", "--folds", "2", "--output", "q", "--format", "json");
    JsonObject card = JsonParser.parseString(train.out()).getAsJsonObject();
    assertEquals("linebench-model-card/1", card.get("format").getAsString());
    assertEquals(3, card.getAsJsonObject("schema").getAsJsonObject("target").getAsJsonArray("values").size());
    assertEquals(Files.readString(dir.resolve("q/model.json")).strip(), train.out().strip());
  }

  @Test
  void aTamperedModelExitsWithTwo() throws Exception {
    String data = CsvTableTest.ai4i().toString();
    run(new TrainCommand(), "--data", data, "--target", "Machine failure", "--classifier", "weka.classifiers.rules.OneR", "--folds", "2",
        "--output", "t");
    Path bin = ModelArtifactsTest.modelFile(dir.resolve("t"));
    byte[] b = Files.readAllBytes(bin);
    b[b.length - 1] ^= 0x20;
    Files.write(bin, b);
    CommandException e = assertThrows(CommandException.class,
        () -> run(new ScoreCommand(), "--model", "t", "--data", data, "--output", "p.csv"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("p.csv")), "nothing is written");
  }

  @Test
  void badCommandLinesAreUsageErrors() throws Exception {
    String data = CsvTableTest.ai4i().toString();
    assertThrows(UsageException.class, () -> run(new TrainCommand(), "--data", data, "--output", "x"));
    assertThrows(UsageException.class, () -> run(new TrainCommand(), "--data", data, "--target", "Type", "--output", "x", "--recipe", "magic"));
    assertThrows(UsageException.class, () -> run(new TrainCommand(), "--data", data, "--target", "Type", "--output", "x", "--folds", "ten"));
    assertThrows(UsageException.class,
        () -> run(new TrainCommand(), "--data", data, "--target", "Type", "--output", "x", "--encoding", "EBCDIC-klingon"));
    CommandException missing = assertThrows(CommandException.class,
        () -> run(new TrainCommand(), "--data", "no-such.csv", "--target", "Type", "--output", "x"));
    assertEquals(ExitCode.USAGE, missing.exitCode());
    assertTrue(missing.getMessage().contains("no-such.csv"), missing.getMessage());
  }
}
