package org.linebench.ml.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.EventFigures;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.RulFigures;
import org.linebench.ml.card.Schema;
import org.linebench.ml.card.SeriesSpec;
import org.linebench.ml.card.Split;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.WekaTables;
import org.linebench.ml.series.Events;
import org.linebench.ml.series.Folds;
import org.linebench.ml.series.Rul;
import org.linebench.ml.series.SeriesDetector;
import org.linebench.ml.series.SeriesFeature;
import org.linebench.ml.series.SeriesFeatures;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.series.SeriesSummary;
import org.linebench.ml.series.SeriesTable;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.Instances;

/**
 * The part of a training run that reads data as series of units: the split (grouped k-fold,
 * forward chaining, a held-out file, or shuffled with a warning when the data are series), the
 * remaining-useful-life target, series features over windows, and the figures per unit.
 */
final class SeriesTraining {
  private final SeriesOptions series;
  private final Recipe recipe;
  private final String targetName;
  private final TrainingMonitor monitor;
  private final String kind;
  private final double cap;
  private final boolean derivedTarget;
  private CsvTable table;
  private SeriesTable seriesTable;
  private List<SeriesFeature> features = List.of();
  private String warning;
  private RulFigures rul;
  private int testRows;
  private Events events;
  private double horizon = Double.NaN;
  private EventFigures eventFigures;

  private SeriesTraining(SeriesOptions series, TrainingOptions options, TrainingMonitor monitor, String kind, double cap,
      boolean derivedTarget, CsvTable table, SeriesTable seriesTable) {
    this.series = series;
    this.recipe = options.recipe();
    this.targetName = options.target();
    this.monitor = monitor;
    this.kind = kind;
    this.cap = cap;
    this.derivedTarget = derivedTarget;
    this.table = table;
    this.seriesTable = seriesTable;
  }

  /**
   * Checks the series options against the data, reads units and times, and computes a
   * remaining-useful-life target the data do not hold.
   */
  static SeriesTraining prepare(CsvTable data, TrainingOptions options, SeriesOptions series, TrainingMonitor monitor)
      throws DataException, TrainingException {
    String kind = kind(series);
    boolean rulRecipe = options.recipe() == Recipe.RUL;
    SeriesTable st = series.unit() != null || series.time() != null || series.windowed() || rulRecipe
        ? SeriesTable.of(data, series.unit(), series.time(), series.windowed()) : null;
    double cap = series.cap() == null ? Rul.DEFAULT_CAP : series.cap() > 0 ? series.cap() : Double.POSITIVE_INFINITY;
    CsvTable table = data;
    boolean derived = false;
    int t = data.columnIndex(options.target());
    Events events = null;
    double horizon = Double.NaN;
    if (series.events() != null) {
      if (series.unit() == null || series.time() == null) {
        throw new TrainingException(Messages.Series_eventsNeedUnitTime);
      }
      if (t >= 0) {
        throw new TrainingException(NLS.bind(Messages.Series_eventsTarget, options.target()));
      }
      if (rulRecipe || options.recipe() == Recipe.REGRESSION) { // the label is a class: warned or not
        throw new TrainingException(NLS.bind(Messages.Series_eventsRecipe, options.recipe().id()));
      }
      events = Events.read(series.events(), series.unit(), series.time());
      horizon = span(series.horizon(), st, series.time(), Messages.Series_badHorizon);
      if (!(horizon > 0)) {
        throw new TrainingException(NLS.bind(Messages.Series_badHorizon, series.horizon()));
      }
      table = data.withColumns(List.of(column(options.target())), new double[][] {events.labels(st, horizon)});
      derived = true;
    } else if (rulRecipe && t < 0) {
      if (series.unit() == null) {
        throw new TrainingException(NLS.bind(Messages.Series_rulNeedsUnit, options.target()));
      }
      table = data.withColumns(List.of(column(options.target())), new double[][] {Rul.target(st, cap)});
      derived = true;
    } else if (rulRecipe && data.columns().get(t).numeric() && cap < Double.POSITIVE_INFINITY) {
      double[] v = new double[data.rowCount()];
      for (int r = 0; r < v.length; r++) {
        v[r] = Math.min(cap, data.number(r, t));
      }
      table = data.withColumns(List.of(data.columns().get(t)), new double[][] {v});
    }
    SeriesTraining training = new SeriesTraining(series, options, monitor, kind, cap, derived, table, st == null ? null : st.withTable(table));
    training.events = events;
    training.horizon = horizon;
    return training;
  }

