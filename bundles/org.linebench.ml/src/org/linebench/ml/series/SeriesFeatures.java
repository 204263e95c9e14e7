package org.linebench.ml.series;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/** Series features over a whole table: which to make, checked against the data, and their values. */
public final class SeriesFeatures {
  private SeriesFeatures() {}

  /**
   * The features of these readings over these windows, lags and differences.
   *
   * @param sources numeric columns
   * @param stats the statistics each window gives (from {@link SeriesFeature#STATS})
   * @throws DataException when a window, lag or difference is longer than every unit's series, or
   *         a window spans time and the time column has no unit of time
   */
  public static List<SeriesFeature> define(SeriesTable series, List<String> sources, List<Window> windows, List<String> stats,
      List<Integer> lags, List<Integer> diffs) throws DataException {
    CsvTable table = series.table();
    int[] perUnit = series.rowsPerUnit();
    int longest = 0;
    int longestUnit = 0;
    for (int u = 0; u < perUnit.length; u++) {
      if (perUnit[u] > longest) {
        longest = perUnit[u];
        longestUnit = u;
      }
    }
    String unitName = unitName(series, longestUnit);
    for (Window w : windows) {
      if (w.inRows() && w.rows() > longest) {
        throw new DataException(table.file(), 0, 0, NLS.bind(Messages.Window_tooLong, new Object[] {w, unitName, longest}));
      }
      if (!w.inRows()) {
        if (!(series.secondsPerTimeUnit() > 0)) {
          throw new DataException(table.file(), 1, series.timeColumn() + 1,
              series.timeColumn() < 0 ? NLS.bind(Messages.Window_noTimeColumn, w)
                  : NLS.bind(Messages.Window_timeWithoutUnit, w, table.columns().get(series.timeColumn()).name()));
        }
        double span = series.longestSpan() * series.secondsPerTimeUnit();
        if (w.seconds() > span) {
          throw new DataException(table.file(), 0, 0, NLS.bind(Messages.Window_tooLongTime, w, TimeUnits.format(span)));
        }
      }
    }
    for (int k : concat(lags, diffs)) {
      if (k < 1 || k >= longest) {
        throw new DataException(table.file(), 0, 0, NLS.bind(Messages.Window_badLag, new Object[] {k, unitName, longest}));
      }
    }
    List<SeriesFeature> features = new ArrayList<>();
    for (String s : sources) {
      for (Window w : windows) {
        for (String stat : stats) {
          features.add(SeriesFeature.of(s, stat, w.toString()));
        }
      }
      for (int k : lags) {
        features.add(SeriesFeature.of(s, SeriesFeature.LAG, Integer.toString(k)));
      }
      for (int k : diffs) {
        features.add(SeriesFeature.of(s, SeriesFeature.DIFF, Integer.toString(k)));
      }
    }
    return features;
  }

  private static String unitName(SeriesTable series, int unit) {
    return series.unitColumn() < 0 ? "" //$NON-NLS-1$
        : series.table().columns().get(series.unitColumn()).name() + " " + series.unitNames().get(unit); //$NON-NLS-1$
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The table with the features' values appended as numeric columns, computed row by row as a
   * {@link SeriesStream} computes them when scoring.
   *
   * @throws DataException when a source column is missing or not numeric
   */
  public static CsvTable append(SeriesTable series, List<SeriesFeature> features) throws DataException {
    return series.table().withColumns(columns(series.table(), features), compute(series, features));
  }

  /**
   * A table to score with its series features computed as in training: the unit and time columns
   * read, each unit's history started afresh.
   *
   * @throws DataException for a missing column, a time going back within a unit, a window over
   *         time without a time unit
   */
  public static CsvTable appendForScoring(CsvTable table, String unit, String time, SeriesStream stream) throws DataException {
    SeriesTable series = SeriesTable.of(table, unit, time);
    return table.withColumns(columns(table, stream.features()), compute(series, stream));
  }

  /** The features as columns of a table: numeric, with their source's unit where it keeps it. */
  public static List<CsvTable.Column> columns(CsvTable table, List<SeriesFeature> features) {
    List<CsvTable.Column> columns = new ArrayList<>();
    for (SeriesFeature f : features) {
      int c = table.columnIndex(f.source());
      columns.add(new CsvTable.Column(f.name(), true, c < 0 ? null : unit(table.columns().get(c).unit(), f), List.of()));
    }
    return columns;
  }

  /** A feature's unit: its reading's, except for a slope (per row or time unit). */
  public static String unit(String sourceUnit, SeriesFeature f) {
    return sourceUnit == null || SeriesFeature.SLOPE.equals(f.stat()) ? null : sourceUnit;
  }

  /** The features' values, one array per feature, each unit's history started afresh. */
  public static double[][] compute(SeriesTable series, List<SeriesFeature> features) throws DataException {
    return compute(series, stream(series.table(), features, series.secondsPerTimeUnit()));
  }

  /**
   * A stream of these features over a table's time column.
   *
   * @throws DataException when a window spans time and the time has no unit of time
   */
  public static SeriesStream stream(CsvTable table, List<SeriesFeature> features, double secondsPerTimeUnit) throws DataException {
    try {
      return new SeriesStream(features, secondsPerTimeUnit);
    } catch (IllegalArgumentException e) {
      throw new DataException(table.file(), 0, 0, e.getMessage());
    }
  }

  /**
   * The features' values, one array per feature, continuing each unit's history in the stream
   * (rows of later parts of a growing file).
   *
   * @throws DataException when a source column is missing or holds words, or a unit's time goes
   *         back behind its last row in the stream
   */
  public static double[][] compute(SeriesTable series, SeriesStream stream) throws DataException {
    CsvTable table = series.table();
    List<SeriesFeature> features = stream.features();
    int[] source = new int[stream.sources().size()];
    for (int i = 0; i < source.length; i++) {
      source[i] = SeriesTable.column(table, stream.sources().get(i));
      if (!table.columns().get(source[i]).numeric()) {
        throw new DataException(table.file(), 1, source[i] + 1, NLS.bind(Messages.Window_notNumeric, stream.sources().get(i)));
      }
    }
    int n = table.rowCount();
    double[][] out = new double[features.size()][n];
    double[] values = new double[source.length];
    double[] row = new double[features.size()];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < source.length; i++) {
        values[i] = table.number(r, source[i]);
      }
      String unit = series.unitNames().get(series.unit(r));
      if (series.time(r) < stream.lastTime(unit)) {
        int t = series.timeColumn();
        throw new DataException(table.file(), table.line(r), t + 1, NLS.bind(Messages.Series_timeBackStream,
            new Object[] {table.columns().get(t).name(), table.value(r, t), unit}));
      }
      stream.next(unit, series.time(r), values, row);
      for (int f = 0; f < row.length; f++) {
        out[f][r] = row[f];
      }
    }
    return out;
  }
}
