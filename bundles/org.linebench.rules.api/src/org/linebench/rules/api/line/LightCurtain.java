package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/**
 * An electro-sensitive protective device: a light curtain with its detection capability, or a
 * multi-beam or single-beam device with the heights of its beams.
 */
public interface LightCurtain extends SafetyDevice {

  /** Detection capability d. */
  Optional<Quantity> detection();

  Optional<Quantity> responseTime();

  /** Distance from the detection zone to the hazard, as mounted. */
  Optional<Quantity> distance();

  /**
   * Heights of the beams above the reference plane, lowest first ({@code beams 400 mm, 900 mm});
   * empty for a light curtain.
   *
   * @since 1.1
   */
  List<Quantity> beams();

  /**
   * Height of the upper edge of the detection zone above the reference plane ({@code top 1800 mm}).
   *
   * @since 1.1
   */
  Optional<Quantity> top();
}
