package org.linebench.rules.api;

import java.util.List;

/**
 * A fix a rule proposes for its finding: changes that are made together (a PL and the category that
 * allows it, say). A rule proposes each way out it knows (the distance the device needs, or the
 * stopping time that would make the present distance enough); the assistant keeps those that pass
 * a new check.
 *
 * @param changes the changes, at least one
 * @since 1.2
 */
public record Fix(List<Change> changes) {

  public Fix {
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a fix changes something"); //$NON-NLS-1$
    }
  }

  public static Fix of(Change... changes) {
    return new Fix(List.of(changes));
  }
}
