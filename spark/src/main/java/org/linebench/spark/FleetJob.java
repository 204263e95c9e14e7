package org.linebench.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

/**
 * The job {@code spark-submit} runs: {@code grid} (many trainings: station type x configuration x
 * fold) or {@code bag} (more data than one machine: a model per partition, combined by vote), on a
 * fleet's CSV or Parquet files; or {@code synth}, which makes a fleet's data from one table
 * ({@link SyntheticFleet}). Model folders are written on the driver with LineBench's model folder
 * writer (card and model file, through the deserialization allow-list), so {@code linebench score}
 * loads them and a station's {@code model ... card} attaches them.
 *
 * <pre>
 * spark-submit --class org.linebench.spark.FleetJob linebench-spark-job.jar grid --data hdfs:///fleet/ai4i \
 *   --format parquet --target "Machine failure" --group-by "Station type" \
 *   --config maintenance --config "weka.classifiers.trees.J48 -C 0.25 -M 2" --folds 5 --output /models/fleet
 * </pre>
 */
public final class FleetJob {
  private FleetJob() {}

  /** What a run did: the lines it printed, the folders it wrote, and its outcome. */
  public record Result(List<Path> folders, Grid.Outcome grid, Bagging.Outcome bagging, ModelCard.Sources sources) {}

