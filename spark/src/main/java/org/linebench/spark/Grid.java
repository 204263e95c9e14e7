package org.linebench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

import scala.Tuple2;
import weka.classifiers.AggregateableEvaluation;
import weka.classifiers.Evaluation;
import weka.core.Instances;

/**
 * The grid a fleet needs: station type x configuration (recipe, or classifier and options) x
 * cross-validation fold, each cell an independent Spark task that prepares its group's rows with
 * LineBench's trainer (reader, leakage guard, recipe) and runs one fold
 * ({@link Trainer#fold}). The folds of each configuration are gathered into the figures one
 * cross-validation gives ({@link Trainer#metrics}); the best configuration of each station type
 * (macro-averaged F1, or the lowest RMSE for numbers) is trained on all its rows, again as a
 * task, and returned for the driver to write as a model folder.
 */
public final class Grid {
  private Grid() {}

  /**
   * A row of the comparison table.
   *
   * @param group the station type
   * @param config the configuration
   * @param rows rows trained on (all folds)
   * @param metrics the cross-validated figures
   * @param score what the configurations are ranked by (higher is better)
   * @param best whether it is its group's best
   */
  public record Row(String group, GridConfig config, int rows, Metrics metrics, double score, boolean best) {}

  /** The table, and each group's best configuration trained on all its rows. */
  public record Outcome(List<Row> table, Map<String, TrainingResult> best, int tasks) {}

  /** One fold's evaluation, as a task returns it. */
  record Fold(String group, int config, Evaluation eval, Instances header, int rows) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Runs the grid.
   *
   * @param rows the fleet's rows
   * @param groupColumn the column whose values are the groups (the station type)
   * @param columns the columns the models may read (the target among them), without the group column
   * @param drop columns the trainer leaves out
   */
  public static Outcome run(JavaSparkContext jsc, Dataset<org.apache.spark.sql.Row> rows, String groupColumn,
      List<String> columns, String target, List<String> drop, List<GridConfig> configs, int folds, int seed)
      throws TrainingException {
    int group = rows.schema().fieldIndex(groupColumn);
    int[] positions = columns.stream().mapToInt(rows.schema()::fieldIndex).toArray();
    String header = Csv.line(columns);
    JavaPairRDD<String, Iterable<String>> byGroup = rows.toJavaRDD()
        .mapToPair(r -> new Tuple2<>(String.valueOf(r.get(group)), Csv.line(r, positions))).groupByKey().cache();
    List<String> groups = new ArrayList<>(byGroup.keys().collect());
    groups.sort(null);

    List<Tuple2<String, int[]>> cells = new ArrayList<>();
    for (String g : groups) {
      for (int c = 0; c < configs.size(); c++) {
        for (int f = 0; f < folds; f++) {
          cells.add(new Tuple2<>(g, new int[] {c, f}));
        }
      }
    }
    List<GridConfig> cfg = List.copyOf(configs);
    List<String> dropped = List.copyOf(drop);
    List<Fold> done = byGroup.join(jsc.parallelizePairs(cells, cells.size()), cells.size()).map(t -> {
      GridConfig c = cfg.get(t._2()._2()[0]);
      TrainingOptions o = c.options(target, dropped, folds, seed);
      Trainer.Prepared p = Trainer.prepare(Csv.table(t._1() + ".csv", header, t._2()._1()), o, TrainingMonitor.NONE); //$NON-NLS-1$
      Evaluation e = Trainer.fold(p, o, t._2()._2()[1]);
      return new Fold(t._1(), t._2()._2()[0], e, new Instances(p.data(), 0), p.data().numInstances());
    }).collect();

    Map<String, Map<Integer, AggregateableEvaluation>> gathered = new LinkedHashMap<>();
    Map<String, Fold> any = new LinkedHashMap<>();
    try {
      for (Fold f : done) {
        Map<Integer, AggregateableEvaluation> g = gathered.computeIfAbsent(f.group(), k -> new LinkedHashMap<>());
        AggregateableEvaluation a = g.get(f.config());
        if (a == null) {
          a = new AggregateableEvaluation(f.eval());
          g.put(f.config(), a);
        }
        a.aggregate(f.eval());
        any.put(f.group() + "/" + f.config(), f); //$NON-NLS-1$
      }
    } catch (Exception e) { // Weka declares Exception
      throw new IllegalStateException(e);
    }
    List<Row> table = new ArrayList<>();
    Map<String, Integer> bestOf = new LinkedHashMap<>();
    for (String g : groups) {
      Row best = null;
      for (int c = 0; c < configs.size(); c++) {
        Fold f = any.get(g + "/" + c); //$NON-NLS-1$
        Metrics m = Trainer.metrics(gathered.get(g).get(c), f.header(), folds, seed);
        Row r = new Row(g, configs.get(c), f.rows(), m, score(m), false);
        table.add(r);
        if (best == null || r.score() > best.score()) {
          best = r;
          bestOf.put(g, c);
        }
      }
    }
    table.replaceAll(r -> new Row(r.group(), r.config(), r.rows(), r.metrics(), r.score(),
        bestOf.get(r.group()) == configs.indexOf(r.config())));
    table.sort(Comparator.comparing(Row::group).thenComparing(r -> -r.score()));

    Map<String, Metrics> cv = new LinkedHashMap<>();
    table.stream().filter(Row::best).forEach(r -> cv.put(r.group(), r.metrics()));
    List<Tuple2<String, Integer>> finals = new ArrayList<>();
    bestOf.forEach((g, c) -> finals.add(new Tuple2<>(g, c)));
    List<Tuple2<String, TrainingResult>> trained = byGroup.join(jsc.parallelizePairs(finals, finals.size()), finals.size())
        .map(t -> {
          long start = System.nanoTime();
          TrainingOptions o = cfg.get(t._2()._2()).options(target, dropped, folds, seed);
          CsvTable table1 = Csv.table(t._1() + ".csv", header, t._2()._1()); //$NON-NLS-1$
          Trainer.Prepared p = Trainer.prepare(table1, o, TrainingMonitor.NONE);
          return new Tuple2<>(t._1(), Trainer.finish(p, cv.get(t._1()), TrainingMonitor.NONE, start));
        }).collect();
    byGroup.unpersist();
    Map<String, TrainingResult> best = new LinkedHashMap<>();
    trained.stream().sorted((a, b) -> a._1().compareTo(b._1())).forEach(t -> best.put(t._1(), t._2()));
    return new Outcome(table, best, cells.size() + finals.size());
  }

  /** Macro-averaged F1 of a classification; minus the RMSE of a regression. */
  static double score(Metrics m) {
    if (m.classes() != null && !m.classes().isEmpty()) {
      return m.classes().stream().mapToDouble(Metrics.ClassMetrics::f1).average().orElse(0);
    }
    return m.rmse() == null ? Double.NEGATIVE_INFINITY : -m.rmse();
  }
}