  private static CsvTable.Column column(String name) {
    return new CsvTable.Column(name, true, null, List.of());
  }

  private static String kind(SeriesOptions series) throws TrainingException {
    String kind = series.split() != null ? series.split()
        : series.test() != null ? Split.HOLDOUT : series.unit() != null ? Split.GROUPED : series.time() != null ? Split.FORWARD : Split.SHUFFLED;
    if (Split.STRATIFIED.equals(kind)) {
      kind = Split.SHUFFLED;
    }
    if (!List.of(Split.SHUFFLED, Split.GROUPED, Split.FORWARD, Split.HOLDOUT).contains(kind)) {
      throw new TrainingException(NLS.bind(Messages.Series_badSplit, kind));
    }
    if (Split.GROUPED.equals(kind) && series.unit() == null) {
      throw new TrainingException(Messages.Series_groupedNeedsUnit);
    }
    if (Split.FORWARD.equals(kind) && series.time() == null) {
      throw new TrainingException(Messages.Series_forwardNeedsTime);
    }
    if (Split.HOLDOUT.equals(kind) != (series.test() != null)) {
      throw new TrainingException(Messages.Series_holdoutNeedsTest);
    }
    if (series.truth() != null && series.test() == null) {
      throw new TrainingException(Messages.Series_truthNeedsTest);
    }
    if (series.events() != null && (series.horizon() == null || series.horizon().isBlank())) {
      throw new TrainingException(Messages.Series_eventsNeedHorizon);
    }
    return kind;
  }

  /** The data to train on: with a computed target, and the series features once they are made. */
  CsvTable table() {
    return table;
  }

  boolean holdout() {
    return Split.HOLDOUT.equals(kind);
  }

  boolean grouped() {
    return Split.GROUPED.equals(kind);
  }

  boolean forward() {
    return Split.FORWARD.equals(kind);
  }

  /**
   * Whether this class evaluates (grouped, forward, and shuffled for remaining useful life, whose
   * figures per unit need to know each row's unit), rather than Weka's shuffled cross-validation.
   */
  boolean evaluates() {
    return grouped() || forward() || Split.SHUFFLED.equals(kind) && recipe == Recipe.RUL;
  }

  /** Whether a column is the unit or the time: it places a row, it is no reading to learn from. */
  boolean isSeriesColumn(String name) {
    return name.equals(series.unit()) || name.equals(series.time());
  }

  /** The columns the leakage guard leaves out: the user's and the unit and time. */
  List<String> drop(List<String> drop) {
    List<String> all = new ArrayList<>(drop);
    for (String c : new String[] {series.unit(), series.time()}) {
      if (c != null && !all.contains(c)) {
        all.add(c);
      }
    }
    return all;
  }

  /** The guard's findings without its notes on the unit and time columns (left out, not dropped). */
  List<GuardFinding> withoutSeriesColumns(List<GuardFinding> guard) {
    return guard.stream().filter(g -> !(g.kind() == GuardFinding.Kind.USER_DROPPED && isSeriesColumn(g.column()))).toList();
  }

  /**
   * Warns when rows are shuffled although the data are series (a unit column given, or an obvious
   * unit and time column found): the figures will be too good for a new unit.
   */
  void warnIfShuffled(int target, boolean nominal) {
    if (!Split.SHUFFLED.equals(kind)) {
      return;
    }
    SeriesDetector.Found found = seriesTable != null && series.unit() != null
        ? new SeriesDetector.Found(series.unit(), series.time(), seriesTable.unitNames().size(),
            seriesTable.rowCount() / (double) seriesTable.unitNames().size())
        : SeriesDetector.detect(table, target);
    if (found == null) {
      return;
    }
    String how = nominal ? Messages.Series_stratified : Messages.Series_shuffledRows;
    warning = found.time() == null
        ? NLS.bind(Messages.Series_shuffledUnits, new Object[] {how, found.unit(), found.units(), String.format(Locale.ROOT, "%.0f", found.rowsPerUnit())}) //$NON-NLS-1$
        : NLS.bind(Messages.Series_shuffled, new Object[] {how, found.unit(), found.units(), String.format(Locale.ROOT, "%.0f", found.rowsPerUnit()), //$NON-NLS-1$
            found.time()});
    monitor.warning(warning);
  }

