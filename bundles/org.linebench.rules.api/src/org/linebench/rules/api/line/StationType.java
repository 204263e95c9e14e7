package org.linebench.rules.api.line;

import java.util.Optional;

/** A station declared once in a catalogue and reused; the values are the type's own. */
public interface StationType extends NamedElement {

  Optional<StationKind> kind();

  Optional<Quantity> cycleTime();

  Optional<Integer> operators();

  Optional<Quantity> mtbf();

  Optional<Quantity> mttr();
}
