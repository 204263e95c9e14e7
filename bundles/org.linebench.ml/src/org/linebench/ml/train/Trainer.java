package org.linebench.ml.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.Schema;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.WekaTables;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.weka.ModelPolicy;
import org.linebench.ml.weka.WekaRuntime;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.evaluation.ThresholdCurve;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.trees.RandomForest;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.filters.supervised.instance.ClassBalancer;

/**
 * Trains a model on a table: reads the target, runs the leakage guard, derives features, runs a
 * stratified k-fold cross-validation and trains the final model on all rows.
 */
public final class Trainer {
  static {
    WekaRuntime.start();
  }

  /** Trees of the recipes' forests. */
  public static final int TREES = 100;
  /** Numeric columns beyond which no interaction features are derived (their count grows quadratically). */
  static final int MAX_INTERACTION_COLUMNS = 12;
  /** A numeric target with at most this many distinct integers is read as classes. */
  private static final int MAX_CLASSES_FROM_NUMBERS = 10;
  private static final int MAX_CLASSES = 50;

  private Trainer() {}

  /**
   * Trains and evaluates.
   *
   * @throws DataException when the data cannot be used (missing target column, one class, ...)
   * @throws TrainingException when the classifier cannot be created or fails
   * @throws CancellationException when the monitor cancels
   */
  public static TrainingResult train(CsvTable table, TrainingOptions options, TrainingMonitor monitor)
      throws DataException, TrainingException {
    return train(table, options, SeriesOptions.NONE, monitor);
  }

  /**
   * Trains and evaluates data that may be series of units: the split, series features and a
   * remaining-useful-life target as {@code series} says ({@link SeriesTraining}).
   *
   * @throws DataException when the data cannot be used (missing target column, one class, time
   *         going back within a unit, a window longer than the series, ...)
   * @throws TrainingException when the classifier cannot be created or fails, or the split does not
   *         fit the data
   * @throws CancellationException when the monitor cancels
   */
  public static TrainingResult train(CsvTable input, TrainingOptions options, SeriesOptions series, TrainingMonitor monitor)
      throws DataException, TrainingException {
    long start = System.nanoTime();
    SeriesTraining st = SeriesTraining.prepare(input, options, series, monitor);
    CsvTable table = st.table();
    if (options.folds() < 2 && !st.holdout()) {
      throw new TrainingException(NLS.bind(Messages.Train_badFolds, options.folds()));
    }
    for (String d : options.drop()) {
      WekaTables.columnOf(table, d);
    }
    int target = WekaTables.columnOf(table, options.target());
    CsvTable.Column targetColumn = table.columns().get(target);
    Recipe recipe = options.recipe();
    boolean nominal = readsAsClasses(table, target, recipe);
    String[] targetValues = null;
    List<String> classes = List.of();
    if (nominal) {
      targetValues = LeakageGuard.texts(table, target);
      Set<String> seen = new LinkedHashSet<>();
      for (String v : targetValues) {
        if (v != null) {
          seen.add(v);
        }
      }
      classes = new ArrayList<>(seen);
      if (targetColumn.numeric()) {
        classes.sort(Comparator.comparingDouble(Double::parseDouble));
      }
      if (classes.size() < 2) {
        throw new DataException(table.file(), 0, target + 1,
            NLS.bind(Messages.Train_oneClass, targetColumn.name(), classes.isEmpty() ? "" : classes.get(0))); //$NON-NLS-1$
      }
      if (classes.size() > MAX_CLASSES) {
        throw new DataException(table.file(), 0, target + 1, NLS.bind(Messages.Train_tooManyClasses, targetColumn.name(), classes.size()));
      }
    }
    if (recipe == null) {
      recipe = !nominal ? Recipe.REGRESSION : classes.size() == 2 ? Recipe.MAINTENANCE : Recipe.QUALITY;
    }
    if (recipe == Recipe.MAINTENANCE && classes.size() != 2) {
      throw new TrainingException(NLS.bind(Messages.Train_maintenanceNeedsTwo, targetColumn.name(), classes.size()));
    }
    if (recipe == Recipe.QUALITY && !nominal || (recipe == Recipe.REGRESSION || recipe == Recipe.RUL) && nominal) {
      throw new TrainingException(NLS.bind(Messages.Train_recipeTarget, recipe.id(), targetColumn.name()));
    }
    checkCanceled(monitor);
    monitor.stage(Messages.Train_stageGuard);
    TrainingMemory.checkGuard(table);
    List<GuardFinding> guard;
    try {
      guard = st.withoutSeriesColumns(LeakageGuard.inspect(table, target, targetValues, recipe, st.drop(options.drop()), options.keep()));
    } catch (OutOfMemoryError e) {
      throw TrainingMemory.exhausted(table);
    }
    Set<String> dropped = new LinkedHashSet<>();
    guard.stream().filter(GuardFinding::dropped).forEach(g -> dropped.add(g.column()));
    guard.stream().filter(g -> g.kind() != GuardFinding.Kind.USER_DROPPED).forEach(g -> monitor.warning(g.message()));
    st.warnIfShuffled(target, nominal);

    List<Schema.Feature> features = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      CsvTable.Column col = table.columns().get(c);
      if (c != target && !dropped.contains(col.name()) && !st.isSeriesColumn(col.name())) {
        features.add(new Schema.Feature(col.name(), col.numeric() ? Schema.NUMERIC : Schema.NOMINAL, col.unit(),
            col.numeric() ? List.of() : col.values()));
      }
    }
    if (features.isEmpty()) {
      throw new TrainingException(Messages.Train_noFeatures);
    }
    List<Schema.Derived> derived = new ArrayList<>(recipe == Recipe.CUSTOM ? List.of() : interactions(features));
    derived.addAll(st.seriesFeatures(features));
    table = st.table();
    Schema schema = new Schema(features, derived,
        new Schema.Target(targetColumn.name(), nominal ? Schema.NOMINAL : Schema.NUMERIC, targetColumn.unit(), classes));
    int slots = TrainingMemory.slots(table, schema, recipe, classCounts(targetValues, classes));
    Instances data;
    try {
      data = WekaTables.of(schema, table, true, null);
    } catch (OutOfMemoryError e) {
      throw TrainingMemory.exhausted(table);
    }
    int skipped = table.rowCount() - data.numInstances();
    if (options.folds() > data.numInstances() && !st.holdout()) {
      throw new TrainingException(NLS.bind(Messages.Train_foldsExceedRows, options.folds(), data.numInstances()));
    }

