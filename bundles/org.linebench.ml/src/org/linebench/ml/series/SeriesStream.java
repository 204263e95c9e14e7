package org.linebench.ml.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes series features row by row, keeping per unit only the history its windows and lags
 * need. Training (over a whole table) and scoring (a table, or rows as a data logger appends them)
 * both run through it, so a model sees the same numbers in both. Rows of several units may come
 * interleaved; each unit's rows must come in time order.
 */
public final class SeriesStream {
  private final List<SeriesFeature> features;
  private final List<String> sources;
  /** Per feature: its source's index in {@link #sources}, and its window's index (or lag). */
  private final int[] source;
  private final int[] window;
  /** Per feature: its statistic, an index into {@link SeriesFeature#STATS}, or LAG_OP / DIFF_OP. */
  private final int[] op;
  private static final int LAG_OP = -1;
  private static final int DIFF_OP = -2;
  private final Window[] windows;
  private final int[] windowSource;
  private final int maxLag;
  /** The time column's units per second for time windows: spans are converted into them. */
  private final double timeUnitsPerSecond;
  private final Map<Object, History> units = new HashMap<>();

  /** What one unit keeps. */
  private final class History {
    final Rolling[] rolling = new Rolling[windows.length];
    final double[][] lagged = new double[sources.size()][maxLag + 1];
    long rows;
    double lastTime = Double.NEGATIVE_INFINITY;

    History() {
      for (int w = 0; w < windows.length; w++) {
        Window win = windows[w];
        rolling[w] = new Rolling(win.rows(), win.seconds() * timeUnitsPerSecond);
      }
    }

    long bytes() {
      long b = 64 + (long) sources.size() * (maxLag + 1) * 8;
      for (Rolling r : rolling) {
        b += r.bytes();
      }
      return b;
    }
  }

  /**
   * @param features the features to compute, in order
   * @param secondsPerTimeUnit seconds in one unit of the time column (1 for dates); needed only
   *        when a window spans time
   * @throws IllegalArgumentException when a window spans time and the time has no unit of time
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
    int lag = 0;
    boolean spans = false;
    for (int f = 0; f < features.size(); f++) {
      SeriesFeature sf = features.get(f);
      source[f] = sourceIndex.computeIfAbsent(sf.source(), k -> sourceIndex.size());
      op[f] = SeriesFeature.LAG.equals(sf.stat()) ? LAG_OP : SeriesFeature.DIFF.equals(sf.stat()) ? DIFF_OP
          : SeriesFeature.STATS.indexOf(sf.stat());
      if (!sf.rowsBack() && op[f] < 0) {
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Window_badStat, sf.stat(),
            String.join(", ", SeriesFeature.STATS))); //$NON-NLS-1$
      }
      if (sf.rowsBack()) {
        window[f] = Window.parse(sf.window()).rows();
        lag = Math.max(lag, window[f]);
      } else {
        Window w = Window.parse(sf.window());
        spans |= !w.inRows();
        int s = source[f];
        window[f] = windowIndex.computeIfAbsent(s + "\u0000" + w, k -> { //$NON-NLS-1$
          ws.add(w);
          wsSource.add(s);
          return ws.size() - 1;
        });
      }
    }
    if (spans && !(secondsPerTimeUnit > 0)) {
      throw new IllegalArgumentException(Messages.Window_needsTime);
    }
    this.sources = List.copyOf(sourceIndex.keySet());
    this.windows = ws.toArray(Window[]::new);
    this.windowSource = wsSource.stream().mapToInt(Integer::intValue).toArray();
    this.maxLag = lag;
    this.timeUnitsPerSecond = spans ? 1 / secondsPerTimeUnit : 1;
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
    History h = units.computeIfAbsent(unit, k -> new History());
    h.lastTime = time;
    double rowX = h.rows++;
    for (int w = 0; w < windows.length; w++) {
      h.rolling[w].add(windows[w].inRows() ? rowX : time, values[windowSource[w]]);
    }
    for (int f = 0; f < out.length; f++) {
      if (op[f] < 0) {
        double[] ring = h.lagged[source[f]];
        int k = window[f];
        double back = h.rows - 1 >= k ? ring[(int) ((h.rows - 1 - k) % ring.length)] : Double.NaN;
        out[f] = op[f] == LAG_OP ? back : values[source[f]] - back;
        continue;
      }
      Rolling r = h.rolling[window[f]];
      out[f] = switch (op[f]) {
        case 0 -> r.mean();
        case 1 -> r.std();
        case 2 -> r.min();
        case 3 -> r.max();
        case 4 -> r.slope();
        default -> r.last();
      };
    }
    if (maxLag > 0) {
      for (int s = 0; s < values.length; s++) {
        h.lagged[s][(int) ((h.rows - 1) % (maxLag + 1))] = values[s];
      }
    }
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
