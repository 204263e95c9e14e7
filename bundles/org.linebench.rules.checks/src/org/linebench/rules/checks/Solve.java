package org.linebench.rules.checks;

import java.util.function.DoublePredicate;

/**
 * The value that makes a formula pass, for the fixes the rules propose: the largest value on a grid
 * of {@code step} between {@code low} and {@code high} for which {@code passes} holds, when the
 * predicate holds below some point and fails above it (a distance formula grows with time and
 * detection capability).
 */
final class Solve {
  private Solve() {}

  /** The largest multiple of {@code step} in [low, high] that passes; NaN when not even {@code low} passes. */
  static double largest(DoublePredicate passes, double low, double high, double step) {
    double lo = Math.ceil(low / step - 1e-9) * step;
    if (lo > high || !passes.test(lo)) {
      return Double.NaN;
    }
    long a = 0;
    long b = (long) Math.floor((high - lo) / step + 1e-9);
    if (passes.test(lo + b * step)) {
      return round(lo + b * step, step);
    }
    while (b - a > 1) {
      long m = (a + b) >>> 1;
      if (passes.test(lo + m * step)) {
        a = m;
      } else {
        b = m;
      }
    }
    return round(lo + a * step, step);
  }

  /** Away from binary noise: 0.1 steps give 12.3, not 12.299999. */
  private static double round(double v, double step) {
    double scale = step >= 1 ? 1 : Math.pow(10, Math.ceil(-Math.log10(step)));
    return Math.round(v * scale) / scale;
  }
}
