package org.linebench.rules.api.line;

import java.util.Optional;

/** Data sent somewhere. */
public interface DataFlow extends NamedElement {

  Optional<DataSet> data();

  String destination();

  /** ISO 3166 code of the country it goes to. */
  Optional<String> country();
}
