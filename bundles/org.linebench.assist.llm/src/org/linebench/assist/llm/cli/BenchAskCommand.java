package org.linebench.assist.llm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.bench.ClauseMeasure;
import org.linebench.assist.llm.internal.Messages;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.TemporaryFolders;
import org.linebench.rules.RulePacks;

/**
 * {@code linebench bench-ask [--plants N] [--rules cn,eu]}: the share of findings whose own clause
 * {@code linebench ask} puts among the three best rules (target 90 %), over the non-compliant
 * examples and N generated plants with defects, in English and Chinese; and the time per query.
 */
public class BenchAskCommand implements Command {
  private static final String PLANTS = "--plants"; //$NON-NLS-1$
  private static final String RULES = "--rules"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option(PLANTS).option(RULES).parse(context.arguments());
    String value = args.value(PLANTS).orElse("4"); //$NON-NLS-1$
    int plants;
    try {
      plants = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      plants = -1;
    }
    if (plants < 0 || plants > 1000) {
      throw new UsageException(NLS.bind(Messages.Bench_badPlants, value));
    }
    var packs = Packs.select(RulePacks.fromPlatform(), args.value(RULES).orElse(null));
    Path dir = null;
    try {
      dir = Files.createTempDirectory("linebench-bench-ask"); //$NON-NLS-1$
      ClauseMeasure m = ClauseMeasure.run(ClauseMeasure.prepare(dir, plants, 19), packs);
      context.out().println(NLS.bind(Messages.Bench_result, new Object[] {m.found(), m.total(), String.format("%.1f", m.percent()), //$NON-NLS-1$
          m.rules().size(), m.languages().size()}));
      context.out().println(NLS.bind(Messages.Bench_latency, new Object[] {m.documents(), String.format("%.2f", m.quantileMillis(0.5)), //$NON-NLS-1$
          String.format("%.2f", m.quantileMillis(0.95)), String.format("%.2f", m.quantileMillis(1.0)), m.indexNanos() / 1_000_000, m.indexes()})); //$NON-NLS-1$ //$NON-NLS-2$
      if (!m.misses().isEmpty()) {
        context.out().println(NLS.bind(Messages.Bench_misses, m.misses().size()));
        m.misses().forEach(s -> context.out().println("  " + s)); //$NON-NLS-1$
      }
    } catch (IOException e) {
      throw new CommandException(e.getMessage());
    } finally {
      if (dir != null) {
        TemporaryFolders.delete(dir);
      }
    }
    return ExitCode.OK;
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
