package org.linebench.sim.engine;

import java.util.Arrays;

import org.linebench.sim.stats.Histogram;
import org.linebench.sim.stats.Welford;

/**
 * What a replication measures once its warm-up is over: the time each station spends in each state
 * and its active periods, the cycles, defects, failures and stops it counts, the buffers' fill, the
 * work in process, lead times, output per shift, arrivals lost and the crew's work and waits. Times
 * are the replication's clock (working time); everything is streamed, nothing grows with the run.
 */
final class Measures {
  private final int n;
  private final boolean[] station;
  private final int crew;
  private boolean measuring;

  private final int[] state;
  private final double[] since;
  private final double[] acc;
  private final double[] activeStart;
  private final Welford[] active;
  private final long[] completions;
  private final long[] defects;
  private final long[] failures;
  private final long[] stops;
  private final Histogram[] fill;

  private int wip;
  private double wipSince;
  private double wipIntegral;
  private double wipFrozen;
  private long output;
  private long good;
  private final double[] perShift;
  private long arrivals;
  private long lost;
  private final Welford leadWorking = new Welford();
  private final Welford leadWall = new Welford();

  private final double[] operatorWait;
  private double crewSince;
  private double crewBusy;

  /**
   * @param station which nodes are stations
   * @param bufferCapacity per node, the capacity of a buffer, or -1 for other nodes
   * @param shifts the shifts of the calendar (1 without one)
   * @param crew operators of the line's crew (0 for none)
   */
  Measures(boolean[] station, int[] bufferCapacity, int shifts, int crew) {
    this.n = station.length;
    this.station = station;
    this.crew = crew;
    state = new int[n];
    since = new double[n];
    acc = new double[n * Replication.STATES];
    activeStart = new double[n];
    active = new Welford[n];
    completions = new long[n];
    defects = new long[n];
    failures = new long[n];
    stops = new long[n];
    fill = new Histogram[n];
    operatorWait = new double[n];
    perShift = new double[shifts];
    Arrays.fill(state, Replication.STARVED);
    Arrays.fill(activeStart, Double.NaN);
    for (int i = 0; i < n; i++) {
      active[i] = new Welford();
      if (bufferCapacity[i] >= 0) {
        fill[i] = new Histogram(bufferCapacity[i], 0);
      }
    }
  }

  /** Whether the warm-up is over. */
  boolean measuring() {
    return measuring;
  }

  /** The warm-up ends at {@code now} (also at 0 without one): what was recorded so far is forgotten. */
  void start(double now) {
    measuring = true;
    for (int i = 0; i < n; i++) {
      if (station[i]) {
        Arrays.fill(acc, i * Replication.STATES, (i + 1) * Replication.STATES, 0);
        since[i] = now;
        if (!Double.isNaN(activeStart[i])) {
          activeStart[i] = now;
        }
      }
      if (fill[i] != null) {
        fill[i].restart(now);
      }
    }
    wipIntegral = 0;
    wipSince = now;
    Arrays.fill(operatorWait, 0);
    crewBusy = 0;
    crewSince = now;
  }

  /** A station changes state; an active period (working, failed or setting up without a break) ends when it starves or blocks. */
  void state(int s, int newState, double now) {
    int old = state[s];
    if (old == newState) {
      return;
    }
    acc[s * Replication.STATES + old] += now - since[s];
    since[s] = now;
    state[s] = newState;
    boolean wasActive = active(old);
    boolean isActive = active(newState);
    if (!wasActive && isActive) {
      activeStart[s] = now;
    } else if (wasActive && !isActive) {
      if (measuring) {
        active[s].add(now - activeStart[s]);
      }
      activeStart[s] = Double.NaN;
    }
  }

  private static boolean active(int state) {
    return state == Replication.WORKING || state == Replication.FAILED || state == Replication.SETUP;
  }

  void completion(int s) {
    if (measuring) {
      completions[s]++;
    }
  }

