package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.ml.cli.SparkSubmitCommand;

/** {@code linebench spark-submit}: the line it prints, and its usage errors. */
class SparkSubmitCommandTest {
  @TempDir
  Path dir;

  private String run(String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = new SparkSubmitCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.ENGLISH, dir));
    assertEquals(ExitCode.OK, code);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheGridLineWithTheRecipe() throws Exception {
    assertEquals("spark-submit --master 'local[2]' --class org.linebench.spark.FleetJob linebench-spark-job.jar grid"
        + " --data hdfs:///fleet/ai4i --format parquet --target 'Machine failure' --config maintenance --output models/grid\n",
        run("--data", "hdfs:///fleet/ai4i", "--target", "Machine failure", "--master", "local[2]").replace(System.lineSeparator(), "\n"));
  }

  @Test
  void printsTheBaggingLineWithAClassifierAndQuotesWhatAShellWouldSplit() throws Exception {
    assertEquals("spark-submit --master yarn --class org.linebench.spark.FleetJob /opt/jobs/linebench-spark-job.jar bag"
        + " --data s3a://plant-data/fleet --format csv --target '质量 [级]' --config 'weka.classifiers.trees.J48 -C 0.25 -M 20'"
        + " --partitions 64 --output '/models/it'\\''s'",
        run("--mode", "bag", "--data", "s3a://plant-data/fleet", "--format", "csv", "--target", "质量 [级]", "--classifier",
            "weka.classifiers.trees.J48", "--options", "-C 0.25 -M 20", "--master", "yarn", "--partitions", "64",
            "--jar", "/opt/jobs/linebench-spark-job.jar", "--output", "/models/it's").strip());
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertThrows(UsageException.class, () -> run("--target", "Machine failure"));
    assertThrows(UsageException.class, () -> run("--data", "fleet"));
    UsageException mode = assertThrows(UsageException.class, () -> run("--data", "fleet", "--target", "y", "--mode", "all"));
    assertEquals("unknown mode 'all' (use grid or bag)", mode.getMessage());
    assertThrows(UsageException.class, () -> run("--data", "fleet", "--target", "y", "--format", "xlsx"));
    assertThrows(UsageException.class, () -> run("--data", "fleet", "--target", "y", "--recipe", "magic"));
    assertThrows(UsageException.class, () -> run("--data", "fleet", "--target", "y", "--recipe", "quality", "--classifier", "weka.classifiers.trees.J48"));
    assertThrows(UsageException.class, () -> run("--data", "fleet", "--target", "y", "--options", "-C 0.1"));
    assertThrows(UsageException.class, () -> run("--data", "fleet", "--target", "y", "--folds", "ten"));
  }

  @Test
  void theUsageIsTranslated() throws Exception {
    Properties zh = new Properties();
    try (var in = SparkSubmitCommand.class.getResourceAsStream("/org/linebench/ml/cli/messages_zh.properties")) {
      zh.load(in);
    }
    assertTrue(zh.getProperty("Spark_usage").startsWith("用法：linebench spark-submit --data URI --target 列名"), zh.getProperty("Spark_usage"));
    assertEquals("未知模式“all”（可用 grid 或 bag）", org.eclipse.osgi.util.NLS.bind(zh.getProperty("Spark_badMode"), "all"));
  }
}
