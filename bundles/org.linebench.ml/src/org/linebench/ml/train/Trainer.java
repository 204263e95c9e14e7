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
    Prepared p = prepare(st, options, monitor);
    try {
      Metrics metrics = st.holdout() ? null : st.evaluates() ? st.crossValidate(p.template(), p.data(), options, monitor)
          : crossValidate(p.template(), p.data(), options, monitor);
      return finish(p, metrics, st, options, monitor, start);
    } catch (CancellationException | TrainingException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      throw TrainingMemory.exhausted(st.table());
    } catch (Exception e) { // Weka declares Exception everywhere
      throw new TrainingException(NLS.bind(Messages.Train_failed, p.classifier(), describe(e)), e);
    }
  }

  /**
   * What training does before the cross-validation: the target read, the leakage guard run, the
   * features derived, the table converted and the classifier chosen. A job that spreads the folds
   * over machines prepares on each ({@link #fold}), gathers the folds ({@link #metrics}) and
   * trains the final model once ({@link #finish}).
   *
   * @param schema the columns the model reads and its target
   * @param recipe the recipe (chosen from the target when the options name none)
   * @param data the table as Weka's instances, rows without a target left out
   * @param template the untrained classifier
   * @param classifier its class name as the card records it
   * @param options its options as the card records them
   * @param guard what the leakage guard did
   * @param skippedRows rows left out
   */
  public record Prepared(Schema schema, Recipe recipe, Instances data, Classifier template, String classifier,
      String options, List<GuardFinding> guard, int skippedRows) {}

  /**
   * Prepares training of rows read as independent rows (no series options): everything before the
   * cross-validation ({@link Prepared}).
   */
  public static Prepared prepare(CsvTable table, TrainingOptions options, TrainingMonitor monitor)
      throws DataException, TrainingException {
    return prepare(SeriesTraining.prepare(table, options, SeriesOptions.NONE, monitor), options, monitor);
  }

  /** Prepares training of the table {@code st} made (with its computed target), as {@code st}'s split and features say. */
  private static Prepared prepare(SeriesTraining st, TrainingOptions options, TrainingMonitor monitor)
      throws DataException, TrainingException {
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

    return new Prepared(schema, recipe, data, template, classifierName, classifierOptions, guard, skipped);
  }

  /**
   * Trains the final model on all rows of a prepared training and puts the result together.
   *
   * @param metrics the cross-validated figures ({@link #metrics})
   * @param start {@link System#nanoTime()} when training began
   */
  public static TrainingResult finish(Prepared p, Metrics metrics, TrainingMonitor monitor, long start)
      throws TrainingException {
    return finish(p, metrics, null, null, monitor, start);
  }

  /**
   * Trains the final model, tests it on the hold-out set when {@code st}'s split is one, and puts
   * the result together with what was done with series.
   *
   * @param metrics the evaluation's figures, or null for a hold-out split (the test makes them)
   * @param st the series training the data were prepared by, or null (then no split is recorded)
   * @param options the training's options; with {@code st} only
   */
  private static TrainingResult finish(Prepared p, Metrics metrics, SeriesTraining st, TrainingOptions options,
      TrainingMonitor monitor, long start) throws TrainingException {
    checkCanceled(monitor);
    monitor.stage(NLS.bind(Messages.Train_stageFinal, p.data().numInstances()));
    Classifier model;
    Metrics m = metrics;
    try {
      model = AbstractClassifier.makeCopy(p.template());
      model.buildClassifier(p.data());
      if (st != null && st.holdout()) {
        m = st.test(model, p.schema(), p.data(), options.seed(), monitor);
      }
    } catch (CancellationException e) {
      throw e;
    } catch (Exception e) { // Weka declares Exception everywhere
      throw new TrainingException(NLS.bind(Messages.Train_failed, p.classifier(), describe(e)), e);
    }
    if (model instanceof TunedForest tf) {
      m = m.toBuilder().threshold(tf.threshold()).build();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new TrainingResult(model, p.schema(), p.recipe(), p.classifier(), p.options(), p.guard(), m,
        p.data().numInstances(), p.skippedRows(), millis, st == null ? null : st.summary(options, !p.schema().target().numeric()));
  }

  /**
   * Fold {@code fold} (0-based) of the stratified cross-validation {@link #train} runs, on its own:
   * the same split (the shuffles of the earlier folds are replayed), so that the folds can run as
   * independent tasks and {@link weka.classifiers.AggregateableEvaluation} gathers exactly the figures of one run.
   */
  public static Evaluation fold(Prepared p, TrainingOptions options, int fold) throws TrainingException {
    int folds = options.folds();
    Random random = new Random(options.seed());
    Instances cv = new Instances(p.data());
    cv.randomize(random);
    if (cv.classAttribute().isNominal()) {
      cv.stratify(folds);
    }
    try {
      Evaluation eval = new Evaluation(cv);
      for (int i = 0; i < fold; i++) {
        cv.trainCV(folds, i, random); // the shuffle fold i makes, for the random's state
      }
      Instances train = cv.trainCV(folds, fold, random);
      Classifier copy = AbstractClassifier.makeCopy(p.template());
      copy.buildClassifier(train);
      eval.evaluateModel(copy, cv.testCV(folds, fold));
      return eval;
    } catch (Exception e) { // Weka declares Exception everywhere
      throw new TrainingException(NLS.bind(Messages.Train_failed, p.classifier(), describe(e)), e);
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

  /**
   * The card's figures of an evaluation: of a cross-validation ({@code folds} folds), of folds
   * gathered with {@link weka.classifiers.AggregateableEvaluation}, or of a hold-out set ({@code folds} 1).
   *
   * @param data the rows evaluated, or only their header: the class attribute (the support per class comes from the evaluation)
   */
  public static Metrics metrics(Evaluation eval, Instances data, int folds, int seed) throws TrainingException {
    if (!data.classAttribute().isNominal()) {
      try {
        double mae = eval.meanAbsoluteError();
        double rmse = eval.rootMeanSquaredError();
        double rae = eval.relativeAbsoluteError() / 100;
        double rrse = eval.rootRelativeSquaredError() / 100;
        return Metrics.builder(folds, seed, (int) eval.numInstances())
            .errors(mae, rmse, rae > 0 ? mae / rae : null, rrse > 0 ? rmse / rrse : null).correlation(eval.correlationCoefficient()).build();
      } catch (Exception e) { // Weka declares Exception everywhere
        throw new TrainingException(describe(e), e);
      }
    }
    int k = data.numClasses();
    double[][] m = eval.confusionMatrix();
    // the rows evaluated per class: each row once in a cross-validation, the hold-out's otherwise
    int[] support = new int[k];
    for (int a = 0; a < k; a++) {
      double sum = 0;
      for (double v : m[a]) {
        sum += v;
      }
      support[a] = (int) Math.round(sum);
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
    long[][] confusion = new long[k][k];
    for (int a = 0; a < k; a++) {
      for (int p = 0; p < k; p++) {
        confusion[a][p] = Math.round(m[a][p]);
      }
    }
    return Metrics.builder(folds, seed, (int) eval.numInstances())
        .accuracy(eval.pctCorrect() / 100, support[majority] / eval.numInstances(), data.classAttribute().value(majority))
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
