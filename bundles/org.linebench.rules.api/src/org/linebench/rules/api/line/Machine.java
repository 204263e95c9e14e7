package org.linebench.rules.api.line;

import java.util.Optional;

/** A machine of a station. */
public interface Machine extends Equipment {

  Optional<Quantity> power();
}
