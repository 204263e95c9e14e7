package org.linebench.ml.train;

import java.util.ArrayList;
import java.util.List;

import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.Schema;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.WekaTables;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.AggregateableEvaluation;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.Instances;

/**
 * Training by disjoint partitions, combined by a {@link PartitionVote}: the steps that run where
 * a partition's rows are (a Spark task of the fleet job, or a loop on one machine), all reading the
 * rows with the one schema the trainer prepared ({@link Trainer#prepare}) so that every partition
 * reads the same columns the same way.
 */
public final class PartitionTraining {
  private PartitionTraining() {}

  /** One partition's model: a copy of the prepared learner trained on the partition's rows. */
  public static Classifier member(Schema schema, Classifier template, CsvTable rows) throws Exception {
    Instances data = WekaTables.of(schema, rows, true, null);
    Classifier model = AbstractClassifier.makeCopy(template);
    model.buildClassifier(data);
    return model;
  }

  /** A model's evaluation on rows read with the schema. */
  public static Evaluation evaluate(Schema schema, Classifier model, CsvTable rows) throws Exception {
    Instances data = WekaTables.of(schema, rows, true, null);
    Evaluation e = new Evaluation(data);
    e.evaluateModel(model, data);
    return e;
  }

  /** The figures of evaluations gathered from partitions of the hold-out. */
  public static Metrics metrics(Schema schema, List<Evaluation> parts, int seed) throws TrainingException {
    AggregateableEvaluation all = null;
    try {
      for (Evaluation e : parts) {
        all = all == null ? new AggregateableEvaluation(e) : all;
        all.aggregate(e);
      }
    } catch (Exception e) { // Weka declares Exception
      throw new TrainingException(Trainer.describe(e));
    }
    return Trainer.metrics(all, WekaTables.header(schema, "holdout"), 1, seed); //$NON-NLS-1$
  }

  /** The combined model as the card records it: a partition vote of the prepared learner. */
  public static TrainingResult combined(Trainer.Prepared prepared, List<Classifier> members, Metrics metrics, long rows, long millis) {
    String described = members.size() + " x " + prepared.classifier() + (prepared.options().isEmpty() ? "" : " " + prepared.options()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return new TrainingResult(new PartitionVote(members), prepared.schema(), prepared.recipe(), PartitionVote.class.getName(), described,
        prepared.guard(), metrics, (int) Math.min(Integer.MAX_VALUE, rows), 0, millis);
  }

  /** On one machine: a model per partition, combined, evaluated on the hold-out. */
  public static TrainingResult train(Trainer.Prepared prepared, List<CsvTable> partitions, CsvTable holdout, int seed)
      throws TrainingException {
    long start = System.nanoTime();
    List<Classifier> members = new ArrayList<>();
    long rows = 0;
    try {
      for (CsvTable p : partitions) {
        members.add(member(prepared.schema(), prepared.template(), p));
        rows += p.rowCount();
      }
      Metrics m = metrics(prepared.schema(), List.of(evaluate(prepared.schema(), new PartitionVote(members), holdout)), seed);
      return combined(prepared, members, m, rows, (System.nanoTime() - start) / 1_000_000);
    } catch (TrainingException e) {
      throw e;
    } catch (Exception e) { // Weka declares Exception
      throw new TrainingException(Trainer.describe(e));
    }
  }
}
