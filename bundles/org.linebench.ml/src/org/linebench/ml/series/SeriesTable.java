package org.linebench.ml.series;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.WekaTables;

/**
 * A table read as series: which unit (machine, engine, batch) each row belongs to, and its time.
 * Without a unit column the whole table is one series; without a time column, row order is time.
 * Time never goes back within a unit (checked, with the file's line).
 */
public final class SeriesTable {
  private final CsvTable table;
  private final int unitColumn;
  private final int timeColumn;
  private final int[] units;
  private final List<String> unitNames;
  private final double[] times;
  private final double secondsPerTimeUnit;

  private SeriesTable(CsvTable table, int unitColumn, int timeColumn, int[] units, List<String> unitNames, double[] times,
      double secondsPerTimeUnit) {
    this.table = table;
    this.unitColumn = unitColumn;
    this.timeColumn = timeColumn;
    this.units = units;
    this.unitNames = unitNames;
    this.times = times;
    this.secondsPerTimeUnit = secondsPerTimeUnit;
  }

  /**
   * Reads the unit and time of every row.
   *
   * @param unit the unit column's name, or null for one series
   * @param time the time column's name, or null for row order
   * @throws DataException for an unknown column, a row without unit or time, a time that is neither
   *         number nor date, or a time that goes back within a unit
   */
  public static SeriesTable of(CsvTable table, String unit, String time) throws DataException {
    return of(table, unit, time, true);
  }

