package org.linebench.rules.report;

/**
 * An input of a contributed section that cannot be used (a file given for it that is not what the
 * section reads): the report is not written, and the command says why with exit code 2. The message
 * is localized and names the file.
 */
public class SectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SectionException(String localizedMessage) {
    super(localizedMessage);
  }
}
