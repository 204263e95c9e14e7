package org.linebench.rules.api.line;

import java.util.Optional;
import java.util.Set;

/** A robot, machine or component of a station. Values are effective: its own, else its type's. */
public interface Equipment extends NamedElement {

  /** The catalogue type, if given and found. */
  Optional<EquipmentType> type();

  /** The marks it carries: its own, then its type's. */
  Set<String> marks();

  /** The product category: a component's own, else its type's. */
  Optional<ComponentCategory> category();
}
