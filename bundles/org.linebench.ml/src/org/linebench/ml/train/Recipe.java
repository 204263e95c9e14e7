package org.linebench.ml.train;

import java.util.Locale;

/**
 * What kind of model to train. A recipe chooses the classifier, derives interaction features and
 * decides how the target is read; {@link #CUSTOM} trains the classifier the user names, on the raw
 * columns.
 */
public enum Recipe {
  /**
   * Rare-failure binary classification: interaction features, a random forest whose decision
   * threshold is tuned on its out-of-bag predictions for the failure class's F1, and every other
   * rare event flag of the target's form dropped as a label in another form.
   */
  MAINTENANCE,
  /** Multi-class quality prediction: interaction features, a random forest on class-balanced weights. */
  QUALITY,
  /** A numeric target: interaction features and a regression forest. */
  REGRESSION,
  /**
   * Remaining useful life of units run to failure: a regression forest on a capped target (the
   * piecewise-linear form), computed from each unit's last time when the data has no target column,
   * evaluated by RMSE, MAE and the asymmetric PHM 2008 score per unit and overall.
   */
  RUL,
  /** The classifier given by class name and options. */
  CUSTOM;

  /** The recipe's name on the command line and in the model card. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The recipe with this id, or null. */
  public static Recipe of(String id) {
    for (Recipe r : values()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }
}