  /**
   * Makes the series features of the numeric features that vary, appends their values to the
   * table, and returns them as derived features.
   */
  List<Schema.Derived> seriesFeatures(List<Schema.Feature> columns) throws DataException, TrainingException {
    if (!series.windowed()) {
      return List.of();
    }
    List<String> sources = new ArrayList<>();
    for (Schema.Feature f : columns) {
      if (f.numeric() && varies(table, table.columnIndex(f.name()))) {
        sources.add(f.name());
      }
    }
    if (sources.isEmpty()) {
      throw new TrainingException(Messages.Series_noSources);
    }
    features = SeriesFeatures.define(seriesTable, sources, series.windows(), series.statsOrDefault(), series.lags(), series.diffs());
    for (SeriesFeature f : features) {
      if (table.columnIndex(f.name()) >= 0) {
        throw new DataException(table.file(), 1, table.columnIndex(f.name()) + 1, NLS.bind(Messages.Series_nameTaken, f.name()));
      }
    }
    // their columns, then the same numbers again in the instances: refused before, not out of memory halfway
    org.linebench.ml.data.Memory.check(table.file(), 2L * Double.BYTES * table.rowCount() * features.size(), 0, table.rowCount(),
        table.columns().size() + features.size());
    monitor.stage(NLS.bind(Messages.Series_stageFeatures, features.size(), sources.size()));
    table = table.withColumns(SeriesFeatures.columns(table, features), SeriesFeatures.compute(seriesTable, features));
    seriesTable = seriesTable.withTable(table);
    List<Schema.Derived> derived = new ArrayList<>();
    for (CsvTable.Column c : SeriesFeatures.columns(table, features)) {
      SeriesFeature f = features.get(derived.size());
      derived.add(new Schema.Derived(f.name(), f.stat(), f.source(), null, c.unit(), f.window()));
    }
    return derived;
  }

  private static boolean varies(CsvTable table, int column) {
    double first = Double.NaN;
    for (int r = 0; r < table.rowCount(); r++) {
      double d = table.number(r, column);
      if (Double.isNaN(first)) {
        first = d;
      } else if (!Double.isNaN(d) && d != first) {
        return true;
      }
    }
    return false;
  }

  /** The rows of the table that became instances: those with a target (as {@link Schema#instances} keeps them). */
  private static int[] kept(CsvTable table, String target) {
    int t = table.columnIndex(target);
    return java.util.stream.IntStream.range(0, table.rowCount()).filter(r -> !table.isMissing(r, t)).toArray();
  }

