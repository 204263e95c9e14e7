package org.linebench.rules.api.line;

import java.util.Optional;

/** ISO 10218 / GB 11291 collaborative operation modes. */
public enum CollaborativeMode {
  SAFETY_RATED_MONITORED_STOP, HAND_GUIDING, SPEED_AND_SEPARATION_MONITORING, POWER_AND_FORCE_LIMITING;

  /** The metamodel's word for it, e.g. {@code safetyRatedMonitoredStop}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<CollaborativeMode> of(String literal) {
    return Optional.ofNullable(Literals.parse(CollaborativeMode.class, literal));
  }
}
