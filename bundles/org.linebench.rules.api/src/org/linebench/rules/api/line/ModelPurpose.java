package org.linebench.rules.api.line;

import java.util.Optional;

/** What a machine-learning model is used for. */
public enum ModelPurpose {
  MAINTENANCE, QUALITY, VISION;

  /** The metamodel's word for it, e.g. {@code maintenance}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<ModelPurpose> of(String literal) {
    return Optional.ofNullable(Literals.parse(ModelPurpose.class, literal));
  }
}
