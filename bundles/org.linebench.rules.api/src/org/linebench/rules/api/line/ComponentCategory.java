package org.linebench.rules.api.line;

import java.util.Optional;

/** The product category of an electrical component. */
public enum ComponentCategory {
  SWITCHGEAR_ASSEMBLY, CIRCUIT_BREAKER, FUSE, SWITCH, RELAY, CONTACTOR, SMALL_MOTOR, ARC_WELDER, POWER_SUPPLY, OTHER;

  /** The metamodel's word for it, e.g. {@code switchgearAssembly}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<ComponentCategory> of(String literal) {
    return Optional.ofNullable(Literals.parse(ComponentCategory.class, literal));
  }
}
