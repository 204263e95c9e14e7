package org.linebench.ml.data;

/** Data that cannot be used, with a localized message naming the file and, where known, line and column. */
public class DataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  public DataException(String file, int line, int column, String localizedMessage) {
    super(localizedMessage);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  /** 1-based; 0 when the problem is not on one line. */
  public int line() {
    return line;
  }

  /** 1-based field number; 0 when the problem is not in one field. */
  public int column() {
    return column;
  }

  /** {@code file:line:column: message}, as the command line prints it. */
  public String describe() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(getMessage()).toString(); //$NON-NLS-1$
  }
}
