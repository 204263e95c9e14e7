package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A robot, machine or component model from a catalogue; the values are the type's own. */
public interface EquipmentType extends NamedElement {

  EquipmentKind kind();

  Optional<String> maker();

  Optional<Quantity> payload();

  Optional<Quantity> reach();

  Optional<Quantity> maxSpeed();

  Optional<Quantity> power();

  Optional<ComponentCategory> category();

  /** Certification marks the product carries: CCC, CE, UL, ... */
  Set<String> marks();

  List<CollaborativeMode> collaborativeModes();
}