    Classifier template = create(recipe, options, data, slots);
    String classifierName;
    String classifierOptions;
    if (template instanceof TunedForest) {
      classifierName = RandomForest.class.getName();
      classifierOptions = Utils.joinOptions(forest(options.seed(), slots).getOptions());
    } else if (template instanceof FilteredClassifier fc) {
      classifierName = fc.getClassifier().getClass().getName();
      classifierOptions = Utils.joinOptions(((OptionHandler) fc.getClassifier()).getOptions());
    } else {
      classifierName = template.getClass().getName();
      classifierOptions = template instanceof OptionHandler oh ? Utils.joinOptions(oh.getOptions()) : ""; //$NON-NLS-1$
    }

    Metrics metrics;
    try {
      metrics = st.holdout() ? null : st.evaluates() ? st.crossValidate(template, data, options, monitor)
          : crossValidate(template, data, options, monitor);
      checkCanceled(monitor);
      monitor.stage(NLS.bind(Messages.Train_stageFinal, data.numInstances()));
      Classifier model = AbstractClassifier.makeCopy(template);
      model.buildClassifier(data);
      if (st.holdout()) {
        metrics = st.test(model, schema, data, options.seed(), monitor);
      }
      if (model instanceof TunedForest tf) {
        metrics = metrics.toBuilder().threshold(tf.threshold()).build();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new TrainingResult(model, schema, recipe, classifierName, classifierOptions, guard, metrics,
          data.numInstances(), skipped, millis, st.summary(options, nominal));
    } catch (CancellationException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      throw TrainingMemory.exhausted(table);
    } catch (Exception e) { // Weka declares Exception everywhere
      throw new TrainingException(NLS.bind(Messages.Train_failed, classifierName, describe(e)), e);
    }
  }

