package org.linebench.cli;

/**
 * A failure that a command reports to its user as one localized line, with an exit code.
 * Not for bugs: those are left to propagate and become {@link ExitCode#INTERNAL}.
 */
public class CommandException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** An input error (missing or unreadable file, bad data): exit code {@link ExitCode#USAGE}. */
  public CommandException(String localizedMessage) {
    this(ExitCode.USAGE, localizedMessage, null);
  }

  public CommandException(int exitCode, String localizedMessage, Throwable cause) {
    super(localizedMessage, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
