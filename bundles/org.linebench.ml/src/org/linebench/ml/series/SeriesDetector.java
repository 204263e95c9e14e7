package org.linebench.ml.series;

import java.util.HashMap;
import java.util.Map;

import org.linebench.ml.data.CsvTable;

/**
 * Recognizes data that are series of units: a unit column (an id repeated over many rows) and a
 * time column (a cycle count or a timestamp that rises within every unit and repeats across
 * units, so it is no running row number). A shuffled split of such data puts readings of one unit,
 * moments apart, on both sides, and its figures will not hold for a new unit.
 */
public final class SeriesDetector {
  /** At least this many units ... */
  private static final int MIN_UNITS = 2;
  /** ... with at least this many rows each on average. */
  private static final int MIN_ROWS_PER_UNIT = 5;
  /** Rows looked at: series show in the first of them as well as in all. */
  static final int SAMPLE = 100_000;
  /** Share of steps within a unit that may go back (noise in a logger's clock). */
  private static final double BACK_SHARE = 0.01;

  private SeriesDetector() {}

  /**
   * An obvious unit and time column.
   *
   * @param units how many units
   * @param rowsPerUnit rows per unit on average
   */
  public record Found(String unit, String time, int units, double rowsPerUnit) {}

  /**
   * The data's unit and time column, or null when it has no obvious one.
   *
   * @param exclude a column never taken for either (the target), or -1
   */
  public static Found detect(CsvTable table, int exclude) {
    int n = Math.min(SAMPLE, table.rowCount());
    double[][] times = new double[table.columns().size()][];
    boolean[] timeKnown = new boolean[times.length];
    for (int u = 0; u < table.columns().size(); u++) {
      if (u == exclude) {
        continue;
      }
      int[] unit = units(table, u, n, n / MIN_ROWS_PER_UNIT);
      if (unit == null) {
        continue;
      }
      int count = unit[n];
      for (int t = 0; t < table.columns().size(); t++) {
        if (t == u || t == exclude) {
          continue;
        }
        if (!timeKnown[t]) {
          times[t] = times(table, t);
          timeKnown[t] = true;
        }
        if (times[t] != null && risesWithinUnits(times[t], unit, count)) {
          int all = n == table.rowCount() ? count : units(table, u, table.rowCount(), Integer.MAX_VALUE)[table.rowCount()];
          return new Found(table.columns().get(u).name(), table.columns().get(t).name(), all, table.rowCount() / (double) all);
        }
      }
    }
    return null;
  }

  /**
   * Each row's unit (0-based, in order of first appearance) and, at index n, how many there are;
   * null when the column is no unit column (a missing value, a fractional number, too many or
   * too few distinct values).
   */
  private static int[] units(CsvTable table, int column, int n, int maxUnits) {
    CsvTable.Column col = table.columns().get(column);
    int[] unit = new int[n + 1];
    Map<Double, Integer> index = new HashMap<>();
    for (int r = 0; r < n; r++) {
      if (table.isMissing(r, column)) {
        return null;
      }
      if (col.numeric()) {
        double d = table.number(r, column);
        if (d != Math.rint(d)) {
          return null;
        }
        Integer i = index.get(d);
        if (i == null) {
          if (index.size() >= maxUnits) {
            return null;
          }
          i = index.size();
          index.put(d, i);
        }
        unit[r] = i;
      } else {
        if (col.values().size() > maxUnits) {
          return null;
        }
        unit[r] = table.code(r, column);
      }
    }
    int count = col.numeric() ? index.size() : col.values().size();
    if (count < MIN_UNITS) {
      return null;
    }
    unit[n] = count;
    return unit;
  }

  /**
   * A column's values as times (numbers, or dates as seconds), or null when it cannot be a time
   * within units: a missing value, a word that is no date, or every value different (a running
   * row number, a timestamp per row).
   */
  private static double[] times(CsvTable table, int column) {
    int n = Math.min(SAMPLE, table.rowCount());
    CsvTable.Column col = table.columns().get(column);
    double[] byCode = null;
    if (!col.numeric()) {
      if (col.values().size() >= table.rowCount() || col.values().isEmpty() || Double.isNaN(TimeUnits.timestamp(col.values().get(0)))) {
        return null;
      }
      byCode = new double[col.values().size()];
      for (int c = 0; c < byCode.length; c++) {
        byCode[c] = TimeUnits.timestamp(col.values().get(c));
      }
    }
    double[] t = new double[n];
    for (int r = 0; r < n; r++) {
      t[r] = table.isMissing(r, column) ? Double.NaN : byCode == null ? table.number(r, column) : byCode[table.code(r, column)];
      if (Double.isNaN(t[r])) {
        return null;
      }
    }
    double[] sorted = t.clone();
    java.util.Arrays.sort(sorted);
    for (int r = 1; r < n; r++) {
      if (sorted[r] == sorted[r - 1]) {
        return t;
      }
    }
    return null;
  }

  /** Whether times rise within each unit and (but for clock noise) never fall. */
  private static boolean risesWithinUnits(double[] time, int[] unit, int units) {
    int n = time.length;
    double[] last = new double[units];
    java.util.Arrays.fill(last, Double.NaN);
    long steps = 0;
    long rises = 0;
    long backs = 0;
    long allowed = Math.max(1, (long) (BACK_SHARE * n));
    for (int r = 0; r < n; r++) {
      double t = time[r];
      double p = last[unit[r]];
      if (!Double.isNaN(p)) {
        steps++;
        if (t > p) {
          rises++;
        } else if (t < p && ++backs > allowed) {
          return false;
        }
      }
      last[unit[r]] = t;
    }
    return steps > 0 && rises >= steps / 2;
  }
}
