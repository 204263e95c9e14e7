package org.linebench.rules.api.line;

import java.util.Optional;

/** What an operator text is; {@code NAME} is the product name. */
public enum TextKind {
  LABEL, WARNING, INSTRUCTION, NAME;

  /** The metamodel's word for it, e.g. {@code label}. */
  public String literal() {
    return Literals.of(this);
  }

  /** The constant of a literal (or of a constant's name); empty if there is none. */
  public static Optional<TextKind> of(String literal) {
    return Optional.ofNullable(Literals.parse(TextKind.class, literal));
  }
}
