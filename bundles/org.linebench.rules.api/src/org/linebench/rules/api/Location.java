package org.linebench.rules.api;

import java.nio.file.Path;

/**
 * Where an element of the line is written.
 *
 * @param file the line file (absolute); null if the element was not loaded from a file
 * @param line 1-based line; 0 if unknown
 * @param column 1-based column; 0 if unknown
 */
public record Location(Path file, int line, int column) {
  /** Nowhere: an element that was not read from a file. */
  public static final Location NONE = new Location(null, 0, 0);
}
