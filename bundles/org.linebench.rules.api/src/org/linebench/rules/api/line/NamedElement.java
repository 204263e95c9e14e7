package org.linebench.rules.api.line;

import java.util.Optional;

/** An element with a name and, perhaps, a human-readable label in any language. */
public interface NamedElement extends Element {

  String name();

  /** The label ({@code station OP20 "主拼 Framing"}); empty when none or blank. */
  Optional<String> label();
}
