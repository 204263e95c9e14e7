package org.linebench.rules.api.line;

import java.util.Optional;

/** What a station does. */
public enum StationKind {
  MACHINING, ASSEMBLY, WELDING, ROBOT_CELL, INSPECTION, TEST, PACKAGING, MANUAL_WORKSTATION, CONVEYOR, AGV_TRANSFER;

  /** The metamodel's word for it, e.g. {@code machining}. */
  public String literal() {
    return Literals.of(this);
  }

  /**
   * Kinds whose machines move hazardously (robot cell, welding, machining): the line language
   * requires them to declare hazard zones.
   */
  public boolean hazardous() {
    return this == ROBOT_CELL || this == WELDING || this == MACHINING;
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<StationKind> of(String literal) {
    return Optional.ofNullable(Literals.parse(StationKind.class, literal));
  }
}
