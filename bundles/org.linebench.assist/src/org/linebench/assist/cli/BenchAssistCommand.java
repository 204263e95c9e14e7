package org.linebench.assist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.linebench.assist.Assistant;
import org.linebench.assist.Explanations;
import org.linebench.assist.LineCheck;
import org.linebench.assist.Texts;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;

/**
 * {@code linebench bench-assist [<file>] [--stations N] [--rules cn]}: explains every finding of a
 * line file (or of one line of a generated plant of N stations) with its checked fixes, and prints
 * the time per finding (the target without a language model: 200 ms), the number of checks of a
 * copy and their mean time. The packs are loaded once.
 */
public class BenchAssistCommand implements Command {
  private static final String STATIONS = "--stations"; //$NON-NLS-1$
  private static final String RULES = "--rules"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Texts texts = Texts.of(context.locale());
    Arguments args = Arguments.spec().option(STATIONS).option(RULES).parse(context.arguments());
    if (args.positionals().size() > 1) {
      throw new UsageException(texts.get("Bench_usage")); //$NON-NLS-1$
    }
    int stations = 200;
    if (args.value(STATIONS).isPresent()) {
      try {
        stations = Integer.parseInt(args.value(STATIONS).get().strip());
      } catch (NumberFormatException e) {
        stations = 0;
      }
      if (stations < 1 || stations > 100_000) {
        throw new UsageException(texts.bind("Bench_badStations", args.value(STATIONS).get())); //$NON-NLS-1$
      }
    }
    List<String> explainArgs = new ArrayList<>();
    args.value(RULES).ifPresent(r -> {
      explainArgs.add("--rules"); //$NON-NLS-1$
      explainArgs.add(r);
    });
    Path dir = null;
    Path file;
    try {
      if (args.positionals().isEmpty()) {
        dir = Files.createTempDirectory("linebench-bench-assist"); //$NON-NLS-1$
        file = SyntheticPlants.write(dir, stations, 42, stations).get(1);
      } else {
        file = context.resolve(args.positionals().get(0));
      }
      return bench(context, texts, file, explainArgs);
    } catch (IOException e) {
      throw new CommandException(e.getMessage());
    } finally {
      delete(dir);
    }
  }

  private static int bench(CommandContext context, Texts texts, Path file, List<String> explainArgs) throws CommandException {
    CommandContext sub = new CommandContext(explainArgs, context.out(), context.err(), context.locale(), context.workingDirectory());
    Arguments parsed = Arguments.spec().option(RULES).parse(sub.arguments());
    RulePacks installed = RulePacks.fromPlatform();
    ExplainCommand.Selection selection = new ExplainCommand.Selection(parsed.value(RULES).isPresent()
        ? RulePacks.parseSelection(parsed.value(RULES).get()).stream().map(id -> installed.find(id).orElse(null)).filter(p -> p != null).toList()
        : installed.packs(), parsed.value(RULES).isPresent());
    String shown = Explanations.shown(file, context.workingDirectory());
    long t0 = System.nanoTime();
    try (LineCheck check = ExplainCommand.open(file, shown, selection, context, texts)) {
      Assistant assistant = new Assistant(check);
      long first = System.nanoTime() - t0;
      Explanations explanations = new Explanations(assistant);
      List<Finding> findings = assistant.original().findings();
      long[] each = new long[findings.size()];
      int proposed = 0;
      int passed = 0;
      long all = System.nanoTime();
      for (int i = 0; i < findings.size(); i++) {
        long t = System.nanoTime();
        Assistant.Outcome o = assistant.fixes(findings.get(i));
        explanations.explain(findings.get(i), o, shown);
        each[i] = System.nanoTime() - t;
        proposed += o.proposed().size();
        passed += o.passed().size();
      }
      all = System.nanoTime() - all;
      long[] sorted = each.clone();
      Arrays.sort(sorted);
      long[] checks = check.checkCount();
      context.out().println(texts.bind("Bench_result", new Object[] {findings.size(), ms(all), findings.isEmpty() ? "-" : ms(all / findings.size()), //$NON-NLS-1$
          ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 100)), proposed, passed, checks[0],
          checks[0] == 0 ? "-" : ms(checks[1] / checks[0]), ms(first)})); //$NON-NLS-1$
      return ExitCode.OK;
    }
  }

  private static long percentile(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static String ms(long nanos) {
    return String.valueOf(Math.round(nanos / 1e6));
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  @Override
  public String usage() {
    return Texts.of(java.util.Locale.getDefault()).get("Bench_usage"); //$NON-NLS-1$
  }
}
