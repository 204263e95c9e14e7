package org.linebench.model.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linebench.model.line.Quantity;

/**
 * The units a line file may use, their dimensions and their conversion to the dimension's base
 * unit ({@link Dimension#baseUnit()}): {@code base = value * factor + offset}.
 */
public final class Units {

  /** A known unit. */
  public record Unit(String symbol, Dimension dimension, double factor, double offset) {
    /** This unit's value in the base unit of its dimension. */
    public double toBase(double value) {
      return value * factor + offset;
    }

    /** A value in the base unit, in this unit. */
    public double fromBase(double base) {
      return (base - offset) / factor;
    }
  }

  private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

  static {
    add("ms", Dimension.TIME, 0.001);
    add("s", Dimension.TIME, 1);
    add("min", Dimension.TIME, 60);
    add("h", Dimension.TIME, 3600);
    add("mm", Dimension.LENGTH, 1);
    add("m", Dimension.LENGTH, 1000);
    add("mm/s", Dimension.SPEED, 1);
    add("m/s", Dimension.SPEED, 1000);
    add("kg", Dimension.MASS, 1);
    add("Hz", Dimension.FREQUENCY, 1);
    add("K", Dimension.TEMPERATURE, 1);
    UNITS.put("°C", new Unit("°C", Dimension.TEMPERATURE, 1, 273.15)); //$NON-NLS-1$ //$NON-NLS-2$
    add("Nm", Dimension.TORQUE, 1);
    add("rpm", Dimension.ROTATIONAL_SPEED, 1);
    add("W", Dimension.POWER, 1);
    add("kW", Dimension.POWER, 1000);
    add("pieces/h", Dimension.THROUGHPUT, 1);
    add("%", Dimension.RATIO, 1);
  }

  private static void add(String symbol, Dimension d, double factor) {
    UNITS.put(symbol, new Unit(symbol, d, factor, 0));
  }

  private Units() {}

  /** The unit with this symbol, if LineBench knows it. Symbols are case-sensitive (m ≠ M). */
  public static Optional<Unit> find(String symbol) {
    return Optional.ofNullable(symbol == null ? null : UNITS.get(symbol));
  }

  /** Every known unit symbol, in a stable order. */
  public static Set<String> symbols() {
    return Collections.unmodifiableSet(UNITS.keySet());
  }

  /** The dimension of a quantity, if its unit is known. */
  public static Optional<Dimension> dimension(Quantity q) {
    return q == null ? Optional.empty() : find(q.getUnit()).map(Unit::dimension);
  }

  /**
   * A quantity's value in its dimension's base unit (seconds, millimetres, ...), or empty if it is
   * absent or its unit is unknown.
   */
  public static Optional<Double> toBase(Quantity q) {
    if (q == null) {
      return Optional.empty();
    }
    return find(q.getUnit()).map(u -> u.toBase(q.getValue()));
  }

  /** A quantity's value in the given unit, if the two are of one dimension. */
  public static Optional<Double> convert(Quantity q, String unit) {
    Optional<Unit> target = find(unit);
    Optional<Unit> source = q == null ? Optional.empty() : find(q.getUnit());
    if (target.isEmpty() || source.isEmpty() || target.get().dimension() != source.get().dimension()) {
      return Optional.empty();
    }
    return Optional.of(target.get().fromBase(source.get().toBase(q.getValue())));
  }

  /** Seconds, for a time quantity; empty otherwise. */
  public static Optional<Double> seconds(Quantity q) {
    return dimension(q).filter(d -> d == Dimension.TIME).flatMap(d -> toBase(q));
  }

  /** A share as a fraction (8 % is 0.08), for a ratio quantity; empty otherwise. */
  public static Optional<Double> fraction(Quantity q) {
    return dimension(q).filter(d -> d == Dimension.RATIO).flatMap(d -> toBase(q)).map(v -> v / 100);
  }

  /** Millimetres, for a length quantity; empty otherwise. */
  public static Optional<Double> millimetres(Quantity q) {
    return dimension(q).filter(d -> d == Dimension.LENGTH).flatMap(d -> toBase(q));
  }
}
