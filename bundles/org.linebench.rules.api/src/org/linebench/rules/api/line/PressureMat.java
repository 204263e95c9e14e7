package org.linebench.rules.api.line;

import java.util.Optional;

/**
 * A pressure-sensitive mat or floor.
 *
 * @since 1.1
 */
public interface PressureMat extends SafetyDevice {

  Optional<Quantity> responseTime();

  /** Distance from the outer edge of the mat to the hazard. */
  Optional<Quantity> distance();

  /** Height of the step or platform the mat lies on. */
  Optional<Quantity> step();
}
