package org.linebench.ml.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linebench.ml.card.EventFigures;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/**
 * Failure events per unit (a file of the unit and the time of each failure): the "fails within the
 * horizon" label of each reading, and the figures maintenance people read of the warnings a model
 * gives: events caught, how long before, false alarms per unit and month.
 */
public final class Events {
  /**
   * The class of a reading whose unit fails within the horizon, as the labels (1 and 0) read as
   * classes: what a warning predicts.
   */
  public static final String FAILS = "1"; //$NON-NLS-1$
  /** Seconds in an average month. */
  private static final double MONTH = 30.436875 * 86_400;

  private final Map<String, double[]> byUnit;
  private final String file;
  private final int count;

  private Events(Map<String, double[]> byUnit, String file, int count) {
    this.byUnit = byUnit;
    this.file = file;
    this.count = count;
  }

  /**
   * Reads the events: a table with the data's unit and time columns (other columns are ignored).
   *
   * @throws DataException when a column is missing, or a time is neither number nor date
   */
  public static Events read(CsvTable events, String unit, String time) throws DataException {
    SeriesTable s = SeriesTable.of(events, unit, time, false);
    Map<String, List<Double>> times = new HashMap<>();
    for (int r = 0; r < s.rowCount(); r++) {
      times.computeIfAbsent(s.unitNames().get(s.unit(r)), k -> new ArrayList<>()).add(s.time(r));
    }
    Map<String, double[]> byUnit = new HashMap<>();
    times.forEach((u, t) -> {
      double[] a = t.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(a);
      byUnit.put(u, a);
    });
    return new Events(byUnit, events.file(), s.rowCount());
  }

  /** Events read. */
  public int count() {
    return count;
  }

  public String file() {
    return file;
  }

  /** The first event of a unit at or after a time, or NaN. */
  private double next(String unit, double time) {
    double[] e = byUnit.get(unit);
    if (e == null) {
      return Double.NaN;
    }
    int i = Arrays.binarySearch(e, time);
    if (i < 0) {
      i = -i - 1;
    } else {
      while (i > 0 && e[i - 1] == time) {
        i--;
      }
    }
    return i < e.length ? e[i] : Double.NaN;
  }

  /**
   * Each reading's label: 1 when its unit fails within the horizon (an event at a time t..t+h), 0
   * when it does not, NaN when the data end before the horizon does and no event came (not known:
   * the row is left out of training and testing).
   */
  public double[] labels(SeriesTable series, double horizon) {
    double[] last = series.lastTimes();
    double[] y = new double[series.rowCount()];
    for (int r = 0; r < y.length; r++) {
      String unit = series.unitNames().get(series.unit(r));
      double t = series.time(r);
      double e = next(unit, t);
      y[r] = !Double.isNaN(e) && e <= t + horizon ? 1 : t + horizon <= last[series.unit(r)] || !Double.isNaN(e) ? 0 : Double.NaN;
    }
    return y;
  }


  /**
   * The figures of warnings at tested readings. An alarm is a run of warnings of one unit (in time
   * order over its tested readings), true when one of its warnings has a failure within the
   * horizon; an event counts when a tested reading of its unit lies in the horizon before it, and
   * is caught when one of those warned. False alarms per machine and month are the false alarms of
   * all units divided by the machine-months tested: the sum over units of the time from their
   * first to their last tested reading (per 1000 time units when the time has no unit of time).
   *
   * @param rows the tested rows of {@code series}
   * @param warned whether the model warned at each of them
   */
  public EventFigures figures(SeriesTable series, int[] rows, boolean[] warned, double horizon) {
    int units = series.unitNames().size();
    List<List<Integer>> perUnit = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      perUnit.add(new ArrayList<>());
    }
    for (int i = 0; i < rows.length; i++) {
      perUnit.get(series.unit(rows[i])).add(i);
    }
    int events = 0;
    int caught = 0;
    int alarms = 0;
    int trueAlarms = 0;
    double span = 0;
    List<Double> leads = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      List<Integer> tested = perUnit.get(u);
      if (tested.isEmpty()) {
        continue;
      }
      tested.sort((a, b) -> Double.compare(series.time(rows[a]), series.time(rows[b])));
      String name = series.unitNames().get(u);
      span += series.time(rows[tested.get(tested.size() - 1)]) - series.time(rows[tested.get(0)]);
      boolean inAlarm = false;
      boolean alarmTrue = false;
      for (int i : tested) {
        double t = series.time(rows[i]);
        if (warned[i]) {
          double e = next(name, t);
          boolean hit = !Double.isNaN(e) && e <= t + horizon;
          if (!inAlarm) {
            alarms++;
            inAlarm = true;
            alarmTrue = false;
          }
          if (hit && !alarmTrue) {
            alarmTrue = true;
            trueAlarms++;
          }
        } else {
          inAlarm = false;
        }
      }
      double[] own = byUnit.getOrDefault(name, new double[0]);
      for (double e : own) {
        double first = Double.NaN;
        boolean any = false;
        for (int i : tested) {
          double t = series.time(rows[i]);
          if (t >= e - horizon && t <= e) {
            any = true;
            if (warned[i] && Double.isNaN(first)) {
              first = t;
            }
          }
        }
        if (any) {
          events++;
          if (!Double.isNaN(first)) {
            caught++;
            leads.add(e - first);
          }
        }
      }
    }
    int falseAlarms = alarms - trueAlarms;
    double spt = series.secondsPerTimeUnit();
    double[] lead = leads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] q = lead.length == 0 ? new double[0]
        : new double[] {lead[0], quantile(lead, 0.25), quantile(lead, 0.5), quantile(lead, 0.75), lead[lead.length - 1]};
    return new EventFigures(horizon, events, caught, events == 0 ? 0 : caught / (double) events, alarms, trueAlarms,
        alarms == 0 ? 0 : trueAlarms / (double) alarms, spt > 0 && span > 0 ? falseAlarms / (span * spt / MONTH) : null,
        span > 0 ? 1000 * falseAlarms / span : 0, q);
  }

  private static double quantile(double[] sorted, double p) {
    double i = p * (sorted.length - 1);
    int lo = (int) Math.floor(i);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (i - lo) * (sorted[hi] - sorted[lo]);
  }
}
