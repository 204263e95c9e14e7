package org.linebench.sim.stats;

/**
 * A time-weighted histogram of a level that moves in whole steps (the fill of a buffer), in fixed
 * bins: one per level up to {@value #MAX_BINS} levels, else {@value #MAX_BINS} bins of equal width.
 * Memory does not grow with the run's length.
 */
public final class Histogram {
  public static final int MAX_BINS = 21;

  private final int max;
  private final int width;
  private final double[] time;
  private int level;
  private double since;
  private double integral;

  /** A histogram of levels 0..max, starting at level 0 at time {@code start}. */
  public Histogram(int max, double start) {
    this.max = max;
    this.width = max + 1 <= MAX_BINS ? 1 : (max + MAX_BINS) / MAX_BINS;
    this.time = new double[(max + width) / width];
    this.since = start;
  }

  /** The level changes at {@code now}. */
  public void set(int newLevel, double now) {
    double dt = now - since;
    time[level / width] += dt;
    integral += level * dt;
    level = newLevel;
    since = now;
  }

  public int level() {
    return level;
  }

  /** Forgets what was recorded before {@code now} (end of the warm-up). */
  public void restart(double now) {
    java.util.Arrays.fill(time, 0);
    integral = 0;
    since = now;
  }

  /** Brings the record up to {@code now}. */
  public void close(double now) {
    set(level, now);
  }

  /** Time spent in each bin. */
  public double[] times() {
    return time.clone();
  }

  /** The first level of each bin. */
  public int binStart(int bin) {
    return bin * width;
  }

  public int binWidth() {
    return width;
  }

  public int max() {
    return max;
  }

  /** The time-weighted mean level over the recorded time. */
  public double mean() {
    double total = 0;
    for (double t : time) {
      total += t;
    }
    return total == 0 ? 0 : integral / total;
  }
}
