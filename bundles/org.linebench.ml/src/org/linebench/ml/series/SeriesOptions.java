package org.linebench.ml.series;

import java.util.List;

import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;

/**
 * How to read and evaluate data as series.
 *
 * @param unit the unit column (machine, engine, batch), or null
 * @param time the time column (cycle, timestamp), or null
 * @param split one of {@link Split}'s kinds, or null to choose: held-out when there is a test
 *        file, grouped with a unit, forward with a time, shuffled otherwise
 * @param gap time between training and test rows of a forward split: a number in the time
 *        column's units or a span ({@code 10min}); null for none
 * @param windows windows of series features
 * @param stats statistics of each window; empty for {@link SeriesFeature#DEFAULT_STATS}
 * @param lags lags in rows
 * @param diffs differences in rows
 * @param cap the cap of a remaining-useful-life target, or null for {@link Rul#DEFAULT_CAP}
 * @param test a held-out table, or null
 * @param truth the life left after each test unit's last row (series cut before failure), or null
 * @param events failure events (the unit and time of each), from which the target "fails within the
 *        horizon" is computed, or null
 * @param horizon the horizon of that target: a number in the time column's units or a span
 *        ({@code 8h}); null without events
 */
public record SeriesOptions(String unit, String time, String split, String gap, List<Window> windows, List<String> stats,
    List<Integer> lags, List<Integer> diffs, Double cap, CsvTable test, CsvTable truth, CsvTable events, String horizon) {

  /** No series: shuffled cross-validation on independent rows. */
  public static final SeriesOptions NONE = new SeriesOptions(null, null, null, null, List.of(), List.of(), List.of(), List.of(), null,
      null, null);

  /** Options without failure events. */
  public SeriesOptions(String unit, String time, String split, String gap, List<Window> windows, List<String> stats, List<Integer> lags,
      List<Integer> diffs, Double cap, CsvTable test, CsvTable truth) {
    this(unit, time, split, gap, windows, stats, lags, diffs, cap, test, truth, null, null);
  }

  public SeriesOptions {
    windows = List.copyOf(windows);
    stats = List.copyOf(stats);
    lags = List.copyOf(lags);
    diffs = List.copyOf(diffs);
  }

  /** Whether any series feature is asked for. */
  public boolean windowed() {
    return !windows.isEmpty() || !lags.isEmpty() || !diffs.isEmpty();
  }

  /** The statistics to compute. */
  public List<String> statsOrDefault() {
    return stats.isEmpty() ? SeriesFeature.DEFAULT_STATS : stats;
  }
}
