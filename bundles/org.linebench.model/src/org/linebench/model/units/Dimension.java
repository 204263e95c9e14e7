package org.linebench.model.units;

/** What a quantity measures. Values of one dimension convert into each other; of two, never. */
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
  THROUGHPUT("pieces/h"), //$NON-NLS-1$
  /** A share or probability, in per cent. */
  RATIO("%"); //$NON-NLS-1$

  private final String baseUnit;

  Dimension(String baseUnit) {
    this.baseUnit = baseUnit;
  }

  /** The unit values of this dimension are converted to for comparison. */
  public String baseUnit() {
    return baseUnit;
  }
}
