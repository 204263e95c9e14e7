package org.linebench.rules.api.line;

import java.util.Optional;

/** The grade of a data set under the Chinese data-security measures. */
public enum DataClass {
  GENERAL, IMPORTANT, CORE;

  /** The metamodel's word for it, e.g. {@code general}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<DataClass> of(String literal) {
    return Optional.ofNullable(Literals.parse(DataClass.class, literal));
  }
}
