package org.linebench.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;

/** {@code linebench help [command]}: the list of commands, or one command's options. */
public class HelpCommand implements Command {
  static final String NAME = "help"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().parse(context.arguments());
    CommandRegistry registry = CommandRegistry.fromPlatform();
    if (args.positionals().size() > 1) {
      throw new UsageException(Messages.Help_oneCommand); // one line, as every usage error
    }
    if (args.positionals().size() == 1) {
      String name = args.positionals().get(0);
      CommandRegistry.Entry entry = registry.find(name)
          .orElseThrow(() -> new UsageException(NLS.bind(Messages.Help_unknownCommand, name))); // "linebench help: " comes before it
      try {
        context.out().println(entry.create().usage());
      } catch (CoreException | RuntimeException e) {
        throw new CommandException(ExitCode.INTERNAL,
            NLS.bind(Messages.Cli_internalError, new Object[] {name, entry.origin(), e.getMessage()}), e);
      }
      return ExitCode.OK;
    }
    context.out().print(overview(registry));
    return ExitCode.OK;
  }

  /** The text of {@code linebench help}. */
  static String overview(CommandRegistry registry) {
    StringBuilder b = new StringBuilder();
    String nl = System.lineSeparator();
    b.append(NLS.bind(Messages.Help_title, VersionCommand.lineBenchVersion())).append(nl).append(nl);
    b.append(NLS.bind(Messages.Help_usage, null)).append(nl).append(nl);
    b.append(Messages.Help_commandsHeading).append(nl);
    int width = registry.entries().stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (CommandRegistry.Entry e : registry.entries()) {
      b.append("  ").append(e.name()).append(" ".repeat(width - e.name().length() + 2)) //$NON-NLS-1$ //$NON-NLS-2$
          .append(e.description()).append(nl);
    }
    b.append(nl).append(NLS.bind(Messages.Help_globalOptions, null)).append(nl).append(nl);
    b.append(NLS.bind(Messages.Help_moreHelp, null)).append(nl);
    b.append(NLS.bind(Messages.Help_exitCodes, null)).append(nl);
    return b.toString();
  }

  @Override
  public String usage() {
    return NLS.bind(Messages.Help_commandUsage, null) + System.lineSeparator() + System.lineSeparator()
        + NLS.bind(Messages.Help_globalOptions, null);
  }
}
