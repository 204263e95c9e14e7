package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.Schema;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

/** Training, the leakage guard and the metrics on AI4I 2020 and on generated data. */
class TrainerTest {
  private static CsvTable ai4i;
  private static TrainingResult maintenance;

  @BeforeAll
  static void trainOnce() throws Exception {
    ai4i = CsvTable.read(CsvTableTest.ai4i(), null);
    // exactly what `linebench train --data ai4i2020.csv --target "Machine failure"` does: no --drop
    maintenance = Trainer.train(ai4i, TrainingOptions.of("Machine failure"), TrainingMonitor.NONE);
  }

  @Test
  void theMaintenanceRecipeReachesTheFailureF1TargetWithoutLeakage() {
    assertEquals(Recipe.MAINTENANCE, maintenance.recipe(), "a two-class target chooses the maintenance recipe");
    Set<String> dropped = maintenance.guard().stream().filter(GuardFinding::dropped).map(GuardFinding::column).collect(Collectors.toSet());
    assertEquals(Set.of("UDI", "Product ID", "TWF", "HDF", "PWF", "OSF", "RNF"), dropped);
    Set<String> used = maintenance.schema().features().stream().map(Schema.Feature::name).collect(Collectors.toSet());
    assertEquals(Set.of("Type", "Air temperature [K]", "Process temperature [K]", "Rotational speed [rpm]", "Torque [Nm]", "Tool wear [min]"), used);
    for (Schema.Derived d : maintenance.schema().derived()) {
      assertTrue(used.contains(d.left()) && used.contains(d.right()), "derived only from used columns: " + d);
    }
    Metrics m = maintenance.metrics();
    assertEquals(10, m.folds());
    assertEquals(10_000, m.instances());
    Metrics.ClassMetrics failure = m.of("1");
    assertEquals(339, failure.support());
    assertTrue(failure.f1() >= 0.85, "failure-class F1 " + failure.f1() + " (plain RandomForest: 0.771)");
    assertTrue(failure.rocAuc() > 0.95, "ROC AUC " + failure.rocAuc());
    assertTrue(failure.prAuc() > 0.8, "PR AUC " + failure.prAuc());
    assertEquals(0.9661, m.baselineAccuracy(), 1e-9, "always 'no failure'");
    assertEquals("0", m.majorityClass());
    assertTrue(m.accuracy() > m.baselineAccuracy());
    assertNotNull(m.threshold());
    assertTrue(m.threshold() > 0 && m.threshold() < 1);
    // the confusion matrix adds up, and agrees with recall
    assertEquals(10_000, m.confusion()[0][0] + m.confusion()[0][1] + m.confusion()[1][0] + m.confusion()[1][1]);
    assertEquals(339, m.confusion()[1][0] + m.confusion()[1][1]);
    assertEquals(failure.recall(), m.confusion()[1][1] / 339.0, 1e-9);
    // the ROC curve runs from (0,0) to (1,1), and the area under it is the reported AUC
    Metrics.Curve roc = m.roc().stream().filter(c -> c.value().equals("1")).findFirst().orElseThrow();
    assertTrue(roc.fpr().length <= Metrics.Curve.MAX_POINTS + 2);
    assertEquals(0, roc.fpr()[0]);
    assertEquals(1, roc.tpr()[roc.tpr().length - 1]);
    double area = 0;
    for (int i = 1; i < roc.fpr().length; i++) {
      assertTrue(roc.fpr()[i] >= roc.fpr()[i - 1], "false-positive rates rise");
      area += (roc.fpr()[i] - roc.fpr()[i - 1]) * (roc.tpr()[i] + roc.tpr()[i - 1]) / 2;
    }
    assertEquals(failure.rocAuc(), area, 0.02);
  }

  @Test
  void theGuardExplainsWhatItDropped() {
    GuardFinding udi = maintenance.guard().stream().filter(g -> g.column().equals("UDI")).findFirst().orElseThrow();
    assertEquals(GuardFinding.Kind.IDENTIFIER, udi.kind());
    assertTrue(udi.message().contains("UDI") && udi.message().contains("10000"), udi.message());
    GuardFinding twf = maintenance.guard().stream().filter(g -> g.column().equals("TWF")).findFirst().orElseThrow();
    assertEquals(GuardFinding.Kind.LABEL_FORM, twf.kind());
    GuardFinding rnf = maintenance.guard().stream().filter(g -> g.column().equals("RNF")).findFirst().orElseThrow();
    assertEquals(GuardFinding.Kind.EVENT_FLAG, rnf.kind(), "RNF rarely sets Machine failure: dropped as another event flag");
  }

