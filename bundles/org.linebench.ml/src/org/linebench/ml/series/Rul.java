package org.linebench.ml.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.RulFigures;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/**
 * Remaining useful life: the target of run-to-failure series and the figures maintenance people
 * read (RMSE, MAE and the PHM 2008 score, overall and per unit).
 */
public final class Rul {
  /** The usual cap of the piecewise-linear target, in cycles. */
  public static final double DEFAULT_CAP = 125;
  /** PHM 2008: early predictions (d < 0) cost exp(-d/13) - 1, late ones exp(d/10) - 1. */
  private static final double EARLY = 13;
  private static final double LATE = 10;

  private Rul() {}

  /**
   * The remaining useful life of every row of run-to-failure series: its unit's last time minus
   * its time, capped (the piecewise-linear target: early in life a unit counts as healthy).
   *
   * @param cap the cap, or infinity for none
   */
  public static double[] target(SeriesTable series, double cap) {
    double[] last = series.lastTimes();
    double[] rul = new double[series.rowCount()];
    for (int r = 0; r < rul.length; r++) {
      rul[r] = Math.min(cap, last[series.unit(r)] - series.time(r));
    }
    return rul;
  }

  /**
   * The remaining useful life of every row of series cut before failure, from the life left after
   * each unit's last row ({@code RUL_FD003.txt}): that value plus the unit's last time minus the
   * row's time. Not capped: it is the truth a prediction is compared with.
   *
   * @param atEnd a table of the unit column and one numeric column, the life left after the last row
   * @throws DataException when a unit has no value in {@code atEnd}
   */
  public static double[] truth(SeriesTable series, CsvTable atEnd) throws DataException {
    String unitName = series.table().columns().get(series.unitColumn()).name();
    int u = SeriesTable.column(atEnd, unitName);
    int v = -1;
    for (int c = 0; c < atEnd.columns().size(); c++) {
      if (c != u && atEnd.columns().get(c).numeric()) {
        v = c;
        break;
      }
    }
    if (v < 0) {
      throw new DataException(atEnd.file(), 1, 0, NLS.bind(Messages.Rul_noValues, unitName));
    }
    Map<String, Double> end = new java.util.HashMap<>();
    for (int r = 0; r < atEnd.rowCount(); r++) {
      end.put(atEnd.value(r, u), atEnd.number(r, v));
    }
    double[] last = series.lastTimes();
    double[] truth = new double[series.rowCount()];
    for (int r = 0; r < truth.length; r++) {
      Double e = end.get(series.unitNames().get(series.unit(r)));
      if (e == null || e.isNaN()) {
        throw new DataException(atEnd.file(), 0, 0, NLS.bind(Messages.Rul_noUnit, series.unitNames().get(series.unit(r)), unitName));
      }
      truth[r] = e + last[series.unit(r)] - series.time(r);
    }
    return truth;
  }

  /** The PHM 2008 score of one prediction (d = predicted - true). */
  public static double score(double predicted, double actual) {
    double d = predicted - actual;
    return d < 0 ? Math.expm1(-d / EARLY) : Math.expm1(d / LATE);
  }

  /**
   * The figures of predictions against the truth, per unit and overall.
   *
   * @param unit each prediction's unit, an index into {@code unitNames}
   */
  public static RulFigures figures(double[] predicted, double[] actual, int[] unit, List<String> unitNames, boolean lastRowsOnly) {
    int k = unitNames.size();
    double[] se = new double[k];
    double[] ae = new double[k];
    double[] sc = new double[k];
    int[] n = new int[k];
    double tse = 0;
    double tae = 0;
    double tsc = 0;
    for (int i = 0; i < predicted.length; i++) {
      double d = predicted[i] - actual[i];
      double s = score(predicted[i], actual[i]);
      se[unit[i]] += d * d;
      ae[unit[i]] += Math.abs(d);
      sc[unit[i]] += s;
      n[unit[i]]++;
      tse += d * d;
      tae += Math.abs(d);
      tsc += s;
    }
    List<RulFigures.Unit> units = new ArrayList<>();
    for (int u = 0; u < k; u++) {
      if (n[u] > 0) {
        units.add(new RulFigures.Unit(unitNames.get(u), n[u], Math.sqrt(se[u] / n[u]), ae[u] / n[u], sc[u]));
      }
    }
    units.sort((a, b) -> Double.compare(b.rmse(), a.rmse()));
    int rows = predicted.length;
    return new RulFigures(rows, Math.sqrt(tse / rows), tae / rows, tsc, tsc / rows, lastRowsOnly, List.copyOf(units));
  }
}
