package org.linebench.ml.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linebench.ml.card.Window;

/**
 * Computes series features row by row, keeping per unit only the history its windows and lags
 * need. Training (over a whole table) and scoring (a table, or rows as a data logger appends them)
 * both run through it, so a model sees the same numbers in both. Rows of several units may come
 * interleaved; each unit's rows must come in time order.
 *
 * <p>Per unit, each reading keeps a ring of its last readings, as many as its longest short row
 * window or lag needs; the statistics of a short row window ({@link #DIRECT_ROWS} rows or fewer)
 * are computed from that ring in two passes (exact, and from memory that sits together: many units
 * interleaved cost little more than one). Longer row windows and windows over time keep running
 * sums ({@link Rolling}).
 */
public final class SeriesStream {
  /** Row windows up to this length are computed from the ring of readings. */
  static final int DIRECT_ROWS = 64;
  private static final int STATS = 6;
  private static final int LAG_OP = -1;
  private static final int DIFF_OP = -2;

  private final List<SeriesFeature> features;
  private final List<String> sources;
  /** Per feature: its source's index in {@link #sources}, its window's index (or rows back), its statistic. */
  private final int[] source;
  private final int[] window;
  /** Per feature: an index into {@link SeriesFeature#STATS}, or LAG_OP / DIFF_OP. */
  private final int[] op;
  private final Window[] windows;
  private final int[] windowSource;
  /** Per window: whether it is computed from the ring. */
  private final boolean[] direct;
  /** Per source: whether it keeps a ring. */
  private final boolean[] ringed;
  /** Ring length (a power of two), 0 without rings. */
  private final int ring;
  /** The time column's units per second for time windows: spans are converted into them. */
  private final double timeUnitsPerSecond;
  private final Map<Object, History> units = new HashMap<>();
  /** The statistics of each direct window for the current row. */
  private final double[] stats;

  /** What one unit keeps. */
  private final class History {
    final Rolling[] rolling = new Rolling[windows.length];
    final double[][] readings = new double[sources.size()][];
    long rows;
    double lastTime = Double.NEGATIVE_INFINITY;

    History() {
      for (int w = 0; w < windows.length; w++) {
        if (!direct[w]) {
          rolling[w] = new Rolling(windows[w].rows(), windows[w].seconds() * timeUnitsPerSecond);
        }
      }
      for (int s = 0; s < readings.length; s++) {
        if (ringed[s]) {
          readings[s] = new double[ring];
        }
      }
    }

    long bytes() {
      long b = 64 + 16L * readings.length;
      for (double[] r : readings) {
        b += r == null ? 0 : 16 + 8L * r.length;
      }
      for (Rolling r : rolling) {
        b += r == null ? 0 : r.bytes();
      }
      return b;
    }
  }

