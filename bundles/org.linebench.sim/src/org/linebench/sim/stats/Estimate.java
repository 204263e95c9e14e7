package org.linebench.sim.stats;

/**
 * A figure estimated over independent replications: the mean of the replications' values and the
 * half-width of its 95 % confidence interval (Student's t).
 *
 * @param mean the mean over the replications
 * @param halfWidth half the width of the 95 % interval; 0 without spread, NaN from fewer than two replications (no interval)
 * @param n the number of replications
 */
public record Estimate(double mean, double halfWidth, int n) {

  /** The estimate from the replications' values. */
  public static Estimate of(double[] values) {
    Welford w = new Welford();
    for (double v : values) {
      w.add(v);
    }
    int n = values.length;
    if (n < 2) {
      return new Estimate(n == 0 ? Double.NaN : values[0], Double.NaN, n);
    }
    double sd = Math.sqrt(Math.max(0, w.variance()));
    return new Estimate(w.mean(), StudentT.quantile(0.975, n - 1) * sd / Math.sqrt(n), n);
  }

  public double low() {
    return mean - halfWidth;
  }

  public double high() {
    return mean + halfWidth;
  }

  /** Whether the value lies inside the interval. */
  public boolean contains(double value) {
    return value >= low() && value <= high();
  }

  /** The same estimate in other units. */
  public Estimate times(double factor) {
    return new Estimate(mean * factor, halfWidth * Math.abs(factor), n);
  }
}
