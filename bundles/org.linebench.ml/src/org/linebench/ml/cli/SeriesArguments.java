package org.linebench.ml.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.UsageException;
import org.linebench.ml.card.Split;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.series.SeriesFeature;
import org.linebench.ml.series.SeriesOptions;

/**
 * The series options of {@code train} ({@code --group}, {@code --time}, {@code --split},
 * {@code --gap}, {@code --test}, {@code --test-rul}, {@code --window}, {@code --stats},
 * {@code --lags}, {@code --diffs}, {@code --cap}), checked before any data is read.
 */
final class SeriesArguments {
  private final Arguments args;
  private final List<Window> windows;
  private final List<String> stats;
  private final List<Integer> lags;
  private final List<Integer> diffs;
  private final Double cap;

  private SeriesArguments(Arguments args, List<Window> windows, List<String> stats, List<Integer> lags, List<Integer> diffs, Double cap) {
    this.args = args;
    this.windows = windows;
    this.stats = stats;
    this.lags = lags;
    this.diffs = diffs;
    this.cap = cap;
  }

  static SeriesArguments parse(Arguments args) throws UsageException {
    List<Window> windows = new ArrayList<>();
    for (String w : Options.list(args, "--window")) { //$NON-NLS-1$
      try {
        windows.add(Window.parse(w));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    List<String> stats = Options.list(args, "--stats"); //$NON-NLS-1$
    for (String s : stats) {
      if (!SeriesFeature.STATS.contains(s)) {
        throw new UsageException(NLS.bind(Messages.Cli_badStat, s, String.join(", ", SeriesFeature.STATS))); //$NON-NLS-1$
      }
    }
    Double cap = null;
    if (args.value("--cap").isPresent()) { //$NON-NLS-1$
      String c = args.value("--cap").get(); //$NON-NLS-1$
      try {
        cap = Double.parseDouble(c.strip());
      } catch (NumberFormatException e) {
        cap = Double.NaN;
      }
      if (!(cap >= 0) || cap.isInfinite()) {
        throw new UsageException(NLS.bind(Messages.Cli_notANumber, "--cap", c)); //$NON-NLS-1$
      }
    }
    String split = args.value("--split").orElse(null); //$NON-NLS-1$
    if (split != null && !List.of(Split.SHUFFLED, Split.STRATIFIED, Split.GROUPED, Split.FORWARD, Split.HOLDOUT).contains(split)) {
      throw new UsageException(NLS.bind(org.linebench.ml.train.Messages.Series_badSplit, split));
    }
    return new SeriesArguments(args, windows, stats, counts(args, "--lags"), counts(args, "--diffs"), cap); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static List<Integer> counts(Arguments args, String option) throws UsageException {
    List<Integer> all = new ArrayList<>();
    for (String v : Options.list(args, option)) {
      try {
        int k = Integer.parseInt(v);
        if (k >= 1 && k <= Window.MAX_ROWS) {
          all.add(k);
          continue;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new UsageException(NLS.bind(Messages.Cli_notANumberList, option, v));
    }
    return all;
  }

  /** Whether the figures come from a held-out file (no folds needed). */
  boolean holdout() {
    return args.value("--test").isPresent() && args.value("--split").map(Split.HOLDOUT::equals).orElse(true); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The options, with the held-out file and the file of remaining life read. */
  SeriesOptions read(CommandContext context, Charset encoding) throws CommandException {
    CsvTable test = file(context, "--test", encoding); //$NON-NLS-1$
    CsvTable truth = file(context, "--test-rul", encoding); //$NON-NLS-1$
    CsvTable events = file(context, "--events", encoding); //$NON-NLS-1$
    return new SeriesOptions(args.value("--group").orElse(null), args.value("--time").orElse(null), //$NON-NLS-1$ //$NON-NLS-2$
        args.value("--split").orElse(null), args.value("--gap").orElse(null), windows, stats, lags, diffs, cap, test, truth, events, //$NON-NLS-1$ //$NON-NLS-2$
        args.value("--horizon").orElse(null)); //$NON-NLS-1$
  }

  private CsvTable file(CommandContext context, String option, Charset encoding) throws CommandException {
    if (args.value(option).isEmpty()) {
      return null;
    }
    Path p = context.resolve(args.value(option).get());
    return Options.read(context, p, encoding);
  }
}
