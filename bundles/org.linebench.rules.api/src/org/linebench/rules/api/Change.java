package org.linebench.rules.api;

import java.util.Objects;

import org.linebench.rules.api.line.Element;

/**
 * One change a rule proposes to the line file, on the element it reports, in the words of the line
 * language: {@code property} is the keyword written before the value ({@code distance},
 * {@code response}, {@code stopping-time}, {@code detection}, {@code category}, {@code achieved},
 * {@code covers}, {@code text}) and {@code value} the text written after it ({@code 610 mm},
 * {@code PLd}, {@code 3}, {@code Z20}, {@code warning zh "..."}). Numbers are written as the check
 * needs them to pass (a distance rounded up, a time rounded down); the assistant proves it by
 * applying the change to a copy of the file and checking again.
 * <ul>
 * <li>{@link Kind#SET}: the property takes the value (written where the element has it, or added to
 * the element when it has none).</li>
 * <li>{@link Kind#ADD}: one more value of a list ({@code covers Z20} → {@code covers Z10, Z20}), or a
 * new clause or statement in the element ({@code text warning zh "..."} in a station).</li>
 * <li>{@link Kind#REMOVE}: the property and its value are taken out ({@code value} is empty).</li>
 * </ul>
 * Two changes are equal when they change the same element (by qualified name) in the same way.
 *
 * @param element the element changed
 * @param kind what is done
 * @param property the keyword of the line language
 * @param value the text written after the keyword, empty for {@link Kind#REMOVE}
 * @since 1.2
 */
public record Change(Element element, Kind kind, String property, String value) {

  /** What a change does. */
  public enum Kind {
    /** The property takes the value. */
    SET,
    /** A value is added to a list, or a clause to the element. */
    ADD,
    /** The property is taken out. */
    REMOVE
  }

  public Change {
    Objects.requireNonNull(element, "element"); //$NON-NLS-1$
    Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
    Objects.requireNonNull(property, "property"); //$NON-NLS-1$
    value = value == null ? "" : value; //$NON-NLS-1$
  }

  /** {@code property value}: the property takes the value ({@code distance 610 mm}). */
  public static Change set(Element element, String property, String value) {
    return new Change(element, Kind.SET, property, value);
  }

  /** A number with its unit ({@code unit} may be empty): {@code response 12.5 ms}. */
  public static Change set(Element element, String property, double number, String unit) {
    return set(element, property, number(number) + (unit == null || unit.isEmpty() ? "" : " " + unit)); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** One more value of a list, or a new clause: {@code covers Z20}, {@code text warning zh "..."}. */
  public static Change add(Element element, String property, String value) {
    return new Change(element, Kind.ADD, property, value);
  }

  /** The property and its value are taken out. */
  public static Change remove(Element element, String property) {
    return new Change(element, Kind.REMOVE, property, ""); //$NON-NLS-1$
  }

  /** A number as the line language writes it: no exponent, no trailing zeros ({@code 610}, {@code 12.5}). */
  public static String number(double number) {
    String s = new java.math.BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s; //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The change as the file would read after it, e.g. {@code distance 610 mm}; {@code -distance} for a removal. */
  @Override
  public String toString() {
    return (kind == Kind.REMOVE ? "-" : kind == Kind.ADD ? "+" : "") + property + (value.isEmpty() ? "" : " " + value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Change c && kind == c.kind && property.equals(c.property) && value.equals(c.value)
        && element.qualifiedName().equals(c.element.qualifiedName());
  }

  @Override
  public int hashCode() {
    return Objects.hash(element.qualifiedName(), kind, property, value);
  }
}
