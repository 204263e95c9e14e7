package org.linebench.project.cli;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;

/**
 * {@code linebench bench-project}: a LineBench project of generated line files in a workspace of its
 * own: the full build, then one station edited in a working copy (re-validated, markers written),
 * saved and built again with the rule packs; and the heap the open project keeps. Prints figures.
 */
public class BenchProjectCommand implements Command {

  /** What to measure. */
  record Options(int files, int stations, int runs, Path workspace) {}

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--files").option("--stations").option("--runs").option("--workspace") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .parse(context.arguments());
    Options options;
    try {
      options = new Options(positive(args.value("--files").orElse("1000")), positive(args.value("--stations").orElse("10000")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          positive(args.value("--runs").orElse("7")), args.value("--workspace").map(context::resolve).orElse(null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    } catch (NumberFormatException e) {
      throw new UsageException(NLS.bind(Messages.Bench_badNumber, e.getMessage()));
    }
    if (options.stations() < options.files()) {
      throw new UsageException(NLS.bind(Messages.Bench_tooFewStations, options.stations(), options.files()));
    }
    Path workspace = useWorkspace(options.workspace());
    try {
      return ProjectBench.run(context, options, workspace) ? ExitCode.OK : ExitCode.FINDINGS;
    } finally {
      if (options.workspace() == null) {
        ProjectBench.delete(workspace);
      }
    }
  }

  /**
   * Sets the platform's instance location (the workspace) before the resources plugin starts: the
   * folder given, or a new temporary one.
   */
  private static Path useWorkspace(Path given) throws CommandException {
    Location location = Platform.getInstanceLocation();
    if (location == null) {
      throw new CommandException(Messages.Bench_noWorkspace);
    }
    if (location.isSet()) {
      try {
        return Path.of(location.getURL().toURI());
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        throw new CommandException(Messages.Bench_noWorkspace);
      }
    }
    try {
      Path folder = given != null ? Files.createDirectories(given) : Files.createTempDirectory("linebench-bench-project"); //$NON-NLS-1$
      URL url = folder.toUri().toURL();
      if (!location.set(url, true)) {
        throw new CommandException(NLS.bind(Messages.Bench_workspaceInUse, folder));
      }
      return folder;
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Bench_cannotWrite, given, e.getMessage()));
    }
  }

  private static int positive(String s) {
    int n = Integer.parseInt(s.trim());
    if (n < 1) {
      throw new NumberFormatException(s);
    }
    return n;
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
