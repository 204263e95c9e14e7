package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/** A production line: its flow nodes, material flows and emergency stops. */
public interface Line extends NamedElement {

  Plant plant();

  Optional<Quantity> takt();

  List<Source> sources();

  List<Station> stations();

  List<Buffer> buffers();

  List<Sink> sinks();

  List<Flow> flows();

  List<EmergencyStop> emergencyStops();
}
