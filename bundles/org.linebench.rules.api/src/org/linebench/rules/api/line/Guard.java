package org.linebench.rules.api.line;

import java.util.Optional;

/** A fixed guard (fence). */
public interface Guard extends SafetyDevice {

  Optional<Quantity> height();

  /** Distance from the guard to the hazard. */
  Optional<Quantity> distance();

  /** Largest opening in the guard. */
  Optional<Quantity> opening();

  /**
   * Height of the gap between the floor and the guard's lower edge ({@code ground-clearance 100 mm}).
   *
   * @since 1.1
   */
  Optional<Quantity> groundClearance();
}