  public static void main(String[] args) {
    SparkSession[] started = new SparkSession[1];
    int code = main(args, System.out, System.err,
        () -> started[0] = SparkSession.builder().appName("LineBench " + args[0]).getOrCreate()); //$NON-NLS-1$
    if (started[0] != null) {
      started[0].stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job as {@code spark-submit} does and says how it ended: 0, 2 for a usage or input
   * error (a localized message naming the file, and the line where there is one, no stack trace),
   * 1 for any other failure (its message, no stack trace).
   *
   * @param session gives the session (not asked for {@code synth}, nor when the arguments are wrong); the caller stops it
   */
  public static int main(String[] args, PrintStream out, PrintStream err, Supplier<SparkSession> session) {
    try {
      JobArguments a = JobArguments.parse(args);
      a.values("--config", List.of()).forEach(GridConfig::parse); // a wrong recipe before the session starts //$NON-NLS-1$
      run(a.command().equals("synth") ? null : session.get(), args, out); //$NON-NLS-1$
      return 0;
    } catch (JobException e) {
      err.println(NLS.bind(Messages.Job_error, e.getMessage()));
      return 2;
    } catch (Exception e) {
      JobException described = Failures.describe(e, null);
      err.println(described != null ? NLS.bind(Messages.Job_error, described.getMessage())
          : NLS.bind(Messages.Job_unexpected, Trainer.describe(e)));
      return described != null ? 2 : 1;
    }
  }

  /**
   * Runs a command of the job in a session (the tests' local one, or spark-submit's).
   *
   * @throws JobException for a usage or input error, with its localized message
   */
  public static Result run(SparkSession spark, String[] args, PrintStream out) throws Exception {
    JobArguments a = JobArguments.parse(args);
    if (a.command().equals("synth")) { //$NON-NLS-1$
      Path from = Path.of(a.required("--from")); //$NON-NLS-1$
      if (!Files.isRegularFile(from)) {
        throw new JobException(NLS.bind(Messages.Job_noData, from));
      }
      SyntheticFleet.Written w = SyntheticFleet.write(SyntheticFleet.read(from),
          Path.of(a.required("--output")), a.longValue("--rows", 1_000_000), a.intValue("--seed", 1), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          a.value("--index", "UDI"), a.values("--leave-out", List.of("Product ID"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      out.println(NLS.bind(Messages.Job_wrote, new Object[] {String.valueOf(w.rows()), w.files().size(), a.required("--output")})); //$NON-NLS-1$
      return new Result(List.of(), null, null, null);
    }
    String target = a.required("--target"); //$NON-NLS-1$
    String root = a.required("--data"); //$NON-NLS-1$
    a.required("--output"); //$NON-NLS-1$
    FleetData data = FleetData.open(spark, root, a.value("--format", "parquet")); //$NON-NLS-1$ //$NON-NLS-2$
    try {
      return train(jsc(spark), a, data, target, out);
    } catch (Exception e) { // Spark's exceptions from the tasks: the bad file and line where there is one
      JobException described = Failures.describe(e, root);
      throw described != null ? described : e;
    }
  }

  private static JavaSparkContext jsc(SparkSession spark) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  private static Result train(JavaSparkContext jsc, JobArguments a, FleetData data, String target, PrintStream out) throws Exception {
    String root = a.required("--data"); //$NON-NLS-1$
    List<String> known = data.dataColumns();
    check(known, target, "--target", root); //$NON-NLS-1$
    for (String d : a.values("--drop", List.of())) { //$NON-NLS-1$
      check(List.of(data.rows().columns()), d, "--drop", root); //$NON-NLS-1$
    }
    if (a.command().equals("grid")) { //$NON-NLS-1$
      check(known, a.value("--group-by", SyntheticFleet.STATION_TYPE), "--group-by", root); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (data.rows().isEmpty()) {
      throw new JobException(NLS.bind(Messages.Job_emptyData, root));
    }
    int folds = a.intValue("--folds", 5); //$NON-NLS-1$
    int seed = a.intValue("--seed", 1); //$NON-NLS-1$
    Path output = Path.of(a.required("--output")); //$NON-NLS-1$
    String synthetic = a.value("--synthetic", null); //$NON-NLS-1$
    List<String> drop = a.values("--drop", List.of()); //$NON-NLS-1$
    Dataset<Row> rows = data.rows();
    double sample = a.doubleValue("--sample", 1); //$NON-NLS-1$
    if (sample < 1) {
      rows = rows.sample(false, sample, seed);
    }
    List<String> configs = a.values("--config", List.of("maintenance")); //$NON-NLS-1$ //$NON-NLS-2$
    switch (a.command()) {
      case "grid": { //$NON-NLS-1$
        String group = a.value("--group-by", SyntheticFleet.STATION_TYPE); //$NON-NLS-1$
        List<String> columns = new ArrayList<>(data.dataColumns());
        columns.remove(group);
        Grid.Outcome g = Grid.run(jsc, rows, group, columns, target, drop,
            configs.stream().map(GridConfig::parse).toList(), folds, seed);
        print(g, out);
        List<Path> folders = new ArrayList<>();
        ModelCard.Sources all = data.sources(jsc, synthetic != null, synthetic, null);
        ModelCard.Sources sources = null;
        for (Map.Entry<String, TrainingResult> e : g.best().entrySet()) {
          String training = String.format(Locale.ROOT, "grid: best of %d configurations for %s = %s by macro F1 of a %d-fold cross-validation%s", //$NON-NLS-1$
              configs.size(), group, e.getKey(), folds, sample < 1 ? String.format(Locale.ROOT, "; a %.4f sample of the rows", sample) : ""); //$NON-NLS-1$ //$NON-NLS-2$
          sources = new ModelCard.Sources(all.format(), all.root(), all.partitionedBy(), all.rows(), all.synthetic(), all.note(),
              training, all.files());
          Path folder = output.resolve(safe(e.getKey()));
          write(folder, e.getKey(), e.getValue(), sources);
          folders.add(folder);
          out.println(NLS.bind(Messages.Job_modelFolder, folder));
        }
        return new Result(folders, g, null, sources);
      }
      case "bag": { //$NON-NLS-1$
        List<String> columns = new ArrayList<>(data.dataColumns());
        GridConfig c = GridConfig.parse(configs.get(0));
        TrainingOptions options = c.options(target, drop, Math.max(2, folds), seed);
        Bagging.Outcome b = Bagging.run(jsc, rows, columns, options, a.intValue("--partitions", jsc.defaultParallelism()), //$NON-NLS-1$
            a.doubleValue("--holdout", 0.2), a.intValue("--sample-rows", 50_000), !a.flag("--no-compare")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String comparison = describe(b);
        out.println(comparison);
        ModelCard.Sources sources = data.sources(jsc, synthetic != null, synthetic, comparison);
        write(output, output.getFileName().toString(), b.combined(), sources);
        out.println(NLS.bind(Messages.Job_modelFolder, output));
        return new Result(List.of(output), null, b, sources);
      }
      default:
        throw new JobException(NLS.bind(Messages.Job_unknownCommand, a.command()));
    }
  }

  /** A column the options name must be one of the data's. */
  private static void check(List<String> columns, String column, String option, String root) {
    if (!columns.contains(column)) {
      throw new JobException(NLS.bind(Messages.Job_unknownColumn, new Object[] {column, option, root, String.join(", ", columns)})); //$NON-NLS-1$
    }
  }

  /** Writes a model folder with LineBench's writer; the card's data names the fleet's files as one set. */
  static ModelCard write(Path folder, String name, TrainingResult result, ModelCard.Sources sources) throws IOException {
    return ModelArtifacts.write(folder, name, result, sources);
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The comparison table of a grid. */
  static void print(Grid.Outcome g, PrintStream out) {
    out.printf(Locale.ROOT, "%-10s %-40s %8s %9s %9s %9s%n", (Object[]) Messages.Job_tableHeader.split("\\|")); //$NON-NLS-1$ //$NON-NLS-2$
    for (Grid.Row r : g.table()) {
      Metrics m = r.metrics();
      out.printf(Locale.ROOT, "%-10s %-40s %8d %9s %9.4f %9s%n", r.group(), r.config().label(), r.rows(), //$NON-NLS-1$
          m.accuracy() == null ? "-" : String.format(Locale.ROOT, "%.4f", m.accuracy()), r.score(), r.best() ? "*" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
  }

  /** Both models' figures on the hold-out, side by side. */
  static String describe(Bagging.Outcome b) {
    Metrics c = b.combined().metrics();
    Metrics s = b.single();
    return String.format(Locale.ROOT, "bagging over %d disjoint partitions (%d rows, %d s) vs one machine (%s); hold-out %d rows: "
        + "accuracy %.4f vs %s, macro F1 %.4f vs %s", b.partitions(), b.trainRows(), b.combinedMillis() / 1000, //$NON-NLS-1$
        s == null ? "not trained" : b.singleMillis() / 1000 + " s", b.holdoutRows(), c.accuracy(), //$NON-NLS-1$ //$NON-NLS-2$
        s == null ? "-" : String.format(Locale.ROOT, "%.4f", s.accuracy()), Grid.score(c), //$NON-NLS-1$ //$NON-NLS-2$
        s == null ? "-" : String.format(Locale.ROOT, "%.4f", Grid.score(s))); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