  @Test
  void keepOverridesTheGuardAndDropAddsToIt() throws Exception {
    TrainingOptions o = new TrainingOptions("Machine failure", List.of("Type"), List.of("RNF"), Recipe.CUSTOM,
        "weka.classifiers.trees.J48", "-C 0.25 -M 2", 3, 1);
    TrainingResult r = Trainer.train(ai4i, o, TrainingMonitor.NONE);
    Set<String> used = r.schema().features().stream().map(Schema.Feature::name).collect(Collectors.toSet());
    assertFalse(used.contains("Type"));
    // RNF is only an event flag for the maintenance recipe; with --keep it would stay anyway
    assertTrue(used.contains("RNF"));
    assertFalse(used.contains("TWF"), "the label in another form is dropped whatever the classifier");
    assertTrue(r.schema().derived().isEmpty(), "a named classifier learns from the raw columns");
    assertEquals("weka.classifiers.trees.J48", r.classifier());
    assertTrue(r.options().contains("-C 0.25"), r.options());
  }

  @Test
  void theQualityRecipePredictsSeveralClasses() throws Exception {
    TrainingResult r = Trainer.train(ai4i, TrainingOptions.of("Type").withDrop(List.of("Machine failure")).withFolds(3, 1),
        TrainingMonitor.NONE);
    assertEquals(Recipe.QUALITY, r.recipe());
    Metrics m = r.metrics();
    assertEquals(List.of("M", "L", "H"), m.classes().stream().map(Metrics.ClassMetrics::value).toList());
    assertEquals(3, m.confusion().length);
    long total = 0;
    for (long[] row : m.confusion()) {
      for (long v : row) {
        total += v;
      }
    }
    assertEquals(10_000, total);
    assertEquals("L", m.majorityClass());
    assertEquals(0.6, m.baselineAccuracy(), 1e-9, "6,000 of 10,000 products are of type L");
  }

  /** y = 3a - 2b + noise: a regression with an honest baseline. */
  private static CsvTable linear(int rows, long seed) throws DataException {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder("a [mm],b [mm],y [N]\n");
    for (int i = 0; i < rows; i++) {
      double a = random.nextDouble() * 10;
      double c = random.nextDouble() * 10;
      b.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f%n", a, c, 3 * a - 2 * c + random.nextGaussian() * 0.1));
    }
    return CsvTable.parse("linear.csv", StandardCharsets.UTF_8, b.toString());
  }

  @Test
  void aNumericTargetGetsMaeAndRmseBesideTheMeanBaseline() throws Exception {
    TrainingResult r = Trainer.train(linear(300, 5), TrainingOptions.of("y [N]").withClassifier("weka.classifiers.functions.LinearRegression", ""),
        TrainingMonitor.NONE);
    Metrics m = r.metrics();
    assertTrue(m.classes().isEmpty());
    assertTrue(m.mae() < 0.15, "MAE " + m.mae());
    assertTrue(m.rmse() >= m.mae());
    assertTrue(m.baselineMae() > 10 * m.mae(), "the mean predicts far worse: " + m.baselineMae());
    assertTrue(m.correlation() > 0.99);
    TrainingResult forest = Trainer.train(linear(200, 6), TrainingOptions.of("y [N]").withFolds(3, 1), TrainingMonitor.NONE);
    assertEquals(Recipe.REGRESSION, forest.recipe());
    assertTrue(forest.schema().derived().stream().anyMatch(d -> d.operation().equals(Schema.DIFFERENCE)),
        "two columns in mm give a difference feature");
  }

  @Test
  void aColumnThatIsTheTargetInDisguiseIsNamed() throws Exception {
    Random random = new Random(3);
    StringBuilder b = new StringBuilder("sensor,echo,label\n");
    for (int i = 0; i < 200; i++) {
      int label = random.nextInt(2);
      b.append(random.nextGaussian()).append(',').append(label * 10 + random.nextDouble()).append(',').append(label == 1 ? "bad" : "good")
          .append('\n');
    }
    CsvTable t = CsvTable.parse("echo.csv", StandardCharsets.UTF_8, b.toString());
    TrainingResult r = Trainer.train(t, TrainingOptions.of("label").withClassifier("weka.classifiers.rules.ZeroR", "").withFolds(2, 1),
        TrainingMonitor.NONE);
    GuardFinding echo = r.guard().stream().filter(g -> g.column().equals("echo")).findFirst().orElseThrow();
    assertEquals(GuardFinding.Kind.NEAR_PERFECT, echo.kind());
    assertFalse(echo.dropped(), "a warning: the engineer decides");
    assertTrue(r.guard().stream().noneMatch(g -> g.column().equals("sensor")), "unique measurements are no identifiers");
  }