  /**
   * Reads the unit and time of every row.
   *
   * @param ordered whether time must not go back within a unit (it must for windows over each
   *        unit's history; a split by time sorts the rows itself)
   */
  public static SeriesTable of(CsvTable table, String unit, String time, boolean ordered) throws DataException {
    int u = unit == null ? -1 : column(table, unit);
    int t = time == null ? -1 : column(table, time);
    if (u >= 0 && u == t) {
      throw new DataException(table.file(), 1, u + 1, NLS.bind(Messages.Series_sameColumn, unit));
    }
    int n = table.rowCount();
    int[] units = new int[n];
    List<String> names = List.of(""); //$NON-NLS-1$
    if (u >= 0) {
      Map<String, Integer> index = new HashMap<>();
      java.util.ArrayList<String> seen = new java.util.ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (table.isMissing(r, u)) {
          throw new DataException(table.file(), table.line(r), u + 1, NLS.bind(Messages.Series_noUnit, unit));
        }
        units[r] = index.computeIfAbsent(table.value(r, u), k -> {
          seen.add(k);
          return seen.size() - 1;
        });
      }
      names = List.copyOf(seen);
    }
    double[] times = new double[n];
    double scale = 1;
    if (t < 0) {
      for (int r = 0; r < n; r++) {
        times[r] = r;
      }
      scale = 0;
    } else {
      CsvTable.Column col = table.columns().get(t);
      double[] byCode = col.numeric() ? null : timestamps(table, t);
      scale = col.numeric() ? TimeUnits.seconds(col.unit()) : 1;
      for (int r = 0; r < n; r++) {
        if (table.isMissing(r, t)) {
          throw new DataException(table.file(), table.line(r), t + 1, NLS.bind(Messages.Series_noTime, time));
        }
        times[r] = byCode == null ? table.number(r, t) : byCode[table.code(r, t)];
      }
    }
    SeriesTable s = new SeriesTable(table, u, t, units, names, times, scale);
    if (ordered) {
      s.checkOrder();
    }
    return s;
  }

  /** Each value of a nominal time column as a timestamp; refuses the first that is none. */
  private static double[] timestamps(CsvTable table, int column) throws DataException {
    CsvTable.Column col = table.columns().get(column);
    double[] byCode = new double[col.values().size()];
    for (int c = 0; c < byCode.length; c++) {
      byCode[c] = TimeUnits.timestamp(col.values().get(c));
      if (Double.isNaN(byCode[c])) {
        for (int r = 0; r < table.rowCount(); r++) {
          if (table.code(r, column) == c) {
            throw new DataException(table.file(), table.line(r), column + 1, NLS.bind(Messages.Series_notTime, col.values().get(c), col.name()));
          }
        }
      }
    }
    return byCode;
  }

  private void checkOrder() throws DataException {
    if (timeColumn < 0) {
      return;
    }
    int[] lastRow = new int[unitNames.size()];
    java.util.Arrays.fill(lastRow, -1);
    for (int r = 0; r < times.length; r++) {
      int p = lastRow[units[r]];
      if (p >= 0 && times[r] < times[p]) {
        String name = table.columns().get(timeColumn).name();
        throw new DataException(table.file(), table.line(r), timeColumn + 1, unitColumn < 0
            ? NLS.bind(Messages.Series_timeBackOne, new Object[] {name, table.value(r, timeColumn), table.value(p, timeColumn), table.line(p)})
            : NLS.bind(Messages.Series_timeBack,
                new Object[] {name, table.value(r, timeColumn), table.value(p, timeColumn), table.line(p), unitLabel(units[r])}));
      }
      lastRow[units[r]] = r;
    }
  }

  private String unitLabel(int unit) {
    return unitColumn < 0 ? "-" : table.columns().get(unitColumn).name() + " " + unitNames.get(unit); //$NON-NLS-1$ //$NON-NLS-2$
  }

  static int column(CsvTable table, String name) throws DataException {
    return WekaTables.columnOf(table, name);
  }

  /** The same series over another table of the same rows (one with columns added). */
  public SeriesTable withTable(CsvTable other) {
    if (other.rowCount() != times.length) {
      throw new IllegalArgumentException(other.file());
    }
    return new SeriesTable(other, unitColumn, timeColumn, units, unitNames, times, secondsPerTimeUnit);
  }

  /** The median step of time from one row of a unit to its next, in the time column's units; NaN without steps. */
  public double medianStep() {
    double[] last = new double[unitNames.size()];
    java.util.Arrays.fill(last, Double.NaN);
    double[] steps = new double[times.length];
    int k = 0;
    for (int r = 0; r < times.length; r++) {
      if (!Double.isNaN(last[units[r]])) {
        steps[k++] = times[r] - last[units[r]];
      }
      last[units[r]] = times[r];
    }
    if (k == 0) {
      return Double.NaN;
    }
    java.util.Arrays.sort(steps, 0, k);
    return steps[k / 2];
  }

  /** The series' unit of each row: an index into {@link #unitNames()}. */
  public int unit(int row) {
    return units[row];
  }

  /** The units in the order they first appear, as written in the data. */
  public List<String> unitNames() {
    return unitNames;
  }

  /** The time of a row: the column's number, seconds since 1970 for dates, the row index without a time column. */
  public double time(int row) {
    return times[row];
  }

  /**
   * Seconds in one unit of the time column: 1 for dates, the header's unit for numbers
   * ({@code t [min]}), 0 when its numbers have no unit of time (cycles) or there is no time column.
   */
  public double secondsPerTimeUnit() {
    return secondsPerTimeUnit;
  }

  public CsvTable table() {
    return table;
  }

  /** The unit column's index, or -1. */
  public int unitColumn() {
    return unitColumn;
  }

  /** The time column's index, or -1. */
  public int timeColumn() {
    return timeColumn;
  }

  public int rowCount() {
    return times.length;
  }

  /** Rows per unit, in {@link #unitNames()}' order. */
  public int[] rowsPerUnit() {
    int[] count = new int[unitNames.size()];
    for (int u : units) {
      count[u]++;
    }
    return count;
  }

  /** The latest time of each unit, in {@link #unitNames()}' order. */
  public double[] lastTimes() {
    double[] last = new double[unitNames.size()];
    java.util.Arrays.fill(last, Double.NEGATIVE_INFINITY);
    for (int r = 0; r < times.length; r++) {
      last[units[r]] = Math.max(last[units[r]], times[r]);
    }
    return last;
  }

  /** The longest span of time of one unit, in the time column's units. */
  public double longestSpan() {
    double[] first = new double[unitNames.size()];
    java.util.Arrays.fill(first, Double.POSITIVE_INFINITY);
    for (int r = 0; r < times.length; r++) {
      first[units[r]] = Math.min(first[units[r]], times[r]);
    }
    double[] last = lastTimes();
    double max = 0;
    for (int u = 0; u < first.length; u++) {
      max = Math.max(max, last[u] - first[u]);
    }
    return max;
  }
}
