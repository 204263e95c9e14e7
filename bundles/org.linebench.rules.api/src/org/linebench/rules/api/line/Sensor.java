package org.linebench.rules.api.line;

import java.util.Optional;

/** A sensor of a station. */
public interface Sensor extends NamedElement {

  SensorQuantity quantity();

  Optional<String> unit();

  Optional<Quantity> samplingRate();
}
