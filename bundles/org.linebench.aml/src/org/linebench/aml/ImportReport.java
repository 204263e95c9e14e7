package org.linebench.aml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import made of an AutomationML file, element by element: what it could not map (and
 * why), what it changed to fit a line file (a name that is no identifier, a kind it had to
 * assume, a line it made up to hold stations), and how many elements of each kind it mapped.
 */
public final class ImportReport {
  /** Left out, or changed to fit. */
  public enum Type { UNMAPPED, CHANGED }

  /**
   * One finding.
   *
   * @param line line of the element in the AutomationML file, from 1 (0: none)
   * @param column its column
   * @param element the element's path in the file ({@code Plant/Line1/Robot-1}, {@code Robot-1.payload})
   * @param type left out or changed
   * @param message what and why, localized
   */
  public record Entry(int line, int column, String element, Type type, String message) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Integer> mapped = new TreeMap<>();

  public void add(int line, int column, String element, Type type, String message) {
    entries.add(new Entry(line, column, element, type, message));
  }

  /** Counts one mapped element of this kind (plant, line, station, robot, ... : the line language's keyword). */
  public void mapped(String kind) {
    mapped.merge(kind, 1, Integer::sum);
  }

  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public List<Entry> unmapped() {
    return entries.stream().filter(e -> e.type() == Type.UNMAPPED).toList();
  }

  /** Elements mapped, by kind. */
  public Map<String, Integer> mapped() {
    return Collections.unmodifiableMap(mapped);
  }
}
