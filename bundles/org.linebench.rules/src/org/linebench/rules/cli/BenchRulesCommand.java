package org.linebench.rules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.internal.Messages;

/**
 * {@code linebench bench-rules}: the time a rule pack (CN by default) takes on a generated plant of
 * 10,000 stations, after parsing. Prints its figure; no pass or fail.
 */
public class BenchRulesCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--stations").option("--runs").option("--rules").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int stations;
    int runs;
    try {
      stations = Integer.parseInt(args.value("--stations").orElse("10000")); //$NON-NLS-1$ //$NON-NLS-2$
      runs = Math.max(1, Integer.parseInt(args.value("--runs").orElse("5"))); //$NON-NLS-1$ //$NON-NLS-2$
    } catch (NumberFormatException e) {
      throw new UsageException(e.getMessage());
    }
    RulePacks installed = RulePacks.fromPlatform();
    List<RulePack> packs = new ArrayList<>();
    for (String id : RulePacks.parseSelection(args.value("--rules").orElse("cn"))) { //$NON-NLS-1$ //$NON-NLS-2$
      packs.add(installed.find(id).orElseThrow(() -> new UsageException(NLS.bind(Messages.Validate_unknownPack, id,
          installed.packs().stream().map(RulePack::id).toList()))));
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("linebench-bench-rules"); //$NON-NLS-1$
      List<Path> files = SyntheticPlants.write(dir, stations, 42);
      LineModels.Result loaded = LineModels.load(files);
      List<PlantModel> plants = PlantModel.of(loaded.files().values());
      int lines = plants.stream().mapToInt(p -> p.lines().size()).sum();
      Result r = measure(packs, plants, context, runs);
      context.out().println(NLS.bind(Messages.Bench_result, new Object[] {stations, plants.size(), lines, r.median(), runs, r.first(), r.findings()}));
      r.slowest().forEach((rule, ms) -> context.out().println(NLS.bind(Messages.Bench_rule, rule, ms)));
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Validate_cannotRead, dir, e.getMessage()));
    } finally {
      org.linebench.core.TemporaryFolders.delete(dir);
    }
    return ExitCode.OK;
  }

  /** Median and first time in ms of running the packs, and the findings of the last run. */
  public record Result(long median, long first, int findings, Map<String, Long> slowest) {}

  public static Result measure(List<RulePack> packs, List<PlantModel> plants, CommandContext context, int runs) {
    List<Long> times = new ArrayList<>();
    int findings = 0;
    Map<String, Long> perRule = new java.util.HashMap<>();
    try (RuleEngine engine = new RuleEngine()) {
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        RuleEngine.Outcome o = engine.run(packs, plants, context.locale(), true);
        times.add((System.nanoTime() - t0) / 1_000_000);
        findings = o.findings().size();
        o.ruleNanos().forEach((k, v) -> perRule.merge(k, v / runs / 1_000_000, Long::sum));
      }
    }
    long first = times.get(0);
    times.sort(Comparator.naturalOrder());
    Map<String, Long> slowest = new java.util.LinkedHashMap<>();
    perRule.entrySet().stream().sorted(Map.Entry.<String, Long> comparingByValue().reversed()).limit(3)
        .forEach(e -> slowest.put(e.getKey(), e.getValue()));
    return new Result(times.get(times.size() / 2), first, findings, slowest);
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
