package org.linebench.dsl.api;

import java.nio.file.Path;

/**
 * One structural finding about a line file (the rule engine's reports print it as
 * {@code file:line:column: severity: message [code]}).
 *
 * @param file the file, as given (relative paths stay relative)
 * @param line 1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param code a stable issue code such as {@code line.unknown-unit}
 */
public record LineIssue(Path file, int line, int column, Severity severity, String message, String code) {

  /** How bad a finding is. */
  public enum Severity {
    ERROR, WARNING, INFO
  }

  /**
   * {@code file:line:column: severity: message [code]}, the severity word localized by the caller:
   * how {@code linebench import} and {@code export} print what validating the line files found.
   */
  public String format(String severityWord) {
    return file + ":" + line + ":" + column + ": " + severityWord + ": " + message //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        + (code == null ? "" : " [" + code + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
