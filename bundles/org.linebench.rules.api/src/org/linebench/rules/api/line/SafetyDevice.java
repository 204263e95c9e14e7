package org.linebench.rules.api.line;

import java.util.Optional;

/** A guard, an interlocked door or a light curtain. */
public interface SafetyDevice extends NamedElement {

  /** The hazard zone it protects. */
  Optional<HazardZone> zone();
}
