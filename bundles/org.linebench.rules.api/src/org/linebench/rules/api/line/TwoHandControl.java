package org.linebench.rules.api.line;

import java.util.Optional;

/**
 * A two-hand control device.
 *
 * @since 1.1
 */
public interface TwoHandControl extends SafetyDevice {

  Optional<Quantity> responseTime();

  /** Distance from the nearest actuator to the hazard. */
  Optional<Quantity> distance();

  /** Whether shielding keeps the hands from the hazard zone while the actuators are operated. */
  boolean shielded();
}
