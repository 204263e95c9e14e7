package org.linebench.rules.api.line;

/** A text for operators: a label, warning, instruction or product name, in one language. */
public interface OperatorText extends Element {

  TextKind kind();

  /** The language code ({@code zh}, {@code en}, ...). */
  String language();

  String text();
}
