package org.linebench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.train.PartitionVote;

/**
 * The job on AI4I 2020 enlarged to 1,000,000 rows (replicated with jitter, synthetic) in a fleet's
 * layout, as CSV and as Parquet, with Spark in {@code local[2]}: the grid and bagging, their model
 * folders loaded back by LineBench's loader (hash and allow-list) and scored.
 */
class FleetJobTest {
  static final int ROWS = 1_000_000;
  static final String TARGET = "Machine failure";
  static final String NOTE = "AI4I 2020 replicated to 1,000,000 rows with 5 % jitter of the readings (test data)";

  static SparkSession spark;
  static Path work;
  static Path csv;
  static Path parquet;
  static Path ai4i;
  static SyntheticFleet.Written written;

  @BeforeAll
  static void start() throws Exception {
    work = Files.createTempDirectory("linebench-spark");
    ai4i = Path.of(System.getProperty("linebench.root", ".."), "data", "ai4i2020", "ai4i2020.csv");
    spark = SparkSession.builder().master("local[2]").appName("FleetJobTest").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").config("spark.driver.host", "127.0.0.1").getOrCreate();
    csv = work.resolve("fleet-csv");
    long t0 = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FleetJob.run(null, new String[] {"synth", "--from", ai4i.toString(), "--rows", String.valueOf(ROWS), "--output", csv.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals("wrote 1000000 rows in 8 files under " + csv, out.toString(StandardCharsets.UTF_8).strip());
    written = new SyntheticFleet.Written(files(csv, ".csv"), ROWS);
    // the same rows as Parquet, typed as LineBench's reader types the source
    CsvTable source = CsvTable.read(ai4i, null);
    List<StructField> fields = new ArrayList<>();
    for (CsvTable.Column c : source.columns()) {
      if (!c.name().equals("Product ID")) {
        fields.add(DataTypes.createStructField(c.name(), c.numeric() ? DataTypes.DoubleType : DataTypes.StringType, true));
      }
    }
    fields.add(DataTypes.createStructField(SyntheticFleet.STATION_TYPE, DataTypes.StringType, true));
    parquet = work.resolve("fleet-parquet");
    spark.read().option("header", "true").schema(new StructType(fields.toArray(StructField[]::new))).csv(csv.toString())
        .write().partitionBy("plant", "station").parquet(parquet.toString());
    System.out.printf("1,000,000 rows: CSV and Parquet written in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @AfterAll
  static void stop() throws Exception {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      // the figure that does not depend on what else the machine runs
      System.out.printf("test JVM CPU time: %d s (wall time on 2 free cores is at least half)%n", os.getProcessCpuTime() / 1_000_000_000L);
    }
    if (spark != null) {
      spark.stop();
    }
    try (Stream<Path> s = Files.walk(work)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static List<Path> files(Path root, String suffix) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** The card's sources: the partitioning, every file with its rows and its hash. */
  static void assertSources(ModelCard.Sources s, Path root, String suffix, String format) throws Exception {
    assertEquals(format, s.format());
    assertEquals(List.of("plant", "station"), s.partitionedBy());
    assertEquals(ROWS, s.rows());
    assertTrue(s.synthetic());
    assertEquals(NOTE, s.note());
    List<Path> files = files(root, suffix);
    assertEquals(files.size(), s.files().size());
    long rows = 0;
    for (ModelCard.SourceFile f : s.files()) {
      Path p = root.resolve(f.path());
      assertTrue(Files.isRegularFile(p), f.path());
      assertEquals(sha256(p), f.sha256(), f.path());
      assertEquals(Files.size(p), f.bytes());
      assertTrue(f.path().startsWith("plant=P"), f.path());
      rows += f.rows();
    }
    assertEquals(ROWS, rows);
  }

  /** What {@code linebench score} does with a model folder: load it (hash, allow-list) and score AI4I's rows. */
  static ModelArtifacts.Loaded loadAndScore(Path folder) throws Exception {
    ModelArtifacts.Loaded m = ModelArtifacts.load(folder);
    Scorer.Predictions p = Scorer.score(m, CsvTable.read(ai4i, null));
    assertEquals(10_000, p.rows().size());
    long failures = p.rows().stream().filter(r -> r.predicted().equals("1")).count();
    // AI4I has 339 failures; a model that learned something predicts a few hundred
    assertTrue(failures > 100 && failures < 1000, "predicted failures " + failures);
    return m;
  }

  @Test
  void synthesizedFleetHasTheLayoutAndTheRows() throws Exception {
    assertEquals(8, written.files().size());
    assertEquals(List.of("plant=P1/station=PRESS-1/part-00000.csv", "plant=P1/station=PRESS-2/part-00000.csv"),
        written.files().subList(0, 2).stream().map(p -> csv.relativize(p).toString()).toList());
    Dataset<Row> rows = spark.read().parquet(parquet.toString());
    assertEquals(ROWS, rows.count());
    assertEquals(ROWS, rows.select("UDI").distinct().count());
    // the labels are copied: 100 copies of AI4I's 339 failures
    assertEquals(33_900, rows.filter(rows.col(TARGET).equalTo(1.0)).count());
  }

  @Test
  void gridOnParquet() throws Exception {
    Path output = work.resolve("grid");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FleetJob.Result r = FleetJob.run(spark, new String[] {"grid", "--data", parquet.toString(), "--format", "parquet",
        "--target", TARGET, "--group-by", SyntheticFleet.STATION_TYPE, "--sample", "0.03", "--folds", "3",
        "--config", "weka.classifiers.trees.J48 -C 0.25 -M 2", "--config", "weka.classifiers.trees.J48 -C 0.25 -M 200",
        "--config", "weka.classifiers.bayes.NaiveBayes", "--synthetic", NOTE, "--output", output.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8));
    System.out.print(out.toString(StandardCharsets.UTF_8));
    Grid.Outcome g = r.grid();
    assertEquals(2 * 3 * 3 + 2, g.tasks());
    assertEquals(6, g.table().size());
    for (String group : List.of("PRESS", "WELD")) {
      List<Grid.Row> rows = g.table().stream().filter(x -> x.group().equals(group)).toList();
      assertEquals(3, rows.size());
      assertTrue(rows.get(0).best());
      assertTrue(rows.get(0).score() >= rows.get(1).score() && rows.get(1).score() >= rows.get(2).score());
      assertEquals(1, rows.stream().filter(Grid.Row::best).count());
      for (Grid.Row x : rows) {
        long[][] c = x.metrics().confusion();
        assertEquals(x.rows(), c[0][0] + c[0][1] + c[1][0] + c[1][1]); // every row evaluated once
        assertEquals(3, x.metrics().folds());
      }
      // a 3 % sample of half the fleet's rows
      assertTrue(Math.abs(rows.get(0).rows() - 15_000) < 600, "rows " + rows.get(0).rows());
    }
    assertEquals(2, r.folders().size());
    for (Path folder : r.folders()) {
      ModelArtifacts.Loaded m = loadAndScore(folder);
      ModelCard card = m.card();
      assertAreSources(card, parquet, ".parquet", "parquet");
      Grid.Row best = g.table().stream().filter(x -> x.best() && folder.getFileName().toString().equals(x.group())).findFirst().orElseThrow();
      assertEquals(best.config().classifier(), card.classifier());
      assertEquals(best.metrics().accuracy(), card.metrics().accuracy());
      assertEquals(best.rows(), card.data().rows());
      // the leakage guard ran in the tasks: the failure flags are the label in another form
      assertTrue(card.guard().stream().anyMatch(f -> f.column().equals("HDF") && f.dropped() && f.kind() == GuardFinding.Kind.LABEL_FORM),
          card.guard().toString());
      // and caught the running index in a task's sampled, shuffled rows (no --drop UDI)
      assertTrue(card.guard().stream().anyMatch(f -> f.column().equals("UDI") && f.dropped() && f.kind() == GuardFinding.Kind.IDENTIFIER),
          card.guard().toString());
      assertTrue(card.schema().features().stream().noneMatch(f -> List.of("UDI", "plant", "station", SyntheticFleet.STATION_TYPE).contains(f.name())));
    }
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("NaiveBayes"), table);
  }

  static void assertAreSources(ModelCard card, Path root, String suffix, String format) throws Exception {
    assertNotNull(card.sources());
    assertSources(card.sources(), root, suffix, format);
  }

  @Test
  void baggingOnCsvAgainstOneMachine() throws Exception {
    Path output = work.resolve("bagged");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FleetJob.Result r = FleetJob.run(spark, new String[] {"bag", "--data", csv.toString(), "--format", "csv",
        "--target", TARGET, "--drop", SyntheticFleet.STATION_TYPE, "--partitions", "8", "--holdout", "0.2",
        "--config", "weka.classifiers.trees.REPTree -M 20 -L 12", "--synthetic", NOTE, "--output", output.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8));
    System.out.print(out.toString(StandardCharsets.UTF_8));
    Bagging.Outcome b = r.bagging();
    assertEquals(8, b.partitions());
    assertEquals(ROWS, b.trainRows() + b.holdoutRows());
    assertTrue(Math.abs(b.holdoutRows() - 200_000) < 2_000, "hold-out " + b.holdoutRows());
    assertEquals(b.holdoutRows(), b.combined().metrics().instances());
    assertNotNull(b.single());
    assertEquals(b.holdoutRows(), b.single().instances());
    // both beat always answering "no failure", and both are reported
    assertTrue(b.combined().metrics().accuracy() > b.combined().metrics().baselineAccuracy());
    assertTrue(b.single().accuracy() > b.single().baselineAccuracy());
    ModelArtifacts.Loaded m = loadAndScore(output);
    PartitionVote vote = assertInstanceOf(PartitionVote.class, m.classifier());
    assertEquals(8, vote.size());
    ModelCard card = m.card();
    assertEquals(PartitionVote.class.getName(), card.classifier());
    // the guard, run on the driver's sample of the shuffled rows, caught the running index
    assertTrue(card.guard().stream().anyMatch(f -> f.column().equals("UDI") && f.dropped() && f.kind() == GuardFinding.Kind.IDENTIFIER),
        card.guard().toString());
    assertTrue(card.schema().features().stream().noneMatch(f -> List.of("UDI", "plant", "station", SyntheticFleet.STATION_TYPE).contains(f.name())));
    assertTrue(card.options().startsWith("8 x weka.classifiers.trees.REPTree -M 20"), card.options());
    assertSources(card.sources(), csv, ".csv", "csv");
    assertTrue(card.sources().training().contains("vs one machine"), card.sources().training());
    assertEquals(ModelFolder.toJson(card), ModelFolder.toJson(ModelFolder.verify(output)));
  }

  @Test
  void foldsAsTasksGiveTheFiguresOfOneCrossValidation() throws Exception {
    CsvTable table = CsvTable.read(ai4i, null);
    var options = GridConfig.parse("weka.classifiers.trees.J48 -C 0.25 -M 2").options(TARGET, List.of(), 4, 7);
    var serial = org.linebench.ml.train.Trainer.train(table, options, org.linebench.ml.train.TrainingMonitor.NONE).metrics();
    var p = org.linebench.ml.train.Trainer.prepare(table, options, org.linebench.ml.train.TrainingMonitor.NONE);
    weka.classifiers.AggregateableEvaluation all = null;
    for (int f = 3; f >= 0; f--) { // in any order, as tasks finish
      weka.classifiers.Evaluation e = org.linebench.ml.train.Trainer.fold(p, options, f);
      all = all == null ? new weka.classifiers.AggregateableEvaluation(e) : all;
      all.aggregate(e);
    }
    var gathered = org.linebench.ml.train.Trainer.metrics(all, p.data(), 4, 7);
    assertEquals(serial.accuracy(), gathered.accuracy());
    assertEquals(serial.kappa(), gathered.kappa());
    assertTrue(java.util.Arrays.deepEquals(serial.confusion(), gathered.confusion()));
    assertEquals(serial.classes(), gathered.classes());
    assertEquals(10_000, gathered.instances());
  }
}
