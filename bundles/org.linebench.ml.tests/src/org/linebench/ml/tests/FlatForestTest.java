package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.FlatForest;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.model.StreamScorer;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;
import org.linebench.ml.weka.WekaRuntime;

import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A random forest scored from flat arrays gives Weka's predictions bit for bit: on generated rows
 * with nominal readings and missing values (every branch weighted), for a number and for classes,
 * and on NASA C-MAPSS with windows (whose first rows of each engine miss their statistics) and on
 * machines with a tuned maintenance forest, through the scorer.
 */
class FlatForestTest {
  static {
    WekaRuntime.start();
  }

  @TempDir
  Path dir;

  /** Two numeric readings, a nominal one, and the target; a value in ten missing. */
  private static Instances rows(int n, boolean numericTarget, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("speed"));
    attributes.add(new Attribute("tool", List.of("a", "b", "c")));
    attributes.add(new Attribute("load"));
    attributes.add(numericTarget ? new Attribute("wear") : new Attribute("state", List.of("ok", "worn", "broken")));
    Instances data = new Instances("rows", attributes, n);
    data.setClassIndex(3);
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      double speed = random.nextGaussian();
      int tool = random.nextInt(3);
      double load = random.nextDouble() * 10;
      double wear = speed * 2 + tool + load * load / 10 + random.nextGaussian() * 0.3;
      double[] v = {speed, tool, load, numericTarget ? wear : wear < 2 ? 0 : wear < 5 ? 1 : 2};
      for (int a = 0; a < 3; a++) {
        if (random.nextInt(10) == 0) {
          v[a] = Double.NaN;
        }
      }
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  private static void sameAsWeka(boolean numericTarget) throws Exception {
    RandomForest forest = new RandomForest();
    forest.setNumIterations(25);
    forest.setSeed(7);
    forest.buildClassifier(rows(2000, numericTarget, 1));
    FlatForest flat = FlatForest.of(forest);
    assertNotNull(flat);
    int missing = 0;
    for (Instance in : rows(3000, numericTarget, 2)) {
      double[] weka = forest.distributionForInstance(in);
      assertArrayEquals(weka, flat.distribution(in.toDoubleArray()), 0.0, in.toString());
      missing += in.hasMissingValue() ? 1 : 0;
    }
    assertTrue(missing > 500, "rows with missing values go down every branch: " + missing);
  }

  @Test
  void aForestOfNumbersPredictsWhatWekaPredicts() throws Exception {
    sameAsWeka(true);
  }

  @Test
  void aForestOfClassesGivesWekasDistribution() throws Exception {
    sameAsWeka(false);
  }

  @Test
  void otherModelsAreLeftToWeka() throws Exception {
    J48 tree = new J48();
    tree.buildClassifier(rows(200, false, 3));
    assertNull(FlatForest.of(tree));
  }

  private static List<String> predictions(Scorer.Predictions p) {
    return p.rows().stream().map(r -> r.predicted() + " " + java.util.Arrays.toString(r.probabilities())).toList();
  }

  /** Scores a table with the model's forest flat and with Weka: the same, row for row. */
  private void sameScores(TrainingResult r, CsvTable data, CsvTable table) throws Exception {
    ModelArtifacts.write(dir.resolve("m"), "m", r, data);
    ModelArtifacts.Loaded model = ModelArtifacts.load(dir.resolve("m"));
    StreamScorer flat = new StreamScorer(model);
    StreamScorer weka = new StreamScorer(model, false);
    assertTrue(flat.flat(), "the forest is copied");
    assertFalse(weka.flat());
    List<String> a = predictions(flat.score(table));
    assertEquals(table.rowCount(), a.size());
    assertEquals(predictions(weka.score(table)), a);
  }

  @Test
  void remainingLifeWithWindowsIsWekasOnCmapss() throws Exception {
    CsvTable train = Cmapss.trainTable();
    SeriesOptions series = new SeriesOptions("unit", "cycle", null, null, List.of(Window.parse("5")), List.of("mean", "std", "slope"),
        List.of(), List.of(), null, null, null);
    TrainingResult r = Trainer.train(train,
        new TrainingOptions("RUL", List.of(), List.of(), Recipe.RUL, "weka.classifiers.trees.RandomForest", "-I 10 -S 1", 2, 1), series,
        TrainingMonitor.NONE);
    sameScores(r, train, CsvTable.read(Cmapss.test(), null));
  }

  @Test
  void aTunedMaintenanceForestDecidesAsWeka() throws Exception {
    StringBuilder b = new StringBuilder("machine,cycle,temperature,vibration,failure soon\n");
    Random random = new Random(5);
    for (int u = 1; u <= 12; u++) {
      int life = 80 + random.nextInt(40);
      for (int c = 1; c <= life; c++) {
        double wear = c / (double) life;
        b.append("M").append(u).append(',').append(c).append(',').append(60 + 20 * wear + random.nextGaussian()).append(',')
            .append(random.nextInt(15) == 0 ? "" : String.valueOf(2 + 3 * wear * wear + 0.5 * random.nextGaussian())).append(',')
            .append(life - c < 10 ? "yes" : "no").append('\n');
      }
    }
    Path file = dir.resolve("machines.csv");
    Files.writeString(file, b.toString());
    CsvTable data = CsvTable.read(file, null);
    SeriesOptions series = new SeriesOptions("machine", "cycle", null, null, List.of(Window.parse("5")), List.of(), List.of(), List.of(),
        null, null, null);
    TrainingResult r = Trainer.train(data, TrainingOptions.of("failure soon").withRecipe(Recipe.MAINTENANCE).withFolds(3, 1), series,
        TrainingMonitor.NONE);
    sameScores(r, data, data);
  }
}
