package org.linebench.rules.api.line;

import java.util.Optional;

/**
 * What allows data to leave China: a data export security assessment, a standard contract, a
 * personal-information protection certification.
 *
 * @since 1.1
 */
public enum ClearanceKind {
  SECURITY_ASSESSMENT, STANDARD_CONTRACT, CERTIFICATION;

  /** The metamodel's word for it, e.g. {@code securityAssessment}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<ClearanceKind> of(String literal) {
    return Optional.ofNullable(Literals.parse(ClearanceKind.class, literal));
  }
}
