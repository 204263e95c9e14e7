package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/** An emergency stop of a line and the hazard zones it covers. */
public interface EmergencyStop extends NamedElement {

  /** Stop category 0, 1 or 2 (IEC 60204-1). */
  Optional<Integer> category();

  List<HazardZone> covers();
}
