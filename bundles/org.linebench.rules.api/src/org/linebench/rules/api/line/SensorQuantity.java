package org.linebench.rules.api.line;

import java.util.Optional;

/** What a sensor measures. */
public enum SensorQuantity {
  TEMPERATURE, ROTATIONAL_SPEED, TORQUE, SPEED, POSITION, POWER, TIME, MASS, FREQUENCY, COUNT, VIBRATION, CURRENT, PRESSURE, FORCE, OTHER;

  /** The metamodel's word for it, e.g. {@code temperature}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<SensorQuantity> of(String literal) {
    return Optional.ofNullable(Literals.parse(SensorQuantity.class, literal));
  }
}
