package org.linebench.rules.api.line;

import java.util.Optional;

/** What a catalogue type of equipment is. */
public enum EquipmentKind {
  ROBOT, MACHINE, COMPONENT;

  /** The metamodel's word for it, e.g. {@code robot}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<EquipmentKind> of(String literal) {
    return Optional.ofNullable(Literals.parse(EquipmentKind.class, literal));
  }
}
