package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/** An industrial or collaborative robot. */
public interface Robot extends Equipment {

  Optional<Quantity> payload();

  Optional<Quantity> reach();

  Optional<Quantity> maxSpeed();

  boolean collaborative();

  /** The collaborative modes the robot declares, else those of its type. */
  List<CollaborativeMode> collaborativeModes();
}
