package org.linebench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.Schema;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.train.PartitionTraining;
import org.linebench.ml.train.PartitionVote;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;

/**
 * More data than one machine: the rows split at random into a training part and a hold-out
 * part, the training part into disjoint partitions; each partition's model is trained where the
 * partition lies, and the models are combined by a soft vote ({@link PartitionVote}: bagging over
 * disjoint partitions, as Weka's distributed packages do for models that cannot be merged). The
 * schema (features, derived features, classes) and the leakage guard's decisions come from
 * LineBench's trainer run once on a sample on the driver, so that every partition reads the same
 * columns the same way. For an honest comparison the same learner is also trained on all the
 * training rows in one task (one machine), and both are evaluated on the same hold-out rows.
 */
public final class Bagging {
  private Bagging() {}

  /**
   * What bagging gave.
   *
   * @param combined the combined model, as the card records it
   * @param single the one-machine model's figures on the hold-out, or null when it was not trained
   * @param partitions the partitions (models combined)
   * @param trainRows rows trained on
   * @param holdoutRows rows evaluated
   * @param combinedMillis time to train the partitions' models
   * @param singleMillis time to train the one-machine model
   */
  public record Outcome(TrainingResult combined, Metrics single, int partitions, long trainRows, long holdoutRows,
      long combinedMillis, long singleMillis) {}

  /** A partition's model, or a hold-out partition's evaluations. */
  record Part(Classifier model, int rows, Evaluation combined, Evaluation single) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Trains and compares.
   *
   * @param columns the columns the models may read (the target among them)
   * @param sampleRows rows of the sample the schema is prepared on
   * @param holdout the share of rows held out
   * @param compare whether to train the one-machine model too
   */
  public static Outcome run(JavaSparkContext jsc, Dataset<Row> rows, List<String> columns, TrainingOptions options,
      int partitions, double holdout, int sampleRows, boolean compare) throws TrainingException {
    int[] positions = columns.stream().mapToInt(rows.schema()::fieldIndex).toArray();
    String header = Csv.line(columns);
    // the rows as LineBench's reader will read them, read from the files once and kept in memory
    JavaRDD<String> cached = rows.toJavaRDD().map(r -> Csv.line(r, positions)).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<String>[] split = cached.randomSplit(new double[] {1 - holdout, holdout}, options.seed());
    JavaRDD<String> train = split[0];
    JavaRDD<String> test = split[1];

    Trainer.Prepared prepared;
    long total = train.count();
    try {
      double fraction = Math.min(1, sampleRows / (double) Math.max(1, total));
      List<String> sample = train.sample(false, fraction, options.seed()).collect();
      prepared = Trainer.prepare(Csv.table("sample.csv", header, sample), options, TrainingMonitor.NONE); //$NON-NLS-1$
    } catch (Exception e) {
      throw new JobException(Trainer.describe(e));
    }
    Schema schema = prepared.schema();
    Classifier template = prepared.template();

    long start = System.nanoTime();
    List<Part> parts = train.repartition(partitions).mapPartitions(lines -> build(lines, header, schema, template)).collect();
    long combinedMillis = (System.nanoTime() - start) / 1_000_000;
    List<Classifier> models = new ArrayList<>();
    long trained = 0;
    for (Part p : parts) {
      models.add(p.model());
      trained += p.rows();
    }
    Classifier vote = new PartitionVote(models);

    Classifier single = null;
    long singleMillis = 0;
    if (compare) {
      start = System.nanoTime();
      single = train.coalesce(1).mapPartitions(lines -> build(lines, header, schema, template)).collect().get(0).model();
      singleMillis = (System.nanoTime() - start) / 1_000_000;
    }

    Broadcast<Classifier> b1 = jsc.broadcast(vote);
    Broadcast<Classifier> b2 = jsc.broadcast(single);
    List<Part> evaluated = test.mapPartitions(lines -> evaluate(lines, header, schema, b1.value(), b2.value())).collect();
    cached.unpersist();
    long held = 0;
    List<Evaluation> c = new ArrayList<>();
    List<Evaluation> s = new ArrayList<>();
    for (Part p : evaluated) {
      held += p.rows();
      c.add(p.combined());
      if (p.single() != null) {
        s.add(p.single());
      }
    }
    Metrics combinedMetrics = PartitionTraining.metrics(schema, c, options.seed());
    Metrics singleMetrics = s.isEmpty() ? null : PartitionTraining.metrics(schema, s, options.seed());
    TrainingResult result = PartitionTraining.combined(prepared, models, combinedMetrics, trained, combinedMillis);
    return new Outcome(result, singleMetrics, models.size(), trained, held, combinedMillis, singleMillis);
  }

  private static Iterator<Part> build(Iterator<String> lines, String header, Schema schema, Classifier template) throws Exception {
    List<String> all = new ArrayList<>();
    lines.forEachRemaining(all::add);
    if (all.isEmpty()) {
      return Collections.emptyIterator();
    }
    CsvTable rows = Csv.table("partition.csv", header, all); //$NON-NLS-1$
    all = null; // the text is no longer needed while the model grows
    return List.of(new Part(PartitionTraining.member(schema, template, rows), rows.rowCount(), null, null)).iterator();
  }

  private static Iterator<Part> evaluate(Iterator<String> lines, String header, Schema schema, Classifier combined,
      Classifier single) throws Exception {
    List<String> all = new ArrayList<>();
    lines.forEachRemaining(all::add);
    if (all.isEmpty()) {
      return Collections.emptyIterator();
    }
    CsvTable rows = Csv.table("holdout.csv", header, all); //$NON-NLS-1$
    Evaluation c = PartitionTraining.evaluate(schema, combined, rows);
    Evaluation s = single == null ? null : PartitionTraining.evaluate(schema, single, rows);
    return List.of(new Part(null, rows.rowCount(), c, s)).iterator();
  }
}