  /** Rows per class, or null for a numeric target. */
  private static int[] classCounts(String[] targetValues, List<String> classes) {
    if (targetValues == null) {
      return null;
    }
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      index.put(classes.get(i), i);
    }
    int[] counts = new int[classes.size()];
    for (String v : targetValues) {
      Integer i = v == null ? null : index.get(v);
      if (i != null) {
        counts[i]++;
      }
    }
    return counts;
  }

  /** An exception's message, or its class's name when it has none. */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }

  private static void checkCanceled(TrainingMonitor monitor) {
    if (monitor.isCanceled()) {
      throw new CancellationException();
    }
  }

  /** Whether the target is read as classes (true) or numbers (false). */
  private static boolean readsAsClasses(CsvTable table, int target, Recipe recipe) {
    CsvTable.Column col = table.columns().get(target);
    if (!col.numeric()) {
      return true;
    }
    if (recipe == Recipe.REGRESSION || recipe == Recipe.RUL) {
      return false;
    }
    if (recipe == Recipe.MAINTENANCE || recipe == Recipe.QUALITY) {
      return true;
    }
    Set<Double> distinct = new java.util.HashSet<>();
    boolean integers = true;
    for (int r = 0; r < table.rowCount() && distinct.size() <= MAX_CLASSES_FROM_NUMBERS; r++) {
      double d = table.number(r, target);
      if (!Double.isNaN(d)) {
        integers &= d == Math.rint(d);
        distinct.add(d);
      }
    }
    return integers && distinct.size() <= MAX_CLASSES_FROM_NUMBERS;
  }

  /**
   * Products of every pair of numeric columns and differences of columns in the same unit: the
   * physics a tree cannot compose from single thresholds (power = speed x torque, wear x load,
   * a temperature rise).
   */
  static List<Schema.Derived> interactions(List<Schema.Feature> features) {
    List<Schema.Feature> numeric = features.stream().filter(Schema.Feature::numeric).limit(MAX_INTERACTION_COLUMNS + 1L).toList();
    if (numeric.size() > MAX_INTERACTION_COLUMNS) {
      return List.of();
    }
    List<Schema.Derived> derived = new ArrayList<>();
    for (int i = 0; i < numeric.size(); i++) {
      for (int j = i + 1; j < numeric.size(); j++) {
        Schema.Feature a = numeric.get(i);
        Schema.Feature b = numeric.get(j);
        if (a.unit() != null && a.unit().equals(b.unit())) {
          derived.add(new Schema.Derived(b.name() + " - " + a.name(), Schema.DIFFERENCE, b.name(), a.name(), a.unit())); //$NON-NLS-1$
        }
        String unit = a.unit() == null || b.unit() == null ? null : a.unit() + "*" + b.unit(); //$NON-NLS-1$
        derived.add(new Schema.Derived(a.name() + " * " + b.name(), Schema.PRODUCT, a.name(), b.name(), unit)); //$NON-NLS-1$
      }
    }
    return derived;
  }

  private static RandomForest forest(int seed, int slots) {
    RandomForest rf = new RandomForest();
    rf.setNumIterations(TREES);
    rf.setSeed(seed);
    rf.setNumExecutionSlots(slots);
    return rf;
  }

  /**
   * @param slots threads a forest grows its trees on: one when memory allows no more (then an
   *        out-of-memory error reaches this thread instead of dying in one of Weka's)
   */
  private static Classifier create(Recipe recipe, TrainingOptions options, Instances data, int slots) throws TrainingException {
    switch (recipe) {
      case MAINTENANCE:
        return new TunedForest(TREES, options.seed(), slots);
      case QUALITY:
        FilteredClassifier fc = new FilteredClassifier();
        fc.setFilter(new ClassBalancer());
        fc.setClassifier(forest(options.seed(), slots));
        fc.setDoNotCheckForModifiedClassAttribute(true);
        return fc;
      case RUL:
        return options.classifier() == null ? forest(options.seed(), slots) : custom(options, data);
      case REGRESSION:
        return forest(options.seed(), slots);
      case CUSTOM:
      default:
        return custom(options, data);
    }
  }

  /** The classifier the user names, checked against what it can learn from. */
  private static Classifier custom(TrainingOptions options, Instances data) throws TrainingException {
    String name = Objects.requireNonNull(options.classifier(), "classifier"); //$NON-NLS-1$
    Classifier c;
    ModelPolicy.Risk risk = ModelPolicy.refusal(name);
    if (risk != null) {
      // what score would refuse to load is not trained in the first place
      throw new TrainingException(NLS.bind(Messages.Train_notLoadable, name, risk.text()));
    }
    try {
      c = instantiate(name);
      if (c instanceof OptionHandler oh) {
        oh.setOptions(Utils.splitOptions(options.options()));
      } else if (!options.options().isBlank()) {
        throw new IllegalArgumentException(options.options());
      }
    } catch (Exception | LinkageError e) { // unknown class, options it rejects, a library it lacks
      throw new TrainingException(NLS.bind(Messages.Train_badClassifier, new Object[] {name, options.options(), describe(e)}), e);
    }
    try {
      c.getCapabilities().testWithFail(data);
    } catch (Exception e) {
      throw new TrainingException(NLS.bind(Messages.Train_cannotHandle, name, describe(e)), e);
    }
    return c;
  }

  /**
   * A classifier by class name, loaded by the Weka bundle's class loader (Weka's own
   * {@code forName} goes through its package class-loader manager and fails inside OSGi).
   */
  private static Classifier instantiate(String name) throws ReflectiveOperationException {
    Class<?> c = Class.forName(name, true, Classifier.class.getClassLoader());
    if (!Classifier.class.isAssignableFrom(c)) {
      throw new ClassCastException(NLS.bind(Messages.Train_notAClassifier, name));
    }
    return (Classifier) c.getConstructor().newInstance();
  }

  private static Metrics crossValidate(Classifier template, Instances data, TrainingOptions options, TrainingMonitor monitor)
      throws Exception {
    int folds = options.folds();
    Random random = new Random(options.seed());
    Instances cv = new Instances(data);
    cv.randomize(random);
    if (cv.classAttribute().isNominal()) {
      cv.stratify(folds);
    }
    Evaluation eval = new Evaluation(cv);
    for (int i = 0; i < folds; i++) {
      checkCanceled(monitor);
      monitor.fold(i + 1, folds);
      Instances train = cv.trainCV(folds, i, random);
      Instances test = cv.testCV(folds, i);
      Classifier copy = AbstractClassifier.makeCopy(template);
      copy.buildClassifier(train);
      eval.evaluateModel(copy, test);
    }
    return metrics(eval, data, folds, options.seed());
  }

  /** The figures of an evaluation of {@code data}'s rows (or some of them) over this many folds or rounds. */
  static Metrics metrics(Evaluation eval, Instances data, int folds, int seed) throws Exception {
    if (!data.classAttribute().isNominal()) {
      double mae = eval.meanAbsoluteError();
      double rmse = eval.rootMeanSquaredError();
      double rae = eval.relativeAbsoluteError() / 100;
      double rrse = eval.rootRelativeSquaredError() / 100;
      return Metrics.builder(folds, seed, (int) eval.numInstances())
          .errors(mae, rmse, rae > 0 ? mae / rae : null, rrse > 0 ? rmse / rrse : null).correlation(eval.correlationCoefficient()).build();
    }
    int k = data.numClasses();
    int[] support = new int[k];
    for (Instance in : data) {
      support[(int) in.classValue()]++;
    }
    int majority = 0;
    for (int c = 1; c < k; c++) {
      if (support[c] > support[majority]) {
        majority = c;
      }
    }
    List<Metrics.ClassMetrics> classes = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      classes.add(new Metrics.ClassMetrics(data.classAttribute().value(c), support[c], finite(eval.precision(c)),
          finite(eval.recall(c)), finite(eval.fMeasure(c)), finite(eval.areaUnderROC(c)), finite(eval.areaUnderPRC(c))));
    }
    double[][] m = eval.confusionMatrix();
    long[][] confusion = new long[k][k];
    for (int a = 0; a < k; a++) {
      for (int p = 0; p < k; p++) {
        confusion[a][p] = Math.round(m[a][p]);
      }
    }
    return Metrics.builder(folds, seed, (int) eval.numInstances())
        .accuracy(eval.pctCorrect() / 100, support[majority] / (double) data.numInstances(), data.classAttribute().value(majority))
        .kappa(eval.kappa()).classes(classes).confusion(confusion).roc(roc(eval, data)).build();
  }

  /** Each class's ROC curve from the cross-validated predictions, thinned to at most 101 points. */
  private static List<Metrics.Curve> roc(Evaluation eval, Instances data) {
    List<Metrics.Curve> curves = new ArrayList<>();
    for (int c = 0; c < data.numClasses(); c++) {
      Instances curve = new ThresholdCurve().getCurve(eval.predictions(), c);
      if (curve == null || curve.numInstances() == 0) {
        continue;
      }
      int fpIndex = curve.attribute(ThresholdCurve.FP_RATE_NAME).index();
      int tpIndex = curve.attribute(ThresholdCurve.TP_RATE_NAME).index();
      // Weka lists the points from the highest threshold's (1,1) down to (0,0)
      int n = curve.numInstances();
      int points = Math.min(n, Metrics.Curve.MAX_POINTS);
      double[] fpr = new double[points + 2];
      double[] tpr = new double[points + 2];
      for (int p = 0; p < points; p++) {
        int i = n - 1 - (int) Math.round(p * (n - 1) / (double) Math.max(1, points - 1));
        fpr[p + 1] = curve.instance(i).value(fpIndex);
        tpr[p + 1] = curve.instance(i).value(tpIndex);
      }
      fpr[points + 1] = 1;
      tpr[points + 1] = 1;
      curves.add(new Metrics.Curve(data.classAttribute().value(c), fpr, tpr));
    }
    return curves;
  }

  private static double finite(double d) {
    return Double.isNaN(d) ? 0 : d;
  }
}
