package org.linebench.rules.api.line;

/** What a quantity measures, with the base unit its values are converted to. */
public enum Dimension {
  TIME("s"), //$NON-NLS-1$
  LENGTH("mm"), //$NON-NLS-1$
  SPEED("mm/s"), //$NON-NLS-1$
  MASS("kg"), //$NON-NLS-1$
  FREQUENCY("Hz"), //$NON-NLS-1$
  TEMPERATURE("K"), //$NON-NLS-1$
  TORQUE("Nm"), //$NON-NLS-1$
  ROTATIONAL_SPEED("rpm"), //$NON-NLS-1$
  POWER("W"), //$NON-NLS-1$
  THROUGHPUT("pieces/h"); //$NON-NLS-1$

  private final String baseUnit;

  Dimension(String baseUnit) {
    this.baseUnit = baseUnit;
  }

  /** The unit values of this dimension are converted to: seconds, millimetres, ... */
  public String baseUnit() {
    return baseUnit;
  }
}
