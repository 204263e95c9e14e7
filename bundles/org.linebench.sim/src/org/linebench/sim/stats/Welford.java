package org.linebench.sim.stats;

/** Mean and variance of a stream of values in one pass (Welford), in constant memory. */
public final class Welford {
  private long n;
  private double mean;
  private double m2;

  public void add(double x) {
    n++;
    double d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }

  public long count() {
    return n;
  }

  public double mean() {
    return n == 0 ? Double.NaN : mean;
  }

  /** The sample variance (n - 1). */
  public double variance() {
    return n < 2 ? Double.NaN : m2 / (n - 1);
  }

  public void reset() {
    n = 0;
    mean = 0;
    m2 = 0;
  }
}
