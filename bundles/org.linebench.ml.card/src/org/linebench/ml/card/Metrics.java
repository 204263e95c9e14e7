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
    Double baselineMae, Double baselineRmse, Double correlation, List<Curve> roc) implements java.io.Serializable {

  /**
   * A ROC curve: false-positive rate against true-positive rate, from (0,0) to (1,1), at most
   * {@link #MAX_POINTS} points.
   *
   * @param value the class value it is drawn for
   * @param fpr false-positive rates, rising
   * @param tpr true-positive rates
   */
  public record Curve(String value, double[] fpr, double[] tpr) implements java.io.Serializable {
    public static final int MAX_POINTS = 101;
  }

  /**
   * Figures of one class.
   *
   * @param value the class value
   * @param support instances of this class
   */
  public record ClassMetrics(String value, int support, double precision, double recall, double f1, double rocAuc,
      double prAuc) implements java.io.Serializable {}

  /**
   * Whether these figures come from one hold-out kept out of training (a single fold, as the fleet
   * model a Spark job trains records them) rather than from a cross-validation: what the technical file
   * and the workbench's Metrics view both say of the card.
   */
  public boolean evaluatedOnHoldout() {
    return folds <= 1;
  }

  /** The figures of a class value, or null. */
  public ClassMetrics of(String value) {
    return classes.stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
  }

  /**
   * Metrics of a cross-validation: the figures of classification or of regression are set by
   * name, the others stay empty.
   *
   * <pre>
   * Metrics.builder(folds, seed, instances).accuracy(0.96, 0.76, "0").kappa(0.9).classes(perClass)
   *     .confusion(matrix).roc(curves).build();
   * </pre>
   */
  public static Builder builder(int folds, int seed, int instances) {
    return new Builder(folds, seed, instances);
  }

  /** A builder holding these metrics, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(folds, seed, instances);
    b.accuracy = accuracy;
    b.baselineAccuracy = baselineAccuracy;
    b.majorityClass = majorityClass;
    b.kappa = kappa;
    b.classes = classes;
    b.confusion = confusion;
    b.threshold = threshold;
    b.mae = mae;
    b.rmse = rmse;
    b.baselineMae = baselineMae;
    b.baselineRmse = baselineRmse;
    b.correlation = correlation;
    b.roc = roc;
    return b;
  }

  /** Builds {@link Metrics}; what is not set stays null or empty. */
  public static final class Builder {
    private final int folds;
    private final int seed;
    private final int instances;
    private Double accuracy;
    private Double baselineAccuracy;
    private String majorityClass;
    private Double kappa;
    private List<ClassMetrics> classes = List.of();
    private long[][] confusion = new long[0][0];
    private Double threshold;
    private Double mae;
    private Double rmse;
    private Double baselineMae;
    private Double baselineRmse;
    private Double correlation;
    private List<Curve> roc = List.of();

    private Builder(int folds, int seed, int instances) {
      this.folds = folds;
      this.seed = seed;
      this.instances = instances;
    }

    /**
     * The share of correct predictions, beside what always predicting the majority class scores.
     */
    public Builder accuracy(double accuracy, double baselineAccuracy, String majorityClass) {
      this.accuracy = accuracy;
      this.baselineAccuracy = baselineAccuracy;
      this.majorityClass = majorityClass;
      return this;
    }

    public Builder kappa(double kappa) {
      this.kappa = kappa;
      return this;
    }

    public Builder classes(List<ClassMetrics> classes) {
      this.classes = List.copyOf(classes);
      return this;
    }

    /** Rows actual, columns predicted, in the classes' order. */
    public Builder confusion(long[][] confusion) {
      this.confusion = confusion;
      return this;
    }

    /** The tuned decision threshold of the rare class, or null. */
    public Builder threshold(Double threshold) {
      this.threshold = threshold;
      return this;
    }

    /**
     * Regression errors, beside what always predicting the mean scores (null when unknown).
     */
    public Builder errors(double mae, double rmse, Double baselineMae, Double baselineRmse) {
      this.mae = mae;
      this.rmse = rmse;
      this.baselineMae = baselineMae;
      this.baselineRmse = baselineRmse;
      return this;
    }

    public Builder correlation(double correlation) {
      this.correlation = correlation;
      return this;
    }

    public Builder roc(List<Curve> roc) {
      this.roc = List.copyOf(roc);
      return this;
    }

    public Metrics build() {
      return new Metrics(folds, seed, instances, accuracy, baselineAccuracy, majorityClass, kappa, classes, confusion, threshold,
          mae, rmse, baselineMae, baselineRmse, correlation, roc);
    }
  }
}
