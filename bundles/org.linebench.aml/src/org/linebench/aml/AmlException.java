package org.linebench.aml;

import java.nio.file.Path;

/**
 * An AutomationML file that cannot be read or imported: its file and, where there is one, the line
 * and column of the problem; the message is localized and names them
 * ({@code b.aml:12:5: message}).
 */
public class AmlException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;
  private final String problem;

  public AmlException(Path file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(Path file, int line, int column, String problem) {
    StringBuilder b = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(problem).toString(); //$NON-NLS-1$
  }

  public Path file() {
    return file;
  }

  /** From 1; 0 when the problem has no place in the file. */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without file and place. */
  public String problem() {
    return problem;
  }
}
