package org.linebench.cli;

/**
 * A sub-command of {@code linebench}, contributed through the extension point
 * {@code org.linebench.cli.commands}.
 *
 * <p>Implementations write results to {@link CommandContext#out()} and progress to
 * {@link CommandContext#err()}, and report bad options by throwing {@link UsageException} and
 * unusable input by throwing {@link CommandException} with {@link ExitCode#USAGE}.
 */
public interface Command {

  /**
   * Runs the command.
   *
   * @return {@link ExitCode#OK} or {@link ExitCode#FINDINGS}
   * @throws CommandException for usage and input errors; its message is shown as one line
   */
  int run(CommandContext context) throws CommandException;

  /**
   * The command's help in the current language: a synopsis line and its options, one per line.
   * Printed for {@code linebench <command> --help} and {@code linebench help <command>}.
   */
  String usage();
}
