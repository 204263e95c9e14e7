package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/** Data the plant keeps, graded by the Chinese data-security measures. */
public interface DataSet extends NamedElement {

  DataClass classification();

  /** ISO 3166 code of the country where it is stored. */
  Optional<String> storedIn();

  boolean personalInformation();

  List<Sensor> sensors();
}
