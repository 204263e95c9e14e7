package org.linebench.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.AtomicFiles;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.report.Report;
import org.linebench.rules.report.TechnicalFile;

/**
 * {@code linebench bench-pdf [<file|folder>...] [--stations N] [--runs N] [--bilingual] [--output F.pdf]}:
 * validates the files (or a generated plant of N stations, the one {@code bench-rules} checks) with
 * every installed pack once, then writes the PDF technical file N times and prints its size, its
 * pages and the median and first writing time. Prints figures; no pass or fail.
 */
public class BenchPdfCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--runs").option("--stations").option("--output").flag("--bilingual").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    if (args.positionals().isEmpty() == args.value("--stations").isEmpty()) { //$NON-NLS-1$
      throw new UsageException(Messages.Bench_usage);
    }
    int runs;
    int stations;
    try {
      runs = Math.max(1, Integer.parseInt(args.value("--runs").orElse("5"))); //$NON-NLS-1$ //$NON-NLS-2$
      stations = Integer.parseInt(args.value("--stations").orElse("0")); //$NON-NLS-1$ //$NON-NLS-2$
    } catch (NumberFormatException e) {
      throw new UsageException(Messages.Bench_usage);
    }
    if (stations < 0) {
      throw new UsageException(Messages.Bench_usage);
    }
    Path generated = null;
    try {
      List<Path> files;
      if (stations > 0) {
        generated = Files.createTempDirectory("linebench-bench-pdf"); //$NON-NLS-1$
        files = SyntheticPlants.write(generated, stations, 42);
      } else {
        files = LineModels.collect(args.positionals().stream().map(context::resolve).toList());
      }
      long t0 = System.nanoTime();
      Report report = validate(files, context, context.locale());
      Report second = args.flag("--bilingual") ? validate(files, context, TechnicalFile.other(context.locale())) : null; //$NON-NLS-1$
      long validation = (System.nanoTime() - t0) / 1_000_000;
      PdfFormat pdf = new PdfFormat();
      List<Long> times = new ArrayList<>();
      byte[] bytes = null;
      for (int i = 0; i < runs; i++) {
        long t1 = System.nanoTime();
        bytes = second == null ? pdf.bytes(report) : pdf.bytes(report, second);
        times.add((System.nanoTime() - t1) / 1_000_000);
      }
      int pages;
      try (PDDocument d = Loader.loadPDF(bytes)) {
        pages = d.getNumberOfPages();
      }
      if (args.value("--output").isPresent()) { //$NON-NLS-1$
        AtomicFiles.write(context.resolve(args.value("--output").get()), bytes); //$NON-NLS-1$
      }
      long first = times.get(0);
      Collections.sort(times);
      context.out().println(NLS.bind(Messages.Bench_result, new Object[] {report.findings().size(), bytes.length / 1024, times.get(times.size() / 2),
          runs, first, pages, files.size(), validation}));
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Bench_cannotRead, args.positionals(), e.getMessage()));
    } finally {
      delete(generated);
    }
    return ExitCode.OK;
  }

  private static Report validate(List<Path> files, CommandContext context, Locale locale) throws IOException {
    LineModels.Result loaded = LineModels.load(files);
    List<PlantModel> plants = PlantModel.of(loaded.files().values());
    List<RulePack> packs = RulePacks.fromPlatform().packs();
    try (RuleEngine engine = new RuleEngine()) {
      RuleEngine.Outcome o = engine.run(packs, plants, locale, false);
      return new Report(Report.merge(Report.structural(loaded.issues()), o.findings()), o.packs(), files.size(), o.plantsChecked(), locale,
          context.workingDirectory(), plants, files);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
