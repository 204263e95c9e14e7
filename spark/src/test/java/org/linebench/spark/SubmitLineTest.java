package org.linebench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.ml.cli.SparkSubmitCommand;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.train.PartitionVote;

/**
 * The line {@code linebench spark-submit} prints, run as spark-submit would run it: its words
 * after the jar go to the job (here in the tests' local session), with the maintenance recipe
 * on AI4I 2020 as a one-station fleet.
 */
class SubmitLineTest {
  @TempDir
  Path dir;

  /** The words of a POSIX shell line as the command quotes them (plain words and '...' with '\'' inside). */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '\'') {
          quoted = false;
        } else {
          w.append(c);
        }
      } else if (c == '\'') {
        quoted = true;
        any = true;
      } else if (c == '\\' && i + 1 < line.length()) {
        w.append(line.charAt(++i));
      } else if (Character.isWhitespace(c)) {
        if (any || w.length() > 0) {
          words.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
      }
    }
    if (any || w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  @Test
  void thePrintedLineTrainsTheRecipeByBagging() throws Exception {
    Path fleet = dir.resolve("fleet");
    Path file = fleet.resolve("plant=CN1").resolve("station=OP20").resolve("ai4i.csv");
    Files.createDirectories(file.getParent());
    Files.copy(Path.of(System.getProperty("linebench.root", ".."), "data", "ai4i2020", "ai4i2020.csv"), file);
    Path output = dir.resolve("models it's");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SparkSubmitCommand().run(new CommandContext(List.of("--mode", "bag", "--data", fleet.toString(), "--format", "csv",
        "--target", "Machine failure", "--recipe", "maintenance", "--master", "local[2]", "--partitions", "2", "--output",
        output.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Locale.ENGLISH, dir));
    List<String> line = words(out.toString(StandardCharsets.UTF_8).strip());
    assertEquals(List.of("spark-submit", "--master", "local[2]", "--class", FleetJob.class.getName(), "linebench-spark-job.jar"),
        line.subList(0, 6));
    SparkSession spark = SparkSession.builder().master(line.get(2)).appName("SubmitLineTest").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    ByteArrayOutputStream job = new ByteArrayOutputStream();
    FleetJob.Result r = FleetJob.run(spark, line.subList(6, line.size()).toArray(String[]::new), new PrintStream(job, true, StandardCharsets.UTF_8));
    System.out.print(job.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(output), r.folders());
    ModelArtifacts.Loaded m = ModelArtifacts.load(output);
    assertEquals(2, assertInstanceOf(PartitionVote.class, m.classifier()).size());
    assertEquals("maintenance", m.card().recipe());
    assertEquals(List.of("plant", "station"), m.card().sources().partitionedBy());
    assertEquals(10_000, m.card().sources().rows());
    assertTrue(!m.card().sources().synthetic());
    // the recipe's interaction features are derived in every partition from the one schema
    assertTrue(m.card().schema().derived().size() > 5, m.card().schema().derived().toString());
    assertTrue(m.card().metrics().accuracy() > m.card().metrics().baselineAccuracy(), job.toString(StandardCharsets.UTF_8));
  }
}
