package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.Schema;
import org.linebench.ml.card.Split;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.model.StreamScorer;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

/**
 * Splits that respect series, on NASA C-MAPSS FD003: a shuffled split lets the model see other
 * cycles of the engines it is tested on (with windows, rows moments apart look almost alike), and
 * its figures come out better than those of a split by engine or by time; the card says which
 * split made them.
 */
class SeriesTrainingTest {
  /** A quick learner: the comparison is about the splits, not the learner. */
  private static final String TREE = "weka.classifiers.trees.REPTree";
  /** A quick learner that remembers what it saw, as forests do: what a shuffled split flatters. */
  private static final String RANDOM_TREE = "weka.classifiers.trees.RandomTree";
  private static TrainingResult shuffled;
  private static TrainingResult grouped;
  private static TrainingResult forward;
  private static List<String> shuffledWarnings = new ArrayList<>();
  private static List<String> groupedWarnings = new ArrayList<>();

  @TempDir
  Path dir;

  private static TrainingOptions rul() {
    return new TrainingOptions("RUL", List.of(), List.of(), Recipe.RUL, TREE, "", 5, 1);
  }

  private static SeriesOptions split(String kind) {
    return new SeriesOptions("unit", "cycle", kind, null, List.of(), List.of(), List.of(), List.of(), null, null, null);
  }

  private static SeriesOptions windows(String kind) {
    return new SeriesOptions("unit", "cycle", kind, null, List.of(Window.parse("5"), Window.parse("20")), List.of("mean", "std", "slope"),
        List.of(), List.of(), null, null, null);
  }

  private static TrainingMonitor warnings(List<String> into) {
    return new TrainingMonitor() {
      @Override
      public void stage(String message) {
        // not looked at
      }

      @Override
      public void warning(String message) {
        into.add(message);
      }
    };
  }

  @BeforeAll
  static void trainThreeWays() throws Exception {
    CsvTable train = Cmapss.trainTable();
    TrainingOptions o = new TrainingOptions("RUL", List.of(), List.of(), Recipe.RUL, RANDOM_TREE, "-S 1", 5, 1);
    shuffled = Trainer.train(train, o, windows(Split.SHUFFLED), warnings(shuffledWarnings));
    grouped = Trainer.train(train, o, windows(null), warnings(groupedWarnings));
    forward = Trainer.train(train, o, windows(Split.FORWARD), TrainingMonitor.NONE);
  }

  @Test
  void shuffledFiguresAreBetterThanTheyWillBeForANewEngine() {
    double rmseShuffled = shuffled.series().rul().rmse();
    double rmseGrouped = grouped.series().rul().rmse();
    double rmseForward = forward.series().rul().rmse();
    assertTrue(rmseShuffled < 0.85 * rmseGrouped, "shuffled RMSE " + rmseShuffled + " vs grouped " + rmseGrouped);
    assertTrue(rmseShuffled < 0.85 * rmseForward, "shuffled RMSE " + rmseShuffled + " vs forward " + rmseForward);
    assertTrue(shuffled.series().rul().meanScore() < grouped.series().rul().meanScore(), "and the PHM 2008 score");
    assertEquals(shuffled.metrics().rmse(), rmseShuffled, 1e-9, "the RUL figures and Weka's agree");
    assertEquals(24_720, shuffled.series().rul().rows());
    assertEquals(24_720, grouped.series().rul().rows());
    assertEquals(100, grouped.series().rul().units().size());
    assertTrue(forward.series().rul().rows() < 24_720 && forward.series().rul().rows() > 24_720 * 0.7,
        "forward chaining never tests the first period: " + forward.series().rul().rows());
  }

