package org.linebench.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.Examples;

/** {@code linebench workbench}: opens the workbench window from the command line. */
public class WorkbenchCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--data").option("--screenshot").option("--example") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        .parse(context.arguments());
    Path workspace = args.value("--data").map(context::resolve).orElseGet(WorkbenchRunner::defaultWorkspace); //$NON-NLS-1$
    Path screenshot = args.value("--screenshot").map(context::resolve).orElse(null); //$NON-NLS-1$
    String example = args.value("--example").orElse(null); //$NON-NLS-1$
    if (example != null && !Examples.names().contains(example)) {
      throw new UsageException(NLS.bind(Messages.Workbench_noSuchExample, example, String.join(", ", Examples.names()))); //$NON-NLS-1$
    }
    try {
      WorkbenchRunner.useWorkspace(workspace);
    } catch (IOException | IllegalStateException e) {
      throw new CommandException(e.getMessage());
    }
    try {
      WorkbenchRunner.run(new WorkbenchRunner.Options(screenshot, example));
    } catch (SWTError e) {
      throw new CommandException(NLS.bind(Messages.Workbench_noDisplay, e.getMessage()));
    }
    if (screenshot != null && !screenshot.toFile().isFile()) {
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }

  @Override
  public String usage() {
    return NLS.bind(Messages.Workbench_usage, String.join(", ", Examples.names())); //$NON-NLS-1$
  }
}
