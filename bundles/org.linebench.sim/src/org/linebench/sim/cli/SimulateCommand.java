package org.linebench.sim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.AtomicFiles;
import org.linebench.core.CsvFiles;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.ml.card.Hashes;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.sim.Durations;
import org.linebench.sim.Simulation;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.line.LineSimulations;
import org.linebench.sim.line.SimulationException;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.report.SimulationReport;

/**
 * {@code linebench simulate}: runs a line's replications and prints per-station states, throughput
 * with its interval, OEE, the bottleneck and what a change there buys. Progress on stderr.
 */
public class SimulateCommand implements Command {
  /** Beyond this a run warns with its estimated duration first. */
  static final double WARN_SECONDS = 600;

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--line").option("--horizon").option("--warmup").option("--replications") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .option("--seed").option("--format").option("--output").flag("--no-what-if").flag("--no-bom").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    if (args.positionals().isEmpty()) {
      throw new UsageException(Messages.Simulate_noPaths);
    }
    Simulation.Options options = options(args);
    SimulationReport.Format format = SimulationReport.Format.of(args.value("--format").orElse("text")); //$NON-NLS-1$ //$NON-NLS-2$
    if (format == null) {
      throw new UsageException(NLS.bind(Messages.Simulate_badFormat, args.value("--format").orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    Map<String, String> lineFiles = new LinkedHashMap<>();
    SimModel model = load(context, args, lineFiles);
    double estimate = Simulation.estimateSeconds(model, options);
    int cores = Runtime.getRuntime().availableProcessors();
    if (estimate > WARN_SECONDS) {
      context.progress(NLS.bind(Messages.Simulate_estimate, new Object[] {Durations.format(estimate), options.replications(),
          Durations.format(options.horizon()), options.whatIfs() ? Messages.Simulate_estimateWhatIfs : ""})); //$NON-NLS-1$
    }
    context.progress(NLS.bind(Messages.Simulate_starting, new Object[] {model.name(), options.replications(),
        Durations.format(options.horizon()), Durations.format(options.warmup()), options.seed(), cores}));
    SimulationResult result;
    Thread caller = Thread.currentThread();
    try {
      result = Simulation.run(model, options, new Simulation.Monitor() {
        private int shown;

        @Override
        public synchronized void progress(double done) {
          int tenth = (int) Math.floor(done * 10);
          if (tenth > shown) {
            shown = tenth;
            context.progress(NLS.bind(Messages.Simulate_progress, tenth * 10));
          }
        }

        @Override
        public boolean cancelled() {
          return caller.isInterrupted();
        }
      });
    } catch (Simulation.CancelledException e) {
      throw new CommandException(Messages.Simulate_cancelled);
    }
    String text = SimulationReport.render(result, format, lineFiles);
    if (args.value("--output").isPresent()) { //$NON-NLS-1$
      Path out = context.resolve(args.value("--output").get()); //$NON-NLS-1$
      try {
        if (format == SimulationReport.Format.CSV) {
          CsvFiles.write(out, text, !args.flag("--no-bom")); //$NON-NLS-1$
        } else {
          AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new CommandException(NLS.bind(Messages.Simulate_cannotWrite, out, e.getMessage()));
      }
      context.progress(NLS.bind(Messages.Simulate_written, out));
    } else {
      context.out().print(text);
    }
    return ExitCode.OK;
  }

  static Simulation.Options options(Arguments args) throws UsageException {
    double horizon = duration(args, "--horizon", "1y"); //$NON-NLS-1$ //$NON-NLS-2$
    double warmup = duration(args, "--warmup", "1d"); //$NON-NLS-1$ //$NON-NLS-2$
    if (warmup >= horizon) {
      throw new UsageException(NLS.bind(Messages.Simulate_warmupTooLong, Durations.format(warmup), Durations.format(horizon)));
    }
    long replications = number(args, "--replications", "30"); //$NON-NLS-1$ //$NON-NLS-2$
    if (replications < Simulation.MIN_REPLICATIONS || replications > Simulation.MAX_REPLICATIONS) {
      throw new UsageException(NLS.bind(Messages.Simulate_tooManyReplications, new Object[] {Simulation.MIN_REPLICATIONS,
          Simulation.MAX_REPLICATIONS, replications}));
    }
    long seed = number(args, "--seed", "1"); //$NON-NLS-1$ //$NON-NLS-2$
    return new Simulation.Options(horizon, warmup, (int) replications, seed, !args.flag("--no-what-if")); //$NON-NLS-1$
  }

  private static double duration(Arguments args, String option, String fallback) throws UsageException {
    String text = args.value(option).orElse(fallback);
    double seconds = Durations.parse(text);
    if (!(seconds > 0) && !(seconds == 0 && option.equals("--warmup"))) { //$NON-NLS-1$
      throw new UsageException(NLS.bind(Messages.Simulate_badDuration, option, text));
    }
    return seconds;
  }

  private static long number(Arguments args, String option, String fallback) throws UsageException {
    String text = args.value(option).orElse(fallback);
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(NLS.bind(Messages.Simulate_badNumber, option, text));
    }
  }

  /** Loads the files, checks them, chooses the line and compiles it. */
  private static SimModel load(CommandContext context, Arguments args, Map<String, String> lineFiles) throws CommandException {
    List<Path> given = new ArrayList<>();
    for (String p : args.positionals()) {
      given.add(context.resolve(p));
    }
    List<Path> files;
    LineModels.Result result;
    try {
      files = LineModels.collect(given);
      if (files.isEmpty()) {
        throw new CommandException(NLS.bind(Messages.Simulate_noFiles, String.join(", ", args.positionals()))); //$NON-NLS-1$
      }
      List<Path> imported;
      try {
        imported = LineImports.missing(files, given);
      } catch (IOException | java.io.UncheckedIOException e) {
        imported = List.of();
      }
      context.progress(NLS.bind(Messages.Simulate_loading, files.size() + imported.size()));
      result = LineSimulations.load(files, imported);
    } catch (NoSuchFileException e) {
      throw new CommandException(NLS.bind(Messages.Simulate_noSuchPath, e.getFile()));
    } catch (IOException e) {
      throw new CommandException(LineFiles.selfExplaining(e) ? e.getMessage()
          : NLS.bind(Messages.Simulate_cannotRead, String.join(", ", args.positionals()), InputFiles.reason(e))); //$NON-NLS-1$
    }
    result.encodingNotes().forEach(context::progress);
    List<LineIssue> errors = LineSimulations.errors(result, files);
    if (!errors.isEmpty()) {
      for (LineIssue i : errors.subList(0, Math.min(errors.size(), 20))) {
        context.progress(LineSimulations.describe(i, display(context, i.file()), Messages.Simulate_error));
      }
      throw new CommandException(NLS.bind(Messages.Simulate_invalid, errors.size()));
    }
    List<LineFile> named = new ArrayList<>();
    for (Path f : files) {
      LineFile lf = result.files().get(f);
      if (lf != null) {
        named.add(lf);
        try {
          lineFiles.put(display(context, f).toString().replace('\\', '/'), Hashes.sha256(Files.readAllBytes(f)));
        } catch (IOException e) {
          throw new CommandException(NLS.bind(Messages.Simulate_cannotRead, f, InputFiles.reason(e)));
        }
      }
    }
    List<Line> lines = LineSimulations.lines(named);
    Line line = choose(lines, args.value("--line").orElse(null)); //$NON-NLS-1$
    try {
      return LineSimulations.compile(line, context::progress);
    } catch (SimulationException e) {
      throw new CommandException(e.describe(context.workingDirectory()));
    }
  }

  private static Line choose(List<Line> lines, String name) throws CommandException {
    if (lines.isEmpty()) {
      throw new CommandException(Messages.Simulate_noLine);
    }
    if (name == null) {
      if (lines.size() > 1) {
        throw new UsageException(NLS.bind(Messages.Simulate_whichLine, names(lines, lines)));
      }
      return lines.get(0);
    }
    List<Line> matching = lines.stream().filter(l -> LineSimulations.matches(l, name)).toList();
    if (matching.isEmpty()) {
      throw new CommandException(NLS.bind(Messages.Simulate_unknownLine, name, names(lines, lines)));
    }
    if (matching.size() > 1) {
      throw new UsageException(NLS.bind(Messages.Simulate_whichLine, names(matching, lines)));
    }
    return matching.get(0);
  }

  private static String names(List<Line> shown, List<Line> all) {
    return shown.stream().map(l -> LineSimulations.name(l, all)).collect(Collectors.joining(", ")); //$NON-NLS-1$
  }

  private static Path display(CommandContext context, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(context.workingDirectory()) ? context.workingDirectory().relativize(abs) : abs;
  }

  @Override
  public String usage() {
    return Messages.Simulate_usage;
  }
}
