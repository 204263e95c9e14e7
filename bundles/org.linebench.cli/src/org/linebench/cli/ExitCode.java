package org.linebench.cli;

/** The exit codes every {@code linebench} command keeps to. */
public final class ExitCode {
  /** The job ran and found nothing wrong. */
  public static final int OK = 0;
  /** The job ran and found errors (in the line, the data, the rules). */
  public static final int FINDINGS = 1;
  /** The command line or its input cannot be used: unknown command or option, missing file. */
  public static final int USAGE = 2;
  /** A bug: a command failed in a way it did not report itself. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
