package org.linebench.cli;

/** The command line cannot be understood: an unknown option, a missing value, too few arguments. */
public class UsageException extends CommandException {
  private static final long serialVersionUID = 1L;

  public UsageException(String localizedMessage) {
    super(ExitCode.USAGE, localizedMessage, null);
  }
}
