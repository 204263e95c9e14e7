package org.linebench.rules.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.AtomicFiles;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;
import org.linebench.rules.internal.Messages;
import org.linebench.rules.report.Report;
import org.linebench.rules.report.ReportFormat;
import org.linebench.rules.report.ReportFormats;
import org.linebench.rules.report.SectionException;
import org.linebench.rules.report.Sections;

/**
 * {@code linebench validate <file|folder>... [--rules cn,eu] [--format ...] [--output FILE]}: the
 * line language's structural checks, then the certification rule packs; the report in one of the
 * {@link ReportFormat}s. Exit code 1 when anything has severity error.
 */
public class ValidateCommand implements Command {
  private static final String RULES = "--rules"; //$NON-NLS-1$
  private static final String FORMAT = "--format"; //$NON-NLS-1$
  private static final String OUTPUT = "--output"; //$NON-NLS-1$
  private static final String TIMEOUT = "--rule-timeout"; //$NON-NLS-1$
  private static final String BILINGUAL = "--bilingual"; //$NON-NLS-1$
  private static final String SIMULATION = "--simulation"; //$NON-NLS-1$

  private final RulePacks packs;

  public ValidateCommand() {
    this(null);
  }

  /** With the given packs instead of the platform's (tests). */
  public ValidateCommand(RulePacks packs) {
    this.packs = packs;
  }

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option(RULES).option(FORMAT).option(OUTPUT).option(TIMEOUT).option(SIMULATION).flag(BILINGUAL).parse(context.arguments());
    if (args.positionals().isEmpty()) {
      throw new UsageException(Messages.Validate_noPaths);
    }
    String formatName = args.value(FORMAT).orElse("text"); //$NON-NLS-1$
    ReportFormat format = ReportFormats.named(formatName).orElseThrow(() -> new UsageException(NLS.bind(Messages.Validate_badFormat,
        formatName, ReportFormats.installed().stream().map(ReportFormat::name).collect(Collectors.joining(", "))))); //$NON-NLS-1$
    if (format.binary() && args.value(OUTPUT).isEmpty()) {
      throw new UsageException(NLS.bind(Messages.Validate_needsOutput, formatName));
    }
    boolean bilingual = args.flag(BILINGUAL);
    if (bilingual && !format.bilingual()) {
      throw new UsageException(NLS.bind(Messages.Validate_notBilingual, formatName));
    }
    List<Path> simulations = simulations(context, args.values(SIMULATION), format);
    Duration budget = RuleEngine.DEFAULT_BUDGET;
    if (args.value(TIMEOUT).isPresent()) {
      long millis;
      try {
        millis = Long.parseLong(args.value(TIMEOUT).get().strip());
      } catch (NumberFormatException e) {
        millis = 0;
      }
      if (millis <= 0) {
        throw new UsageException(NLS.bind(Messages.Validate_badTimeout, args.value(TIMEOUT).get()));
      }
      budget = Duration.ofMillis(millis);
    }
    RulePacks installed = packs != null ? packs : RulePacks.fromPlatform();
    for (String problem : installed.problems()) {
      context.err().println(problem);
    }
    List<RulePack> selected = new ArrayList<>();
    boolean explicit = args.value(RULES).isPresent();
    if (explicit) {
      for (String id : RulePacks.parseSelection(args.value(RULES).get())) {
        if (id.equals("none")) { //$NON-NLS-1$
          continue;
        }
        selected.add(installed.find(id).orElseThrow(() -> new UsageException(NLS.bind(Messages.Validate_unknownPack, id,
            installed.packs().stream().map(RulePack::id).collect(Collectors.joining(", ")))))); //$NON-NLS-1$
      }
    } else {
      selected.addAll(installed.packs());
    }