  /** A cluster job ships training results between machines by Java serialization: a series run's too. */
  @Test
  void aSeriesResultSurvivesJavaSerialization() throws Exception {
    // without the model: its Weka classes are no concern of this test's class loader
    TrainingResult sent = new TrainingResult(null, grouped.schema(), grouped.recipe(), grouped.classifier(), grouped.options(),
        grouped.guard(), grouped.metrics(), grouped.rows(), grouped.skippedRows(), grouped.millis(), grouped.series());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(sent);
    }
    TrainingResult back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (TrainingResult) in.readObject();
    }
    assertEquals(grouped.series().split(), back.series().split());
    assertEquals(grouped.series().series(), back.series().series());
    assertEquals(grouped.series().rul(), back.series().rul());
    assertEquals(grouped.schema(), back.schema(), "with the series features' windows");
    assertTrue(back.schema().derived().stream().anyMatch(Schema.Derived::series), back.schema().derived().toString());
  }

  @Test
  void theShuffledRunIsWarnedAndTheCardRecordsEachSplit() {
    assertEquals(1, shuffledWarnings.size(), shuffledWarnings.toString());
    String w = shuffledWarnings.get(0);
    assertTrue(w.contains("column 'unit' names 100 units of about 247 rows each, and 'cycle' rises within each"), w);
    assertTrue(w.contains("--group unit") && w.contains("--time cycle"), w);
    assertEquals(w, shuffled.series().split().warning());
    assertTrue(groupedWarnings.isEmpty(), groupedWarnings.toString());
    assertEquals(new Split(Split.SHUFFLED, null, null, 5, null, 1, null, null, 0, null, w), shuffled.series().split());
    assertEquals(new Split(Split.GROUPED, "unit", null, 5, null, 1, null, null, 0, null, null), grouped.series().split());
    assertEquals(Split.FORWARD, forward.series().split().kind());
    assertEquals("cycle", forward.series().split().time());
    assertEquals(125.0, grouped.series().series().rulCap());
    assertTrue(grouped.series().series().derivedTarget());
    assertEquals(1.0, grouped.series().series().interval(), "one cycle between rows");
    assertTrue(grouped.schema().features().stream().noneMatch(f -> f.name().equals("unit") || f.name().equals("cycle")),
        "unit and cycle place a row, they are no readings");
  }

  @Test
  void heldOutEnginesAreScoredAtTheirLastCycleWithWindows() throws Exception {
    CsvTable train = Cmapss.trainTable();
    CsvTable test = CsvTable.read(Cmapss.test(), null);
    CsvTable truth = CsvTable.read(Cmapss.rul(), null);
    SeriesOptions series = new SeriesOptions("unit", "cycle", null, null, List.of(Window.parse("5"), Window.parse("20")),
        List.of("mean", "slope"), List.of(), List.of(1), null, test, truth);
    TrainingResult r = Trainer.train(train, rul(), series, TrainingMonitor.NONE);
    assertEquals(Split.HOLDOUT, r.series().split().kind());
    assertEquals("test_FD003.csv", r.series().split().test());
    assertEquals(test.sha256(), r.series().split().testSha256());
    assertEquals("RUL_FD003.csv", r.series().split().truth());
    assertEquals(100, r.series().split().testRows(), "one row per engine: its last");
    assertTrue(r.series().rul().lastRowsOnly());
    assertEquals(100, r.series().rul().rows());
    assertTrue(r.series().rul().rmse() < 35, "a single tree, RMSE " + r.series().rul().rmse());
    // the derived features name what they are computed from
    Schema.Derived mean = r.schema().derived().stream().filter(d -> d.name().equals("T24 mean(20)")).findFirst().orElseThrow();
    assertEquals("mean", mean.operation());
    assertEquals("T24", mean.left());
    assertEquals("20", mean.window());
    assertTrue(r.schema().derived().stream().anyMatch(d -> d.name().equals("Ps30 diff(1)")));
    assertTrue(r.schema().derived().stream().noneMatch(d -> d.left().equals("setting3")), "no windows over a constant");
    // written, loaded and scored: as a whole file, and in parts as a logger appends them, the same
    ModelCard card = ModelArtifacts.write(dir.resolve("m"), "rul", r, train);
    assertEquals(List.of("5", "20"), card.series().windows());
    assertEquals("unit", card.series().unit());
    assertNotNull(card.rul());
    ModelArtifacts.Loaded model = ModelArtifacts.load(dir.resolve("m"));
    assertEquals(card.split(), model.card().split());
    Scorer.Predictions whole = Scorer.score(model, test);
    List<String> lines = Files.readAllLines(Cmapss.test(), StandardCharsets.UTF_8);
    StreamScorer stream = new StreamScorer(model);
    List<Scorer.Row> parts = new ArrayList<>();
    for (int from = 1; from < lines.size(); from += 1234) {
      String text = lines.get(0) + "\n" + String.join("\n", lines.subList(from, Math.min(lines.size(), from + 1234))) + "\n";
      parts.addAll(stream.score(CsvTable.parse("part.csv", StandardCharsets.UTF_8, text)).rows());
    }
    assertEquals(whole.rows().size(), parts.size());
    for (int i = 0; i < parts.size(); i++) {
      assertEquals(whole.rows().get(i).predicted(), parts.get(i).predicted(), "row " + (i + 1));
      assertEquals(i + 1, parts.get(i).row());
    }
    assertTrue(stream.historyBytes() > 0);
  }

  @Test
  void independentRowsAreNotWarned() throws Exception {
    List<String> warnings = new ArrayList<>();
    TrainingResult r = Trainer.train(CsvTable.read(CsvTableTest.ai4i(), null),
        TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.rules.OneR", "").withFolds(3, 1), SeriesOptions.NONE,
        warnings(warnings));
    assertTrue(warnings.stream().noneMatch(w -> w.contains("series")), warnings.toString());
    assertEquals(Split.STRATIFIED, r.series().split().kind());
    assertNull(r.series().series());
    assertNull(r.series().rul());
  }

  @Test
  void splitsThatDoNotFitTheDataAreRefused() throws Exception {
    CsvTable train = Cmapss.trainTable();
    TrainingException noUnit = assertThrows(TrainingException.class, () -> Trainer.train(train, rul(),
        new SeriesOptions(null, "cycle", Split.GROUPED, null, List.of(), List.of(), List.of(), List.of(), null, null, null), TrainingMonitor.NONE));
    assertTrue(noUnit.getMessage().contains("--group"), noUnit.getMessage());
    TrainingException rulUnit = assertThrows(TrainingException.class, () -> Trainer.train(train, rul(),
        new SeriesOptions(null, "cycle", null, null, List.of(), List.of(), List.of(), List.of(), null, null, null), TrainingMonitor.NONE));
    assertTrue(rulUnit.getMessage().contains("each unit's last row"), rulUnit.getMessage());
    CsvTable few = CsvTable.parse("few.csv", StandardCharsets.UTF_8, "unit,cycle,x,y\n1,1,1,2\n1,2,2,3\n2,1,1,1\n2,2,3,4\n");
    TrainingException folds = assertThrows(TrainingException.class, () -> Trainer.train(few,
        TrainingOptions.of("y").withClassifier(TREE, "").withFolds(3, 1), split(null), TrainingMonitor.NONE));
    assertTrue(folds.getMessage().contains("2 units cannot fill 3 folds"), folds.getMessage());
    DataException window = assertThrows(DataException.class, () -> Trainer.train(few, TrainingOptions.of("y").withClassifier(TREE, "")
        .withFolds(2, 1), new SeriesOptions("unit", "cycle", null, null, List.of(Window.parse("10min")), List.of(), List.of(), List.of(), null,
            null, null), TrainingMonitor.NONE));
    assertTrue(window.describe().startsWith("few.csv:1:2: window 10min spans time, but column 'cycle' has no unit of time"),
        window.describe());
  }
}
