package org.linebench.dsl.api;

import java.nio.file.Path;

/**
 * One finding about a line file, ready to print as {@code file:line:column: severity: message [code]}.
 *
 * @param file the file, as given (relative paths stay relative)
 * @param line 1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param code a stable issue code such as {@code line.unknown-unit}
 */
public record LineIssue(Path file, int line, int column, Severity severity, String message, String code) {

  /** How bad a finding is. */
  public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word printed by the command line. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** {@code file:line:column: severity: message [code]}; the severity word is localized by the caller. */
  public String format(String severityWord) {
    return file + ":" + line + ":" + column + ": " + severityWord + ": " + message //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        + (code == null ? "" : " [" + code + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