  /**
   * @param features the features to compute, in order
   * @param secondsPerTimeUnit seconds in one unit of the time column (1 for dates); needed only
   *        when a window spans time
   * @throws IllegalArgumentException for an unknown statistic or window, or when a window spans
   *         time and the time has no unit of time
   */
  public SeriesStream(List<SeriesFeature> features, double secondsPerTimeUnit) {
    this.features = List.copyOf(features);
    Map<String, Integer> sourceIndex = new LinkedHashMap<>();
    Map<String, Integer> windowIndex = new LinkedHashMap<>();
    List<Window> ws = new ArrayList<>();
    List<Integer> wsSource = new ArrayList<>();
    source = new int[features.size()];
    window = new int[features.size()];
    op = new int[features.size()];
    boolean spans = false;
    int longest = 0; // rows a ring must hold
    List<Integer> ringSources = new ArrayList<>();
    for (int f = 0; f < features.size(); f++) {
      SeriesFeature sf = features.get(f);
      source[f] = sourceIndex.computeIfAbsent(sf.source(), k -> sourceIndex.size());
      op[f] = SeriesFeature.LAG.equals(sf.stat()) ? LAG_OP : SeriesFeature.DIFF.equals(sf.stat()) ? DIFF_OP
          : SeriesFeature.STATS.indexOf(sf.stat());
      if (!sf.rowsBack() && op[f] < 0) {
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Window_badStat, sf.stat(),
            String.join(", ", SeriesFeature.STATS))); //$NON-NLS-1$
      }
      Window w = Window.parse(sf.window());
      if (sf.rowsBack()) {
        window[f] = w.rows();
        longest = Math.max(longest, w.rows() + 1);
        ringSources.add(source[f]);
        continue;
      }
      spans |= !w.inRows();
      if (w.inRows() && w.rows() <= DIRECT_ROWS) {
        longest = Math.max(longest, w.rows());
        ringSources.add(source[f]);
      }
      int s = source[f];
      window[f] = windowIndex.computeIfAbsent(s + "\u0000" + w, k -> { //$NON-NLS-1$
        ws.add(w);
        wsSource.add(s);
        return ws.size() - 1;
      });
    }
    if (spans && !(secondsPerTimeUnit > 0)) {
      throw new IllegalArgumentException(Messages.Window_needsTime);
    }
    this.sources = List.copyOf(sourceIndex.keySet());
    this.windows = ws.toArray(Window[]::new);
    this.windowSource = wsSource.stream().mapToInt(Integer::intValue).toArray();
    this.direct = new boolean[windows.length];
    for (int w = 0; w < windows.length; w++) {
      direct[w] = windows[w].inRows() && windows[w].rows() <= DIRECT_ROWS;
    }
    this.ringed = new boolean[sources.size()];
    ringSources.forEach(s -> ringed[s] = true);
    this.ring = longest == 0 ? 0 : Integer.highestOneBit(Math.max(2, longest) * 2 - 1);
    this.timeUnitsPerSecond = spans ? 1 / secondsPerTimeUnit : 1;
    this.stats = new double[windows.length * STATS];
  }

  /** The columns the features read, in the order {@link #next} takes their values. */
  public List<String> sources() {
    return sources;
  }

  public List<SeriesFeature> features() {
    return features;
  }

  /**
   * Takes a unit's next row and writes the features' values for it.
   *
   * @param unit the unit (any key with equals, e.g. its name)
   * @param time the row's time in the time column's units (ignored by row windows)
   * @param values the sources' readings, in {@link #sources()}' order (NaN where missing)
   * @param out receives the features' values, in order (NaN where undefined)
   */
  public void next(Object unit, double time, double[] values, double[] out) {
    History h = units.get(unit);
    if (h == null) {
      h = new History();
      units.put(unit, h);
    }
    h.lastTime = time;
    long row = h.rows++;
    int mask = ring - 1;
    for (int s = 0; s < values.length; s++) {
      if (ringed[s]) {
        h.readings[s][(int) (row & mask)] = values[s];
      }
    }
    for (int w = 0; w < windows.length; w++) {
      if (direct[w]) {
        direct(h.readings[windowSource[w]], row, windows[w].rows(), w * STATS);
      } else {
        h.rolling[w].add(windows[w].inRows() ? row : time, values[windowSource[w]]);
      }
    }
    for (int f = 0; f < out.length; f++) {
      int o = op[f];
      if (o < 0) {
        int k = window[f];
        double back = row >= k ? h.readings[source[f]][(int) ((row - k) & mask)] : Double.NaN;
        out[f] = o == LAG_OP ? back : values[source[f]] - back;
      } else if (direct[window[f]]) {
        out[f] = stats[window[f] * STATS + o];
      } else {
        Rolling r = h.rolling[window[f]];
        out[f] = switch (o) {
          case 0 -> r.mean();
          case 1 -> r.std();
          case 2 -> r.min();
          case 3 -> r.max();
          case 4 -> r.slope();
          default -> r.last();
        };
      }
    }
  }

  /**
   * The statistics of the last {@code rows} readings of a ring up to {@code row} (fewer at the
   * start of a series), in one pass over readings taken relative to the first of them (a short
   * window: no sum grows far beyond its values' spread): mean, sample standard deviation, minimum,
   * maximum, least-squares slope per row, last reading; missing readings left out.
   */
  private void direct(double[] ring, long row, int rows, int at) {
    int mask = ring.length - 1;
    int k = (int) Math.min(rows, row + 1);
    int p = (int) ((row - k + 1) & mask);
    int n = 0;
    double first = 0;
    double sd = 0;
    double sdd = 0;
    double sx = 0;
    double sxx = 0;
    double sxd = 0;
    double min = Double.NaN;
    double max = Double.NaN;
    double last = Double.NaN;
    for (int x = 0; x < k; x++, p = (p + 1) & mask) {
      double y = ring[p];
      if (y != y) { // missing
        continue;
      }
      if (n == 0) {
        first = y;
        min = y;
        max = y;
      } else if (y < min) {
        min = y;
      } else if (y > max) {
        max = y;
      }
      double d = y - first;
      n++;
      sd += d;
      sdd += d * d;
      sx += x;
      sxx += x * (double) x;
      sxd += x * d;
      last = y;
    }
    stats[at] = n == 0 ? Double.NaN : first + sd / n;
    if (n >= 2) {
      double v = (sdd - sd * sd / n) / (n - 1);
      stats[at + 1] = v <= 0 ? 0 : Math.sqrt(v);
      stats[at + 4] = (n * sxd - sx * sd) / (n * sxx - sx * sx);
    } else {
      stats[at + 1] = Double.NaN;
      stats[at + 4] = Double.NaN;
    }
    stats[at + 2] = min;
    stats[at + 3] = max;
    stats[at + 5] = last;
  }

  /** The time of a unit's last row so far, or negative infinity before its first. */
  public double lastTime(Object unit) {
    History h = units.get(unit);
    return h == null ? Double.NEGATIVE_INFINITY : h.lastTime;
  }

  /** Units seen so far. */
  public int unitCount() {
    return units.size();
  }

  /** Bytes of history kept, over all units. */
  public long bytes() {
    long b = 0;
    for (History h : units.values()) {
      b += h.bytes() + 48;
    }
    return b;
  }
}
