package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/** A safety function of a station (ISO 13849-1). */
public interface SafetyFunction extends NamedElement {

  /** The risk estimate, when all three parameters are given. */
  Optional<Risk> risk();

  Optional<PerformanceLevel> achievedPl();

  /** Probability of a dangerous failure per hour. */
  Optional<Double> pfhd();

  Optional<String> category();

  List<SafetyDevice> devices();

  /** A machine-learning model that takes part in the function. */
  Optional<ModelAttachment> model();
}
