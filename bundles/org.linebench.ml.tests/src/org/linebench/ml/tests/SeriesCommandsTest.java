package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.Command;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.ml.cli.ScoreCommand;
import org.linebench.ml.cli.TrainCommand;
import org.linebench.ml.tests.MlCommandsTest.Run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code train} with series options and {@code score --follow}, as the command line runs them. */
class SeriesCommandsTest {
  @TempDir
  Path dir;

  private Run run(Command command, String... args) throws CommandException {
    return MlCommandsTest.run(dir, command, args);
  }

  /** Machines logging a slowly rising temperature; a failure flag near the end of each one's series. */
  private Path machines(String name, int units, int cycles) throws Exception {
    StringBuilder b = new StringBuilder("machine,cycle,temperature [°C],vibration [mm/s],failure soon\n");
    java.util.Random random = new java.util.Random(units);
    for (int u = 1; u <= units; u++) {
      int life = cycles - random.nextInt(cycles / 4);
      for (int c = 1; c <= life; c++) {
        double wear = c / (double) life;
        b.append("M").append(u).append(',').append(c).append(',').append(String.format(Locale.ROOT, "%.3f", 60 + 20 * wear + random.nextGaussian()))
            .append(',').append(String.format(Locale.ROOT, "%.3f", 2 + 3 * wear * wear + 0.5 * random.nextGaussian())).append(',')
            .append(life - c < 10 ? "yes" : "no").append('\n');
      }
    }
    Path p = dir.resolve(name);
    Files.writeString(p, b.toString());
    return p;
  }

  @Test
  void trainReportsTheSplitAndTheRemainingLifeInBothLanguages() throws Exception {
    String data = Cmapss.train().toString();
    Run en = run(new TrainCommand(), "--data", data, "--recipe", "rul", "--classifier", "weka.classifiers.trees.REPTree", "--group", "unit",
        "--time", "cycle", "--folds", "3", "--output", "m", "--window", "10", "--stats", "mean,max");
    assertEquals(ExitCode.OK, en.code());
    assertTrue(en.out().contains("target 'RUL', 24720 rows, grouped 3-fold cross-validation by 'unit' (every unit in one fold), seed 1"),
        en.out());
    assertTrue(en.out().contains("remaining useful life: RMSE "), en.out());
    assertTrue(en.out().contains("predictions of 100 units"), en.out());
    assertTrue(en.err().contains("computing 36 series features of 18 readings"), en.err());
    assertTrue(!en.err().contains("look like series"), "no warning for a grouped split: " + en.err());
    JsonObject card = JsonParser.parseString(Files.readString(dir.resolve("m/model.json"))).getAsJsonObject();
    assertEquals("grouped", card.getAsJsonObject("split").get("kind").getAsString());
    assertEquals("unit", card.getAsJsonObject("series").get("unit").getAsString());
    assertEquals("rul", card.get("recipe").getAsString());
    assertTrue(card.getAsJsonObject("rul").get("rmse").getAsDouble() > 0);

    // (the texts in Chinese: the product smoke test runs the same with --lang zh)
    Run shuffled = run(new TrainCommand(), "--data", data, "--recipe", "rul", "--classifier", "weka.classifiers.trees.REPTree",
        "--group", "unit", "--time", "cycle", "--split", "shuffled", "--folds", "3", "--output", "z");
    assertTrue(shuffled.out().contains("3-fold cross-validation of shuffled rows, seed 1"), shuffled.out());
    assertTrue(shuffled.err().contains("warning: shuffled cross-validation mixes rows, but the data look like series: column 'unit' names 100 units"),
        shuffled.err());
  }

