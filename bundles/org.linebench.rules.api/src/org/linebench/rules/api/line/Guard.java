package org.linebench.rules.api.line;

import java.util.Optional;

/** A fixed guard (fence). */
public interface Guard extends SafetyDevice {

  Optional<Quantity> height();

  /** Distance from the guard to the hazard. */
  Optional<Quantity> distance();

  /** Largest opening in the guard. */
  Optional<Quantity> opening();
}
