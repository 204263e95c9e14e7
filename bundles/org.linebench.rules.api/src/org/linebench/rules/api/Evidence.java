package org.linebench.rules.api;

/**
 * One value a finding rests on: read from the model ({@code computed == false}) or computed by the
 * rule's formula ({@code computed == true}).
 *
 * @param name the symbol or name, e.g. {@code T} or {@code achieved PL}
 * @param value the value as text, numbers already rounded
 * @param unit the unit, or empty
 */
public record Evidence(String name, String value, String unit, boolean computed) {

  @Override
  public String toString() {
    return name + " = " + value + (unit.isEmpty() ? "" : " " + unit); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