  @Test
  void badSeriesInputIsAnExitTwoMessageWithFileAndLine() throws Exception {
    Path data = machines("machines.csv", 4, 40);
    String d = data.toString();
    CommandException unknown = assertThrows(CommandException.class,
        () -> run(new TrainCommand(), "--data", d, "--target", "failure soon", "--group", "engine", "--output", "a"));
    assertEquals(ExitCode.USAGE, unknown.exitCode());
    assertTrue(unknown.getMessage().startsWith(d + ":1: there is no column 'engine'"), unknown.getMessage());
    CommandException tooLong = assertThrows(CommandException.class,
        () -> run(new TrainCommand(), "--data", d, "--target", "failure soon", "--group", "machine", "--time", "cycle", "--window", "50",
            "--folds", "2", "--output", "b"));
    assertTrue(tooLong.getMessage().contains("window 50 is longer than every series: the longest (machine M"), tooLong.getMessage());
    // rows of one machine out of time order
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(data));
    String third = lines.get(3);
    lines.set(3, lines.get(4));
    lines.set(4, third);
    Path shuffledFile = dir.resolve("swapped.csv");
    Files.write(shuffledFile, lines);
    CommandException back = assertThrows(CommandException.class, () -> run(new TrainCommand(), "--data", shuffledFile.toString(), "--target",
        "failure soon", "--group", "machine", "--time", "cycle", "--window", "5", "--folds", "2", "--output", "c"));
    assertTrue(back.getMessage().startsWith(shuffledFile + ":5:2: time goes back within machine M1: 'cycle' is 3 here, after 4 on line 4"),
        back.getMessage());
    assertThrows(UsageException.class, () -> run(new TrainCommand(), "--data", d, "--target", "failure soon", "--window", "5 rows", "--output", "e"));
    assertThrows(UsageException.class, () -> run(new TrainCommand(), "--data", d, "--target", "failure soon", "--stats", "median", "--output", "e"));
    assertThrows(UsageException.class, () -> run(new TrainCommand(), "--data", d, "--target", "failure soon", "--split", "random", "--output", "e"));
    assertThrows(UsageException.class, () -> run(new TrainCommand(), "--data", d, "--target", "failure soon", "--lags", "0", "--output", "e"));
    assertTrue(Files.notExists(dir.resolve("b/model.json")) && Files.notExists(dir.resolve("c/model.json")), "nothing written");
  }

  @Test
  void aClassifierOnMachineSeriesIsGroupedByMachineAndStratified() throws Exception {
    Path data = machines("machines.csv", 12, 60);
    Run r = run(new TrainCommand(), "--data", data.toString(), "--target", "failure soon", "--group", "machine", "--time", "cycle",
        "--window", "5", "--diffs", "1", "--classifier", "weka.classifiers.trees.J48", "--folds", "4", "--output", "g");
    assertTrue(r.out().contains("grouped 4-fold cross-validation by 'machine'"), r.out());
    assertTrue(r.out().contains("confusion matrix"), r.out());
    Run t = run(new TrainCommand(), "--data", data.toString(), "--target", "failure soon", "--group", "machine", "--time", "cycle",
        "--split", "forward", "--gap", "3", "--classifier", "weka.classifiers.trees.J48", "--folds", "3", "--output", "f");
    assertTrue(t.out().contains("forward chaining over 'cycle': 3 rounds, each trains on the past and tests on the next period, gap 3"),
        t.out());
  }

  @Test
  void followScoresRowsAsTheyAreAppended() throws Exception {
    Path data = machines("machines.csv", 3, 40);
    run(new TrainCommand(), "--data", data.toString(), "--target", "failure soon", "--group", "machine", "--time", "cycle", "--window", "5",
        "--classifier", "weka.classifiers.trees.J48", "--folds", "3", "--output", "m");
    List<String> lines = Files.readAllLines(data);
    Path log = dir.resolve("logger.csv");
    Files.write(log, lines.subList(0, 21)); // the header and 20 rows
    Run batch = run(new ScoreCommand(), "--model", "m", "--data", data.toString(), "--output", "all.csv", "--no-bom");
    assertEquals(ExitCode.OK, batch.code());
    CompletableFuture<Run> follow = CompletableFuture.supplyAsync(() -> {
      try {
        return run(new ScoreCommand(), "--model", "m", "--data", log.toString(), "--output", "live.csv", "--follow", "--until-idle", "3",
            "--no-bom");
      } catch (CommandException e) {
        throw new IllegalStateException(e);
      }
    });
    Path live = dir.resolve("live.csv");
    waitForLines(live, 21);
    // a logger appends rows, the last one in two writes
    for (int from = 21; from < lines.size(); from += 25) {
      List<String> part = lines.subList(from, Math.min(lines.size(), from + 25));
      String text = String.join("\n", part) + "\n";
      int cut = text.length() - 7;
      Files.writeString(log, text.substring(0, cut), StandardOpenOption.APPEND);
      Thread.sleep(150);
      Files.writeString(log, text.substring(cut), StandardOpenOption.APPEND);
      waitForLines(live, Math.min(lines.size(), from + 25));
    }
    Run done = follow.get(60, TimeUnit.SECONDS);
    assertEquals(ExitCode.OK, done.code());
    assertTrue(done.out().contains((lines.size() - 1) + " predictions written to"), done.out());
    assertEquals(Files.readAllLines(dir.resolve("all.csv")), Files.readAllLines(live), "the stream predicts what the whole file predicts");
  }

  private static void waitForLines(Path file, int lines) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until) {
      if (Files.exists(file) && Files.readAllLines(file).size() >= lines) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(file + " did not reach " + lines + " lines");
  }
}
