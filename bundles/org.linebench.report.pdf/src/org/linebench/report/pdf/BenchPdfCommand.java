package org.linebench.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.report.Report;

/**
 * {@code linebench bench-pdf <file|folder>... [--runs N]}: validates the files with every installed
 * pack once, then writes the PDF technical file N times and prints its size and the median and
 * first writing time. Prints figures; no pass or fail.
 */
public class BenchPdfCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--runs").parse(context.arguments()); //$NON-NLS-1$
    if (args.positionals().isEmpty()) {
      throw new UsageException(Messages.Bench_usage);
    }
    int runs;
    try {
      runs = Math.max(1, Integer.parseInt(args.value("--runs").orElse("5"))); //$NON-NLS-1$ //$NON-NLS-2$
    } catch (NumberFormatException e) {
      throw new UsageException(Messages.Bench_usage);
    }
    Report report;
    try {
      List<Path> files = LineModels.collect(args.positionals().stream().map(context::resolve).toList());
      LineModels.Result loaded = LineModels.load(files);
      List<PlantModel> plants = PlantModel.of(loaded.files().values());
      List<RulePack> packs = RulePacks.fromPlatform().packs();
      try (RuleEngine engine = new RuleEngine()) {
        RuleEngine.Outcome o = engine.run(packs, plants, context.locale(), false);
        report = new Report(Report.merge(Report.structural(loaded.issues()), o.findings()), o.packs(), files.size(), o.plantsChecked(),
            context.locale(), context.workingDirectory(), plants, files);
      }
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Bench_cannotRead, args.positionals(), e.getMessage()));
    }
    PdfFormat pdf = new PdfFormat();
    List<Long> times = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      bytes = pdf.bytes(report).length;
      times.add((System.nanoTime() - t0) / 1_000_000);
    }
    long first = times.get(0);
    Collections.sort(times);
    context.out().println(NLS.bind(Messages.Bench_result, new Object[] {report.findings().size(), bytes / 1024, times.get(times.size() / 2), runs, first}));
    return ExitCode.OK;
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