  /** Grouped k-fold or forward chaining over the instances, with figures per unit for remaining useful life. */
  Metrics crossValidate(Classifier template, Instances data, TrainingOptions options, TrainingMonitor monitor) throws Exception {
    int[] kept = kept(table, targetName);
    if (kept.length != data.numInstances()) {
      throw new IllegalStateException(kept.length + " rows, " + data.numInstances() + " instances"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    int n = kept.length;
    List<Folds.Fold> folds;
    try {
      if (grouped()) {
        int[] unit = new int[n];
        int[] classes = data.classAttribute().isNominal() ? new int[n] : null;
        for (int i = 0; i < n; i++) {
          unit[i] = seriesTable.unit(kept[i]);
          if (classes != null) {
            classes[i] = (int) data.instance(i).classValue();
          }
        }
        folds = Folds.grouped(unit, seriesTable.unitNames().size(), classes, data.numClasses(), options.folds(), options.seed());
      } else if (!forward()) {
        folds = Folds.shuffled(n, options.folds(), options.seed());
      } else {
        double[] time = new double[n];
        for (int i = 0; i < n; i++) {
          time[i] = seriesTable.time(kept[i]);
        }
        folds = Folds.forward(time, options.folds(), gap());
      }
    } catch (IllegalArgumentException e) {
      throw new TrainingException(e.getMessage(), e);
    }
    Evaluation eval = new Evaluation(data);
    double[] predicted = new double[n];
    List<Integer> tested = new ArrayList<>();
    for (int i = 0; i < folds.size(); i++) {
      if (monitor.isCanceled()) {
        throw new java.util.concurrent.CancellationException();
      }
      monitor.fold(i + 1, folds.size());
      Folds.Fold f = folds.get(i);
      Classifier copy = AbstractClassifier.makeCopy(template);
      copy.buildClassifier(subset(data, f.train()));
      for (int r : f.test()) {
        predicted[r] = eval.evaluateModelOnceAndRecordPrediction(copy, data.instance(r));
        tested.add(r);
      }
    }
    int[] rows = tested.stream().mapToInt(Integer::intValue).sorted().toArray();
    if (recipe == Recipe.RUL) {
      rul = figures(data, rows, predicted, kept, false);
    }
    if (events != null) {
      eventFigures = warnings(data, seriesTable, rows, predicted, kept);
    }
    return Trainer.metrics(eval, rows.length == n ? data : subset(data, rows), folds.size(), options.seed());
  }

  /** Tests the final model on the held-out file, read and prepared as the training data were. */
  Metrics test(Classifier model, Schema schema, Instances trainData, int seed, TrainingMonitor monitor) throws Exception {
    CsvTable test = series.test();
    monitor.stage(NLS.bind(Messages.Series_stageTest, test.file()));
    SeriesTable ts = seriesTable == null ? null : SeriesTable.of(test, series.unit(), series.time(), series.windowed());
    CsvTable t = test;
    boolean lastRows = false;
    if (series.truth() != null) {
      if (ts == null || series.unit() == null) {
        throw new TrainingException(Messages.Series_truthNeedsUnit);
      }
      t = t.withColumns(List.of(column(targetName)), new double[][] {Rul.truth(ts, series.truth())});
      lastRows = true;
    } else if (events != null) {
      t = t.withColumns(List.of(column(targetName)), new double[][] {events.labels(ts, horizon)});
    } else if (derivedTarget) {
      t = t.withColumns(List.of(column(targetName)), new double[][] {Rul.target(ts, cap)});
    }
    if (!features.isEmpty()) {
      t = t.withColumns(SeriesFeatures.columns(t, features), SeriesFeatures.compute(ts.withTable(t), features));
    }
    Instances data = WekaTables.of(schema, t, true, null);
    int[] kept = kept(t, targetName);
    int[] rows = lastRows ? lastRowOfEachUnit(ts, kept) : java.util.stream.IntStream.range(0, kept.length).toArray();
    Evaluation eval = new Evaluation(trainData);
    double[] predicted = new double[kept.length];
    for (int r : rows) {
      predicted[r] = eval.evaluateModelOnceAndRecordPrediction(model, data.instance(r));
    }
    testRows = rows.length;
    if (recipe == Recipe.RUL && ts != null) {
      rul = figures(data, rows, predicted, kept, lastRows, ts);
    }
    if (events != null) {
      eventFigures = warnings(data, ts.withTable(t), rows, predicted, kept);
    }
    return Trainer.metrics(eval, subset(data, rows), 1, seed);
  }

  /** The instance of each unit's last row. */
  private static int[] lastRowOfEachUnit(SeriesTable ts, int[] kept) {
    int[] last = new int[ts.unitNames().size()];
    java.util.Arrays.fill(last, -1);
    for (int i = 0; i < kept.length; i++) {
      last[ts.unit(kept[i])] = i;
    }
    return java.util.Arrays.stream(last).filter(i -> i >= 0).sorted().toArray();
  }

  /** The figures of the warnings (predictions of the class {@link Events#FAILS}) at the tested instances. */
  private EventFigures warnings(Instances data, SeriesTable st, int[] rows, double[] predicted, int[] kept) {
    int positive = data.classAttribute().isNominal() ? data.classAttribute().indexOfValue(Events.FAILS) : -1;
    if (positive < 0) { // the labels are 0 and 1, a class (prepare refuses a numeric recipe)
      throw new IllegalStateException(data.classAttribute().toString());
    }
    int[] tableRows = new int[rows.length];
    boolean[] warned = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      tableRows[i] = kept[rows[i]];
      warned[i] = (int) predicted[rows[i]] == positive;
    }
    return events.figures(st, tableRows, warned, horizon);
  }

  private RulFigures figures(Instances data, int[] rows, double[] predicted, int[] kept, boolean lastRows) {
    return figures(data, rows, predicted, kept, lastRows, seriesTable);
  }

  private static RulFigures figures(Instances data, int[] rows, double[] predicted, int[] kept, boolean lastRows, SeriesTable st) {
    double[] p = new double[rows.length];
    double[] a = new double[rows.length];
    int[] u = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      p[i] = predicted[rows[i]];
      a[i] = data.instance(rows[i]).classValue();
      u[i] = st.unit(kept[rows[i]]);
    }
    return Rul.figures(p, a, u, st.unitNames(), lastRows);
  }

