package org.linebench.rules.api.line;

/**
 * The risk estimate of a safety function (ISO 13849-1 Annex A risk graph): severity of injury,
 * frequency or exposure, possibility of avoidance.
 */
public record Risk(S severity, F frequency, P avoidance) {

  /** Severity of injury: S1 slight, S2 serious. */
  public enum S {
    S1, S2
  }

  /** Frequency or exposure: F1 seldom or short, F2 frequent or long. */
  public enum F {
    F1, F2
  }

  /** Possibility of avoiding the hazard: P1 possible, P2 scarcely possible. */
  public enum P {
    P1, P2
  }

  /** {@code S2F1P2}: the key of the risk graph. */
  public String code() {
    return severity.name() + frequency.name() + avoidance.name();
  }
}
