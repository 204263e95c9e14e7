package org.linebench.rules.api.line;

import java.util.Optional;

/** ISO 13849-1 performance levels, a (lowest) to e; {@link #ordinal()} is 0 to 4. */
public enum PerformanceLevel {
  A, B, C, D, E;

  /** The metamodel's word for it, e.g. {@code a}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<PerformanceLevel> of(String literal) {
    return Optional.ofNullable(Literals.parse(PerformanceLevel.class, literal));
  }
}
