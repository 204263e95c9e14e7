package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/** A plant: its lines (those declared inside it and those declared in files of their own), data and texts. */
public interface Plant extends NamedElement {

  /** ISO 3166 code of the country where the plant runs ({@code country CN}). */
  Optional<String> country();

  /** Default language of operator-facing texts ({@code language zh}). */
  Optional<String> language();

  Optional<String> site();

  Optional<String> maker();

  Optional<String> address();

  List<Line> lines();

  /** Every station of every line. */
  List<Station> stations();

  List<DataSet> dataSets();

  List<DataFlow> dataFlows();

  List<OperatorText> texts();
}
