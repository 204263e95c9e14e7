package org.linebench.ml.train;

import java.util.List;

import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.Schema;
import org.linebench.ml.series.SeriesSummary;

import weka.classifiers.Classifier;

/**
 * A trained model with everything its card records.
 *
 * @param model the model trained on all usable rows
 * @param schema the columns it reads and its target
 * @param recipe the recipe used
 * @param classifier the Weka classifier's class name
 * @param options its options, as Weka's command line takes them
 * @param guard what the leakage guard did
 * @param metrics the cross-validated figures
 * @param rows the rows trained on (rows with a missing target are left out)
 * @param skippedRows rows left out
 * @param millis training time, cross-validation included
 * @param series the split the figures come from and what was done with series, or null when not recorded
 */
public record TrainingResult(Classifier model, Schema schema, Recipe recipe, String classifier, String options,
    List<GuardFinding> guard, Metrics metrics, int rows, int skippedRows, long millis, SeriesSummary series)
    implements java.io.Serializable {

  /** A result of rows read as independent rows whose split is not recorded (a cluster job's vote, say). */
  public TrainingResult(Classifier model, Schema schema, Recipe recipe, String classifier, String options,
      List<GuardFinding> guard, Metrics metrics, int rows, int skippedRows, long millis) {
    this(model, schema, recipe, classifier, options, guard, metrics, rows, skippedRows, millis, null);
  }
}