  @Test
  void classifiersThatCreateOtherClassifiersByNameWork() throws Exception {
    // RandomForest makes RandomTrees, Bagging makes what -W names: Weka looks them up by class name
    CsvTable t = linear(120, 2);
    TrainingResult forest = Trainer.train(t, TrainingOptions.of("y [N]").withClassifier("weka.classifiers.trees.RandomForest", "-I 5 -S 1")
        .withFolds(3, 1), TrainingMonitor.NONE);
    assertTrue(forest.options().contains("-I 5"), forest.options());
    TrainingResult bagging = Trainer.train(t, TrainingOptions.of("y [N]")
        .withClassifier("weka.classifiers.meta.Bagging", "-I 3 -W weka.classifiers.trees.REPTree").withFolds(3, 1), TrainingMonitor.NONE);
    assertTrue(bagging.metrics().mae() < bagging.metrics().baselineMae());
  }

  @Test
  void theSameSeedGivesTheSameFigures() throws Exception {
    CsvTable t = linear(150, 9);
    TrainingOptions o = TrainingOptions.of("y [N]").withClassifier("weka.classifiers.trees.REPTree", "").withFolds(5, 42);
    Metrics a = Trainer.train(t, o, TrainingMonitor.NONE).metrics();
    Metrics b = Trainer.train(t, o, TrainingMonitor.NONE).metrics();
    assertEquals(a.mae(), b.mae());
    Metrics c = Trainer.train(t, o.withFolds(5, 7), TrainingMonitor.NONE).metrics();
    assertFalse(a.mae().equals(c.mae()), "another seed, other folds");
  }

  @Test
  void badRequestsGetClearErrors() throws Exception {
    DataException missing = assertThrows(DataException.class,
        () -> Trainer.train(ai4i, TrainingOptions.of("Failure"), TrainingMonitor.NONE));
    assertEquals(1, missing.line());
    assertTrue(missing.getMessage().contains("Failure") && missing.getMessage().contains("Machine failure"), missing.getMessage());

    CsvTable one = CsvTable.parse("one.csv", StandardCharsets.UTF_8, "a,b\n1,x\n2,x\n3,x\n");
    DataException oneClass = assertThrows(DataException.class, () -> Trainer.train(one, TrainingOptions.of("b"), TrainingMonitor.NONE));
    assertEquals(2, oneClass.column());
    assertTrue(oneClass.getMessage().contains("'x'") || oneClass.getMessage().contains("x"), oneClass.getMessage());

    TrainingException unknown = assertThrows(TrainingException.class, () -> Trainer.train(ai4i,
        TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.trees.NoSuchTree", ""), TrainingMonitor.NONE));
    assertTrue(unknown.getMessage().contains("NoSuchTree"), unknown.getMessage());
    TrainingException badOption = assertThrows(TrainingException.class, () -> Trainer.train(ai4i,
        TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.trees.J48", "-Q nonsense -Z"), TrainingMonitor.NONE));
    assertTrue(badOption.getMessage().contains("J48"), badOption.getMessage());
    assertThrows(TrainingException.class, () -> Trainer.train(ai4i, TrainingOptions.of("Machine failure").withFolds(1, 1), TrainingMonitor.NONE));
    assertThrows(TrainingException.class,
        () -> Trainer.train(ai4i, TrainingOptions.of("Type").withRecipe(Recipe.MAINTENANCE), TrainingMonitor.NONE));
  }

  @Test
  void aCanceledRunStopsBetweenFolds() {
    TrainingMonitor cancelAfterFirstFold = new TrainingMonitor() {
      int folds;

      @Override
      public void stage(String message) {
        // not shown
      }

      @Override
      public void fold(int fold, int of) {
        folds = fold;
      }

      @Override
      public boolean isCanceled() {
        return folds >= 1;
      }
    };
    assertThrows(CancellationException.class, () -> Trainer.train(ai4i,
        TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.trees.J48", ""), cancelAfterFirstFold));
  }
}
