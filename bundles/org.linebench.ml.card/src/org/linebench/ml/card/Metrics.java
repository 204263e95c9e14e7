package org.linebench.ml.card;

import java.util.List;

/**
 * Cross-validated figures of a model, as the model card keeps them.
 *
 * @param folds folds of the stratified cross-validation
 * @param seed its seed
 * @param instances instances evaluated
 * @param accuracy share of correct predictions (classification), else null
 * @param baselineAccuracy what always predicting the majority class scores, else null
 * @param majorityClass that class, else null
 * @param kappa Cohen's kappa, else null
 * @param classes per-class figures (classification), else empty
 * @param confusion confusion matrix, rows actual, columns predicted, in {@code classes}' order
 * @param threshold the tuned decision threshold of the rare class, or null
 * @param mae mean absolute error (regression), else null
 * @param rmse root mean squared error (regression), else null
 * @param baselineMae what always predicting the mean scores, else null
 * @param baselineRmse the same for RMSE, else null
 * @param correlation correlation of predictions and actual values, else null
 * @param roc the cross-validated ROC curve of each class (classification), else empty
 */
public record Metrics(int folds, int seed, int instances, Double accuracy, Double baselineAccuracy, String majorityClass,
    Double kappa, List<ClassMetrics> classes, long[][] confusion, Double threshold, Double mae, Double rmse,
    Double baselineMae, Double baselineRmse, Double correlation, List<Curve> roc) {

  /**
   * A ROC curve: false-positive rate against true-positive rate, from (0,0) to (1,1), at most
   * {@link #MAX_POINTS} points.
   *
   * @param value the class value it is drawn for
   * @param fpr false-positive rates, rising
   * @param tpr true-positive rates
   */
  public record Curve(String value, double[] fpr, double[] tpr) {
    public static final int MAX_POINTS = 101;
  }

  /**
   * Figures of one class.
   *
   * @param value the class value
   * @param support instances of this class
   */
  public record ClassMetrics(String value, int support, double precision, double recall, double f1, double rocAuc,
      double prAuc) {}

  /** The figures of a class value, or null. */
  public ClassMetrics of(String value) {
    return classes.stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
  }
}
