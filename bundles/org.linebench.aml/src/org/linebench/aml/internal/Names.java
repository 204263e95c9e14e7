package org.linebench.aml.internal;

import java.util.Set;

/** Names of AutomationML elements as names of the line language: identifiers, unique where they must be. */
final class Names {
  private Names() {}

  /**
   * The name as an identifier of the line language: letters, digits and _, not starting with a
   * digit; every other character becomes _. A name with no letter or digit left becomes
   * {@code fallback}.
   */
  static String identifier(String name, String fallback) {
    if (name == null || name.isBlank()) {
      return fallback;
    }
    StringBuilder b = new StringBuilder();
    boolean meaningful = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
      b.append(ok ? c : '_');
      meaningful |= ok && c != '_';
    }
    if (!meaningful) {
      return fallback;
    }
    if (Character.isDigit(b.charAt(0))) {
      b.insert(0, '_');
    }
    return b.toString();
  }

  /** The name, or with _2, _3, ... when the scope has it already; added to the scope. */
  static String unique(Set<String> scope, String name) {
    String n = name;
    for (int i = 2; !scope.add(n); i++) {
      n = name + "_" + i; //$NON-NLS-1$
    }
    return n;
  }
}
