package org.linebench.rules.api.line;

import java.util.Locale;

/** The literals of the view's enumerations: the metamodel's words, {@code ROBOT_CELL} is {@code robotCell}. */
final class Literals {
  private Literals() {}

  static String of(Enum<?> constant) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : constant.name().toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return b.toString();
  }

  static <E extends Enum<E>> E parse(Class<E> type, String literal) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(literal) || e.name().equals(literal == null ? null : literal.toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    return null;
  }
}
