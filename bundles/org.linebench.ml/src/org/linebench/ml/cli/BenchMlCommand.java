package org.linebench.ml.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.CSVLoader;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NumericToNominal;
import weka.filters.unsupervised.attribute.Remove;

/**
 * {@code linebench bench-ml}: training through LineBench vs the same classifier on raw Weka (both
 * read the file, cross-validate with the same folds and seed, and train the final model), the
 * maintenance recipe, and scoring throughput. Prints its figures; a benchmark, not a test.
 */
public class BenchMlCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--data").option("--target").option("--repeat").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path data = context.resolve(args.required("--data")); //$NON-NLS-1$
    String target = args.required("--target"); //$NON-NLS-1$
    int repeat = Options.integer(args, "--repeat", 3); //$NON-NLS-1$
    try {
      return bench(context, data, target, repeat);
    } catch (CommandException e) {
      throw e;
    } catch (Exception e) { // a benchmark: Weka's checked exceptions end the run
      throw new CommandException(ExitCode.USAGE, Trainer.class.getSimpleName() + ": " + e.getMessage(), e); //$NON-NLS-1$
    }
  }

  private static int bench(CommandContext context, Path data, String target, int repeat) throws Exception {
    int slots = Runtime.getRuntime().availableProcessors();
    String rfOptions = "-I " + Trainer.TREES + " -num-slots " + slots + " -S 1"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    PrintLine out = new PrintLine(context);
    out.line(NLS.bind(Messages.BenchMl_header, new Object[] {data.getFileName(), target, slots, rfOptions}));

    // the columns to leave out: what the maintenance recipe's guard drops
    CsvTable table = CsvTable.readAny(data, null);
    long t0 = System.nanoTime();
    TrainingResult maintenance = Trainer.train(table, TrainingOptions.of(target), TrainingMonitor.NONE);
    double maintenanceSeconds = (System.nanoTime() - t0) / 1e9;
    List<String> drop = maintenance.guard().stream().filter(GuardFinding::dropped).map(GuardFinding::column).toList();
    out.line(NLS.bind(Messages.BenchMl_dropped, String.join(", ", drop))); //$NON-NLS-1$

    List<Double> ours = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    for (int round = 0; round <= repeat; round++) {
      // alternate the order so neither side always runs on a warmer JVM
      boolean oursFirst = round % 2 == 0;
      double a = 0;
      double b = 0;
      if (oursFirst) {
        a = timeLineBench(data, target, drop, rfOptions);
        b = timeRawWeka(data, target, drop, rfOptions);
      } else {
        b = timeRawWeka(data, target, drop, rfOptions);
        a = timeLineBench(data, target, drop, rfOptions);
      }
      out.line(NLS.bind(round == 0 ? Messages.BenchMl_warmup : Messages.BenchMl_round, new Object[] {round, f2(a), f2(b)}));
      if (round > 0) {
        ours.add(a);
        raw.add(b);
      }
    }
    double m1 = median(ours);
    double m2 = median(raw);
    out.line(NLS.bind(Messages.BenchMl_median, new Object[] {f2(m1), f2(m2), String.format(Locale.ROOT, "%.3f", m1 / m2)})); //$NON-NLS-1$

    long t1 = System.nanoTime();
    TrainingResult again = Trainer.train(table, TrainingOptions.of(target), TrainingMonitor.NONE);
    double maintenanceWarm = (System.nanoTime() - t1) / 1e9;
    out.line(NLS.bind(Messages.BenchMl_maintenance, new Object[] {again.schema().derived().size(), f2(maintenanceSeconds), f2(maintenanceWarm),
        String.format(Locale.ROOT, "%.3f", again.metrics().classes().stream().mapToDouble(c -> c.f1()).min().orElse(0))})); //$NON-NLS-1$

    // scoring: the data repeated to 100,000 rows
    Path dir = Files.createTempDirectory("linebench-bench-ml"); //$NON-NLS-1$
    try {
      ModelArtifacts.write(dir, "bench", again, table); //$NON-NLS-1$
      ModelArtifacts.Loaded model = ModelArtifacts.load(dir);
      String text = Files.readString(data, StandardCharsets.UTF_8).replace("\uFEFF", ""); //$NON-NLS-1$ //$NON-NLS-2$
      int cut = text.indexOf('\n') + 1;
      StringBuilder big = new StringBuilder(text);
      int copies = Math.max(1, 100_000 / table.rowCount());
      for (int i = 1; i < copies; i++) {
        big.append(text, cut, text.length());
      }
      CsvTable large = CsvTable.parse("bench.csv", StandardCharsets.UTF_8, big.toString()); //$NON-NLS-1$
      Scorer.score(model, table); // warm-up
      long t2 = System.nanoTime();
      Scorer.Predictions p = Scorer.score(model, large);
      double s = (System.nanoTime() - t2) / 1e9;
      long t3 = System.nanoTime();
      Scorer.write(p, dir.resolve("predictions.csv"), StandardCharsets.UTF_8); //$NON-NLS-1$
      double w = (System.nanoTime() - t3) / 1e9;
      out.line(NLS.bind(Messages.BenchMl_scoring, new Object[] {p.rows().size(), f2(s), String.format(Locale.ROOT, "%.0f", p.rows().size() / s), f2(w)})); //$NON-NLS-1$
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted((x, y) -> y.compareTo(x)).forEach(f -> f.toFile().delete());
      }
    }
    return ExitCode.OK;
  }

  private static double timeLineBench(Path data, String target, List<String> drop, String rfOptions) throws Exception {
    long t = System.nanoTime();
    CsvTable table = CsvTable.readAny(data, null);
    Trainer.train(table, TrainingOptions.of(target).withDrop(drop).withClassifier(RandomForest.class.getName(), rfOptions),
        TrainingMonitor.NONE);
    return (System.nanoTime() - t) / 1e9;
  }

  private static double timeRawWeka(Path data, String target, List<String> drop, String rfOptions) throws Exception {
    long t = System.nanoTime();
    CSVLoader loader = new CSVLoader();
    loader.setSource(data.toFile());
    Instances d = loader.getDataSet();
    // the byte-order mark stays in Weka's first attribute name
    List<Integer> remove = new ArrayList<>();
    int targetIndex = -1;
    for (int a = 0; a < d.numAttributes(); a++) {
      String name = d.attribute(a).name().replace("\uFEFF", ""); //$NON-NLS-1$ //$NON-NLS-2$
      if (drop.contains(name)) {
        remove.add(a + 1);
      } else if (name.equals(target)) {
        targetIndex = a;
      }
    }
    NumericToNominal nominal = new NumericToNominal();
    nominal.setAttributeIndices(Integer.toString(targetIndex + 1));
    nominal.setInputFormat(d);
    d = Filter.useFilter(d, nominal);
    String className = d.attribute(targetIndex).name();
    Remove r = new Remove();
    r.setAttributeIndicesArray(remove.stream().mapToInt(i -> i - 1).toArray());
    r.setInputFormat(d);
    d = Filter.useFilter(d, r);
    d.setClass(d.attribute(className));
    Classifier rf = AbstractClassifier.forName(RandomForest.class.getName(), Utils.splitOptions(rfOptions));
    Evaluation eval = new Evaluation(d);
    eval.crossValidateModel(rf, d, 10, new Random(1));
    Classifier fin = AbstractClassifier.makeCopy(rf);
    fin.buildClassifier(d);
    return (System.nanoTime() - t) / 1e9;
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String f2(double seconds) {
    return String.format(Locale.ROOT, "%.2f", seconds); //$NON-NLS-1$
  }

  private record PrintLine(CommandContext context) {
    void line(String text) {
      context.out().println(text);
    }
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
