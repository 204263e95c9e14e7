package org.linebench.rules.api.line;

import org.linebench.rules.api.Location;

/** Anything written in a line file. */
public interface Element {

  /** Where the element is written (computed when asked). */
  Location location();

  /** The element's name with those of its named containers: {@code Changchun.BodyInWhite.OP20.LC20}. */
  String qualifiedName();
}
