package org.linebench.rules.api.line;

import java.util.Optional;

/**
 * A number with its unit as written ({@code 320 ms}), and its value converted into the base unit
 * of its dimension ({@code 0.32} s). A unit LineBench does not know has no dimension and no base
 * value (the structural validation reports it).
 *
 * @param value the number as written
 * @param unit the unit as written; empty if none was written
 * @param dimension what the unit measures; null if the unit is unknown
 * @param base the value in {@link Dimension#baseUnit()}; NaN if the unit is unknown
 */
public record Quantity(double value, String unit, Dimension dimension, double base) {

  /** The value in the base unit, if the quantity is of the given dimension. */
  public Optional<Double> in(Dimension d) {
    return dimension == d && d != null ? Optional.of(base) : Optional.empty();
  }

  /** Seconds, for a time. */
  public Optional<Double> seconds() {
    return in(Dimension.TIME);
  }

  /** Milliseconds, for a time. */
  public Optional<Double> milliseconds() {
    return seconds().map(s -> s * 1000);
  }

  /** Millimetres, for a length. */
  public Optional<Double> millimetres() {
    return in(Dimension.LENGTH);
  }

  @Override
  public String toString() {
    return value + (unit.isEmpty() ? "" : " " + unit); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