  void defect(int s) {
    if (measuring) {
      defects[s]++;
    }
  }

  void failure(int s) {
    if (measuring) {
      failures[s]++;
    }
  }

  void stop(int s) {
    if (measuring) {
      stops[s]++;
    }
  }

  void fill(int buffer, int level, double now) {
    fill[buffer].set(level, now);
  }

  void arrival() {
    if (measuring) {
      arrivals++;
    }
  }

  void lost() {
    if (measuring) {
      lost++;
    }
  }

  /** Pieces enter (+1) or leave (-1) the line at {@code now}. */
  void wip(int delta, double now) {
    wipIntegral += wip * (now - wipSince);
    wipSince = now;
    wip += delta;
  }

  /** The line stands still off shift for {@code gap} seconds of wall-clock time inside the measured stretch. */
  void standstill(double gap) {
    if (measuring && gap > 0) {
      wipFrozen += wip * gap;
    }
  }

  /** A piece reached a sink in the given shift, after its lead times. */
  void exit(boolean firstPass, int shift, double leadWorkingTime, double leadWallTime) {
    if (measuring) {
      output++;
      if (firstPass) {
        good++;
      }
      perShift[shift]++;
      leadWorking.add(leadWorkingTime);
      leadWall.add(leadWallTime);
    }
  }

  /** The number of the crew's operators at work changes at {@code now}; {@code busy} were at work until then. */
  void crew(int busy, double now) {
    crewBusy += busy * (now - crewSince);
    crewSince = now;
  }

  /** A station waited {@code time} for its operators. */
  void operatorWait(int s, double time) {
    if (measuring) {
      operatorWait[s] += time;
    }
  }

  /**
   * What was measured, at {@code now}: the end of the run.
   *
   * @param busy operators at work now
   * @param wallSpan measured stretch of wall-clock time
   * @param workingSpan the working time within it
   * @param events events the run handled
   */
  ReplicationResult result(double now, int busy, double wallSpan, double workingSpan, long events) {
    double[][] states = new double[n][];
    double[] activeMean = new double[n];
    double[] bufferMean = new double[n];
    double[][] histogram = new double[n][];
    int[] binWidth = new int[n];
    for (int i = 0; i < n; i++) {
      states[i] = new double[Replication.STATES];
      activeMean[i] = Double.NaN;
      if (station[i]) {
        acc[i * Replication.STATES + state[i]] += now - since[i];
        since[i] = now;
        if (!Double.isNaN(activeStart[i])) {
          active[i].add(now - activeStart[i]);
        }
        System.arraycopy(acc, i * Replication.STATES, states[i], 0, Replication.STATES);
        activeMean[i] = active[i].count() == 0 ? Double.NaN : active[i].mean();
      }
      if (fill[i] != null) {
        fill[i].close(now);
        bufferMean[i] = fill[i].mean();
        double[] t = fill[i].times();
        double total = Arrays.stream(t).sum();
        for (int b = 0; b < t.length; b++) {
          t[b] = total > 0 ? t[b] / total : 0;
        }
        histogram[i] = t;
        binWidth[i] = fill[i].binWidth();
      }
    }
    wip(0, now);
    crew(busy, now);
    double wipWorking = workingSpan > 0 ? wipIntegral / workingSpan : 0;
    double wipWall = wallSpan > 0 ? (wipIntegral + wipFrozen) / wallSpan : 0;
    return new ReplicationResult(wallSpan, workingSpan, states, completions.clone(), defects.clone(), failures.clone(), stops.clone(),
        activeMean, bufferMean, histogram, binWidth, output, good, perShift.clone(), wipWorking, wipWall,
        leadWorking.count() == 0 ? Double.NaN : leadWorking.mean(), leadWall.count() == 0 ? Double.NaN : leadWall.mean(), arrivals,
        lost, operatorWait.clone(), crew == 0 || workingSpan <= 0 ? Double.NaN : crewBusy / (crew * workingSpan), events);
  }
}
