package org.linebench.model.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way LineBench writes numbers of quantities, whatever the language (a decimal point, no
 * grouping): in line files and messages ({@link #plain}), and rounded for people to read in
 * findings and hovers ({@link #rounded}).
 */
public final class Numbers {
  private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

  private Numbers() {}

  /** As the line language writes it, exactly: whole numbers without ".0" ({@code 55}), others as Java's shortest form ({@code 1.5}, {@code 1.0E-7}). */
  public static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * Rounded to at most {@code decimals} (0 to 6) decimals without trailing zeros ({@code 664},
   * {@code 0.335}, {@code 0.8667}); a number too small for them, but not zero, with up to three
   * significant digits in scientific notation ({@code 5e-7}, {@code 4.2e-8}).
   */
  public static String rounded(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    double unit = POWERS[decimals];
    if (v != 0 && Math.abs(v) < 1 / unit) {
      String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e"); //$NON-NLS-1$ //$NON-NLS-2$
      String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
      return mantissa + "e" + Integer.parseInt(parts[1]); //$NON-NLS-1$
    }
    double r = Math.round(v * unit) / unit;
    if (Math.abs(v) < 1e7 && Math.abs(r) >= 1e-3 || r == 0) {
      // fast path (findings on large plants are many): whole numbers without ".0", else Java's shortest form
      return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
    return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
