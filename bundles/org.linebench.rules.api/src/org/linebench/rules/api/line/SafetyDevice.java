package org.linebench.rules.api.line;

import java.util.Optional;

/** A guard, an interlocked door, a light curtain or beam device, a pressure-sensitive mat or a two-hand control. */
public interface SafetyDevice extends NamedElement {

  /** The hazard zone it protects. */
  Optional<HazardZone> zone();
}
