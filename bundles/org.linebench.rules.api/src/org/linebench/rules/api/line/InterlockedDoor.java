package org.linebench.rules.api.line;

import java.util.Optional;

/** A door whose opening stops the hazard. */
public interface InterlockedDoor extends SafetyDevice {

  /** Response time of the interlocking device and its control. @since 1.1 */
  Optional<Quantity> responseTime();

  /** Distance from the door to the hazard. @since 1.1 */
  Optional<Quantity> distance();

  /** How far the door opens before its interlock stops the hazard. @since 1.1 */
  Optional<Quantity> opening();

  /** Whether the door has guard locking (it stays locked until the hazard has stopped). @since 1.1 */
  boolean locking();
}
