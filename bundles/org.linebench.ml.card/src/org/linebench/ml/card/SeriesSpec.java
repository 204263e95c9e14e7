package org.linebench.ml.card;

import java.util.List;

/**
 * What a model needs to know about series to score them as it was trained, as its card records
 * it; the features themselves are the card's derived features with a window.
 *
 * @param unit the unit column, or null (one series)
 * @param time the time column, or null (row order)
 * @param secondsPerTimeUnit seconds in one unit of the time column (1 for dates), or null when
 *        its numbers have no unit of time
 * @param interval the median step of time between a unit's rows in the training data, in the time
 *        column's units, or null
 * @param windows the windows, as given ({@code 5}, {@code 10min})
 * @param stats the statistics of each window
 * @param lags lags in rows
 * @param diffs differences in rows
 * @param rulCap the cap of a remaining-useful-life target, or null
 * @param derivedTarget whether the target was computed from the series (remaining useful life of
 *        run-to-failure series, failure within a horizon of events) rather than read
 * @param events the file of failure events the target was computed from, or null
 * @param horizon its horizon, in the time column's units, or null
 */
public record SeriesSpec(String unit, String time, Double secondsPerTimeUnit, Double interval, List<String> windows,
    List<String> stats, List<Integer> lags, List<Integer> diffs, Double rulCap, boolean derivedTarget, String events, Double horizon)
    implements java.io.Serializable {

  /** Whether scoring computes series features. */
  public boolean windowed() {
    return windows != null && !windows.isEmpty() || lags != null && !lags.isEmpty() || diffs != null && !diffs.isEmpty();
  }
}