    List<Path> files;
    try {
      files = LineModels.collect(args.positionals().stream().map(context::resolve).toList());
    } catch (NoSuchFileException e) {
      throw new CommandException(NLS.bind(Messages.Validate_noSuchPath, e.getFile()));
    } catch (IOException e) {
      throw cannotRead(args.positionals(), e);
    }
    if (files.isEmpty()) {
      throw new CommandException(NLS.bind(Messages.Validate_noFiles, String.join(", ", args.positionals()))); //$NON-NLS-1$
    }
    context.progress(NLS.bind(Messages.Validate_loading, files.size()));
    List<Path> imported = importsOf(files, args.positionals().stream().map(context::resolve).toList());
    for (Path f : imported) {
      Path abs = f.toAbsolutePath().normalize();
      context.progress(NLS.bind(Messages.Validate_imported, abs.startsWith(context.workingDirectory()) ? context.workingDirectory().relativize(abs) : abs));
    }
    List<Path> all = new ArrayList<>(files);
    all.addAll(imported);
    LineModels.Result loaded;
    try {
      loaded = LineModels.load(all);
    } catch (IOException e) {
      throw cannotRead(files, e);
    }
    loaded.encodingNotes().forEach(context::progress);
    // findings only for the files the user named; the imported ones are context
    List<LineIssue> issues = loaded.issues().stream().filter(i -> !imported.contains(i.file())).toList();
    List<PlantModel> plants = PlantModel.of(loaded.files().entrySet().stream().filter(e -> !imported.contains(e.getKey()))
        .map(java.util.Map.Entry::getValue).toList());
    RuleEngine.Outcome outcome;
    try (RuleEngine engine = new RuleEngine(budget)) {
      outcome = engine.run(selected, plants, context.locale(), explicit);
    }
    List<Finding> found = Report.merge(Report.structural(issues), outcome.findings());
    Report report = new Report(found, outcome.packs(), files.size(), outcome.plantsChecked(), context.locale(), context.workingDirectory(),
        plants, files, simulations);
    byte[] bytes;
    try {
      if (bilingual) {
        Locale other = org.linebench.rules.report.TechnicalFile.other(context.locale());
        try (RuleEngine engine = new RuleEngine(budget)) {
          RuleEngine.Outcome second = engine.run(selected, plants, other, explicit);
          bytes = format.bytes(report, new Report(Report.merge(Report.structural(issues), second.findings()), second.packs(), files.size(),
              second.plantsChecked(), other, context.workingDirectory(), plants, files, simulations));
        }
      } else {
        bytes = format.bytes(report);
      }
    } catch (SectionException e) {
      throw new CommandException(e.getMessage());
    }
    if (args.value(OUTPUT).isPresent()) {
      Path out = context.resolve(args.value(OUTPUT).get());
      try {
        AtomicFiles.write(out, bytes);
      } catch (IOException e) {
        throw new CommandException(NLS.bind(Messages.Validate_cannotWrite, out, e.getMessage()));
      }
      context.progress(NLS.bind(Messages.Validate_written, out));
    } else {
      context.out().print(new String(bytes, StandardCharsets.UTF_8));
    }
    if (format.bilingual()) {
      // a document format: a contributed section that could not be made is missing from it (its open items say which)
      Sections.leftOut().forEach(l -> context.err().println(l.warning(context.locale())));
    }
    context.progress(NLS.bind(Messages.Validate_summary, new Object[] {files.size(), outcome.plantsChecked(),
        outcome.packs().isEmpty() ? "-" : outcome.packs().stream().map(RulePack::id).collect(Collectors.joining(",")), //$NON-NLS-1$ //$NON-NLS-2$
        report.count(Severity.ERROR), report.count(Severity.WARNING)}));
    return report.count(Severity.ERROR) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /**
   * The saved simulation results the technical file reports on: for the document formats only (those
   * written from the document model, which can also hold two languages), each a readable file.
   */
  private static List<Path> simulations(CommandContext context, List<String> given, ReportFormat format) throws CommandException {
    if (given.isEmpty()) {
      return List.of();
    }
    if (!format.bilingual()) {
      throw new UsageException(NLS.bind(Messages.Validate_simulationFormat, format.name()));
    }
    List<Path> out = new ArrayList<>();
    for (String g : given) {
      Path p = context.resolve(g);
      if (!java.nio.file.Files.isRegularFile(p)) {
        throw new CommandException(NLS.bind(Messages.Validate_noSuchPath, g));
      }
      out.add(p);
    }
    return out;
  }

  /** An unreadable input as exit code 2 with its reason: a FIFO, a permission, an encoding. */
  private static CommandException cannotRead(List<?> what, IOException e) {
    return new CommandException(LineFiles.selfExplaining(e) ? e.getMessage() : NLS.bind(Messages.Validate_cannotRead, what, InputFiles.reason(e)));
  }

  /** The files the named ones import from next to them; none if they cannot be searched (the structural checks then say what is unresolved). */
  private static List<Path> importsOf(List<Path> files, List<Path> given) {
    try {
      return LineImports.missing(files, given);
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }

  @Override
  public String usage() {
    return Messages.Validate_usage;
  }
}
