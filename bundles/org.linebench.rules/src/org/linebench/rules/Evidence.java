package org.linebench.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One value a finding rests on: read from the model ({@code computed == false}) or computed by the
 * rule's formula ({@code computed == true}).
 *
 * @param name the symbol or name, e.g. {@code T} or {@code achieved PL}
 * @param value the value as text, numbers already rounded
 * @param unit the unit, or empty
 */
public record Evidence(String name, String value, String unit, boolean computed) {

  /** A number with at most three decimals, without trailing zeros. */
  public static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    if (v != 0 && Math.abs(v) < 1e-3) {
      String[] parts = String.format(java.util.Locale.ROOT, "%.2e", v).split("e"); //$NON-NLS-1$ //$NON-NLS-2$
      String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
      return mantissa + "e" + Integer.parseInt(parts[1]); //$NON-NLS-1$
    }
    double r = Math.round(v * 1000) / 1000.0;
    if (Math.abs(v) < 1e7 && Math.abs(r) >= 1e-3 || r == 0) {
      // fast path (findings on large plants are many): whole numbers without ".0", else Java's shortest form
      return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
    return new BigDecimal(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return name + " = " + value + (unit.isEmpty() ? "" : " " + unit); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
