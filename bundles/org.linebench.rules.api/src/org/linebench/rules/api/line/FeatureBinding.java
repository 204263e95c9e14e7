package org.linebench.rules.api.line;

import java.util.Optional;

/** A feature the model reads, bound to a sensor. */
public interface FeatureBinding extends Element {

  String feature();

  Optional<Sensor> sensor();
}
