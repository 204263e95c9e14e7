package org.linebench.rules.api.line;

import java.util.Optional;

/** A hazard zone of a station. */
public interface HazardZone extends NamedElement {

  /**
   * Height of the hazard zone above the reference plane ({@code zone Z height 1400 mm}): what reach
   * over a detection zone or a guard depends on.
   *
   * @since 1.1
   */
  Optional<Quantity> height();
}