  private static Instances subset(Instances data, int[] rows) {
    Instances s = new Instances(data, rows.length);
    for (int r : rows) {
      s.add(data.instance(r));
    }
    return s;
  }

  /** The gap of a forward split in the time column's units: as given, else the horizon of events, else none. */
  private double gap() throws TrainingException {
    if (series.gap() == null || series.gap().isBlank()) {
      return events == null ? 0 : horizon;
    }
    return span(series.gap(), seriesTable, series.time(), Messages.Series_badGap);
  }

  /**
   * A span of time in the time column's units: a number in those units, or a span with a unit of
   * time ({@code 10min}) when the time column has one.
   *
   * @param bad the message when the text is no span
   */
  private static double span(String text, SeriesTable st, String timeColumn, String bad) throws TrainingException {
    double d;
    try {
      d = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      Window w;
      try {
        w = Window.parse(text);
      } catch (IllegalArgumentException notAWindow) {
        throw new TrainingException(NLS.bind(bad, text), notAWindow);
      }
      if (st == null || !(st.secondsPerTimeUnit() > 0)) {
        throw new TrainingException(NLS.bind(Messages.Series_gapNeedsTimeUnit, text, timeColumn));
      }
      d = w.inRows() ? w.rows() : w.seconds() / st.secondsPerTimeUnit();
    }
    if (!(d >= 0) || Double.isInfinite(d)) {
      throw new TrainingException(NLS.bind(bad, text));
    }
    return d;
  }

  /** What the run did, for the card. */
  SeriesSummary summary(TrainingOptions options, boolean nominal) {
    String k = Split.SHUFFLED.equals(kind) && nominal ? Split.STRATIFIED : kind;
    CsvTable test = series.test();
    String gap = series.gap() != null ? series.gap() : events != null ? series.horizon() : null;
    Split split = new Split(k, grouped() ? series.unit() : null, forward() ? series.time() : null, holdout() ? 1 : options.folds(),
        forward() ? gap : null, options.seed(), test == null ? null : name(test.file()), test == null ? null : test.sha256(),
        testRows, series.truth() == null ? null : name(series.truth().file()), warning);
    SeriesSpec spec = null;
    if (seriesTable != null) {
      double spt = seriesTable.secondsPerTimeUnit();
      double step = series.time() == null ? Double.NaN : seriesTable.medianStep();
      spec = new SeriesSpec(series.unit(), series.time(), spt > 0 ? spt : null, Double.isNaN(step) ? null : step,
          series.windows().stream().map(Window::toString).toList(), series.windowed() ? series.statsOrDefault() : List.of(), series.lags(),
          series.diffs(), recipe == Recipe.RUL && cap < Double.POSITIVE_INFINITY ? cap : null, derivedTarget,
          events == null ? null : name(events.file()), events == null ? null : horizon);
    }
    return new SeriesSummary(split, spec, rul, eventFigures);
  }

  private static String name(String file) {
    Path p = Path.of(file).getFileName();
    return p == null ? file : p.toString();
  }
}
