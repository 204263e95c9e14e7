package org.linebench.ml.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.StreamScorer;
import org.linebench.ml.series.SeriesFeature;
import org.linebench.ml.series.SeriesFeatures;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.series.SeriesStream;
import org.linebench.ml.series.SeriesTable;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

/**
 * {@code linebench bench-series}: series features over a large generated fleet (time to compute
 * them, memory kept per unit) and the throughput of streaming scoring ({@code score --follow} on a
 * file of generated rows) with a forest trained on windows. Prints its figures; a benchmark, not a
 * test.
 */
public class BenchSeriesCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--rows").option("--units").option("--sensors").option("--window") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .option("--score-rows").option("--train-rows").option("--repeat").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int rows = Options.integer(args, "--rows", 1_000_000); //$NON-NLS-1$
    int units = Options.integer(args, "--units", 1000); //$NON-NLS-1$
    int sensors = Options.integer(args, "--sensors", 20); //$NON-NLS-1$
    int scoreRows = Options.integer(args, "--score-rows", 200_000); //$NON-NLS-1$
    int trainRows = Options.integer(args, "--train-rows", 20_000); //$NON-NLS-1$
    int repeat = Options.integer(args, "--repeat", 3); //$NON-NLS-1$
    List<Window> windows = new ArrayList<>();
    for (String w : Options.list(args, "--window").isEmpty() ? List.of("5", "20") : Options.list(args, "--window")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      try {
        windows.add(Window.parse(w));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (rows < units || units < 1 || sensors < 1 || repeat < 1 || scoreRows < units || trainRows < 2 * units / 10) {
      throw new UsageException(Messages.BenchSeries_usage);
    }
    try {
      windows(context, rows, units, sensors, windows, repeat);
      scoring(context, trainRows, scoreRows, Math.max(10, units / 10), sensors, windows);
    } catch (CommandException e) {
      throw e;
    } catch (Exception e) { // a benchmark: what fails ends the run
      throw new CommandException(ExitCode.USAGE, e.getClass().getSimpleName() + ": " + e.getMessage(), e); //$NON-NLS-1$
    }
    return ExitCode.OK;
  }

  /** A fleet: units in turn (as a logger writes them), each sensor drifting with wear, plus noise. */
  static double[][] fleet(int rows, int units, int sensors, long seed) {
    Random random = new Random(seed);
    double[][] columns = new double[2 + sensors + 1][rows];
    int[] cycle = new int[units];
    int[] life = new int[units];
    for (int u = 0; u < units; u++) {
      life[u] = 100 + random.nextInt(300);
    }
    for (int r = 0; r < rows; r++) {
      int u = r % units;
      int c = ++cycle[u];
      double wear = Math.min(1, c / (double) life[u]);
      columns[0][r] = u + 1;
      columns[1][r] = c;
      for (int s = 0; s < sensors; s++) {
        columns[2 + s][r] = 100 * (s + 1) + 5 * (s % 3 + 1) * wear * wear + random.nextGaussian();
      }
      columns[2 + sensors][r] = Math.max(0, life[u] - c);
    }
    return columns;
  }

  static List<String> names(int sensors) {
    List<String> names = new ArrayList<>(List.of("unit", "cycle")); //$NON-NLS-1$ //$NON-NLS-2$
    for (int s = 1; s <= sensors; s++) {
      names.add("s" + s); //$NON-NLS-1$
    }
    names.add("RUL"); //$NON-NLS-1$
    return names;
  }

  private static void windows(CommandContext context, int rows, int units, int sensors, List<Window> windows, int repeat) throws Exception {
    double[][] columns = fleet(rows, units, sensors, 1);
    CsvTable table = CsvTable.ofNumbers("fleet", names(sensors), columns); //$NON-NLS-1$
    List<String> sources = names(sensors).subList(2, 2 + sensors);
    SeriesTable series = SeriesTable.of(table, "unit", "cycle"); //$NON-NLS-1$ //$NON-NLS-2$
    List<SeriesFeature> features = SeriesFeatures.define(series, sources, windows, SeriesFeature.DEFAULT_STATS, List.of(), List.of());
    context.out().println(NLS.bind(Messages.BenchSeries_windowsHeader, new Object[] {rows, units, sensors, windows, features.size()}));
    double[] out = new double[features.size()];
    double[] values = new double[sensors];
    for (int round = 0; round <= repeat; round++) {
      SeriesStream stream = new SeriesStream(features, 0);
      long t0 = System.nanoTime();
      long c0 = cpu();
      for (int r = 0; r < rows; r++) {
        for (int s = 0; s < sensors; s++) {
          values[s] = columns[2 + s][r];
        }
        stream.next(series.unitNames().get(series.unit(r)), series.time(r), values, out);
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double c = (cpu() - c0) / 1e9;
      context.out().println(NLS.bind(round == 0 ? Messages.BenchSeries_windowsWarmup : Messages.BenchSeries_windowsRound,
          new Object[] {round, f2(s), f2(c), String.format(Locale.ROOT, "%,.0f", rows / c), //$NON-NLS-1$
              String.format(Locale.ROOT, "%.1f", stream.bytes() / 1024.0 / stream.unitCount())})); //$NON-NLS-1$
    }
    long needed = 8L * rows * features.size();
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (needed * 5 / 4 < free) {
      long t0 = System.nanoTime();
      double[][] stored = SeriesFeatures.compute(series, features);
      double s = (System.nanoTime() - t0) / 1e9;
      context.out().println(NLS.bind(Messages.BenchSeries_stored, new Object[] {stored.length, f2(s), gb(needed)}));
    } else {
      context.out().println(NLS.bind(Messages.BenchSeries_notStored, gb(needed), gb(free)));
    }
  }

  private static void scoring(CommandContext context, int trainRows, int scoreRows, int units, int sensors, List<Window> windows)
      throws Exception {
    List<String> names = names(sensors);
    CsvTable train = CsvTable.ofNumbers("train", names, fleet(trainRows, units, sensors, 2)); //$NON-NLS-1$
    CsvTable test = CsvTable.ofNumbers("test", names, fleet(units * 20, units, sensors, 3)); //$NON-NLS-1$
    SeriesOptions series = new SeriesOptions("unit", "cycle", null, null, windows, List.of(), List.of(), List.of(), null, test, null); //$NON-NLS-1$ //$NON-NLS-2$
    long t0 = System.nanoTime();
    TrainingResult r = Trainer.train(train, TrainingOptions.of("RUL").withRecipe(Recipe.REGRESSION), series, TrainingMonitor.NONE); //$NON-NLS-1$
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    Path folder = Files.createTempDirectory("linebench-bench-series"); //$NON-NLS-1$
    try {
      ModelArtifacts.write(folder.resolve("model"), "bench", r, train); //$NON-NLS-1$ //$NON-NLS-2$
      ModelArtifacts.Loaded model = ModelArtifacts.load(folder.resolve("model")); //$NON-NLS-1$
      context.out().println(NLS.bind(Messages.BenchSeries_model, new Object[] {trainRows, units, r.schema().features().size(),
          r.schema().derived().size(), f2(trainSeconds)}));
      Path data = folder.resolve("logger.csv"); //$NON-NLS-1$
      write(data, names, fleet(scoreRows, units, sensors, 4));
      for (int round = 0; round < 2; round++) {
        StreamScorer scorer = new StreamScorer(model);
        long t1 = System.nanoTime();
        long c1 = cpu();
        long scored;
        try (OutputStream out = Follower.open(folder.resolve("predictions.csv"))) { //$NON-NLS-1$
          scored = new Follower(scorer, data, StandardCharsets.UTF_8).follow(out, false, 0);
        }
        double s = (System.nanoTime() - t1) / 1e9;
        double c = (cpu() - c1) / 1e9;
        context.out().println(NLS.bind(Messages.BenchSeries_scoring, new Object[] {round == 0 ? Messages.BenchSeries_first
            : Messages.BenchSeries_again, scored, f2(s), f2(c), String.format(Locale.ROOT, "%,.0f", scored / c), //$NON-NLS-1$
            String.format(Locale.ROOT, "%.1f", scorer.historyBytes() / 1024.0 / units)})); //$NON-NLS-1$
      }
    } finally {
      try (var walk = Files.walk(folder)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void write(Path file, List<String> names, double[][] columns) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", names.subList(0, names.size() - 1))).append('\n'); //$NON-NLS-1$
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int r = 0; r < columns[0].length; r++) {
        for (int c = 0; c < names.size() - 1; c++) {
          if (c > 0) {
            b.append(',');
          }
          b.append(CsvTable.format(Math.round(columns[c][r] * 1000) / 1000.0));
        }
        b.append('\n');
        if (b.length() > 1 << 16) {
          w.write(b.toString());
          b.setLength(0);
        }
      }
      w.write(b.toString());
    }
  }

  /**
   * CPU time of this thread, in nanoseconds: on a shared machine the wall-clock time measures the
   * other jobs as much as this one (both are printed).
   */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static String f2(double seconds) {
    return String.format(Locale.ROOT, "%.2f", seconds); //$NON-NLS-1$
  }

  private static String gb(long bytes) {
    return String.format(Locale.ROOT, "%.2f", bytes / 1e9); //$NON-NLS-1$
  }

  @Override
  public String usage() {
    return Messages.BenchSeries_usage;
  }
}
