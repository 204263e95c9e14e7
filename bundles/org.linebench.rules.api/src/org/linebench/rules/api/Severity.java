package org.linebench.rules.api;

import java.util.Locale;

/** How bad a finding is. Errors fail {@code linebench validate} (exit code 1). */
public enum Severity {
  ERROR, WARNING, INFO;

  /** The word used in data files and in JSON output: error, warning, info. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity of a word of {@link #id()}. */
  public static Severity parse(String id) {
    for (Severity s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
