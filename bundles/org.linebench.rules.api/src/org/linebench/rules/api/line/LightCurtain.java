package org.linebench.rules.api.line;

import java.util.Optional;

/** An electro-sensitive protective device. */
public interface LightCurtain extends SafetyDevice {

  /** Detection capability d. */
  Optional<Quantity> detection();

  Optional<Quantity> responseTime();

  /** Distance from the detection zone to the hazard, as mounted. */
  Optional<Quantity> distance();
}
