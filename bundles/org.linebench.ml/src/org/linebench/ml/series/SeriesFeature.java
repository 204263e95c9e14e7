package org.linebench.ml.series;

import java.util.List;

/**
 * A feature computed from a unit's recent history of one reading.
 *
 * @param name its attribute name, e.g. {@code T24 mean(20)}
 * @param source the column it reads
 * @param stat one of {@link #STATS}, {@link #LAG} or {@link #DIFF}
 * @param window the window ({@code 20}, {@code 10min}); for a lag or difference, the rows back
 */
public record SeriesFeature(String name, String source, String stat, String window) {
  public static final String MEAN = "mean"; //$NON-NLS-1$
  public static final String STD = "std"; //$NON-NLS-1$
  public static final String MIN = "min"; //$NON-NLS-1$
  public static final String MAX = "max"; //$NON-NLS-1$
  public static final String SLOPE = "slope"; //$NON-NLS-1$
  public static final String LAST = "last"; //$NON-NLS-1$
  /** The reading k rows back in the same unit. */
  public static final String LAG = "lag"; //$NON-NLS-1$
  /** The reading minus the reading k rows back in the same unit. */
  public static final String DIFF = "diff"; //$NON-NLS-1$
  /** The statistics a window can give, in the order features are made. */
  public static final List<String> STATS = List.of(MEAN, STD, MIN, MAX, SLOPE, LAST);
  /** The statistics made when none are named. */
  public static final List<String> DEFAULT_STATS = List.of(MEAN, STD, MIN, MAX, SLOPE);

  /** The feature's name for a source, statistic and window. */
  public static SeriesFeature of(String source, String stat, String window) {
    return new SeriesFeature(source + " " + stat + "(" + window + ")", source, stat, window); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  /** Whether it reads rows back (a lag or a difference) rather than a window. */
  public boolean rowsBack() {
    return LAG.equals(stat) || DIFF.equals(stat);
  }

  /** Whether an operation name is one of these features'. */
  public static boolean isStat(String operation) {
    return STATS.contains(operation) || LAG.equals(operation) || DIFF.equals(operation);
  }
}
