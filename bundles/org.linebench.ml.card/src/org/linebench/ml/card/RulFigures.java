package org.linebench.ml.card;

import java.util.List;

/**
 * Figures of remaining-useful-life predictions, as a model card keeps them.
 *
 * @param rows predictions compared
 * @param rmse root mean squared error
 * @param mae mean absolute error
 * @param score the PHM 2008 score summed over the predictions (one per unit: the published form)
 * @param meanScore the score per prediction
 * @param lastRowsOnly whether only each unit's last row was compared (the published test set-up)
 * @param units the same per unit, worst RMSE first
 */
public record RulFigures(int rows, double rmse, double mae, double score, double meanScore, boolean lastRowsOnly, List<Unit> units)
    implements java.io.Serializable {

  /** Figures of one unit. */
  public record Unit(String unit, int rows, double rmse, double mae, double score) implements java.io.Serializable {}
}
