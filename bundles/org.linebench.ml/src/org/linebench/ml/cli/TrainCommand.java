package org.linebench.ml.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.InputFiles;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.model.ModelOutput;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

/** {@code linebench train}: trains, cross-validates and writes a model with its card. */
public class TrainCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--data").option("--target").option("--drop").option("--keep") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .option("--recipe").option("--classifier").option("--options").option("--folds").option("--seed") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        .option("--output").option("--format").option("--encoding").option("--name") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .option("--group").option("--time").option("--split").option("--gap").option("--test").option("--test-rul") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        .option("--window").option("--stats").option("--lags").option("--diffs").option("--cap") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        .option("--events").option("--horizon").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$
    if (!args.positionals().isEmpty()) {
      throw new UsageException(NLS.bind(Messages.Cli_unexpected, args.positionals().get(0)));
    }
    Path data = context.resolve(args.required("--data")); //$NON-NLS-1$
    boolean rul = "rul".equals(args.value("--recipe").orElse(null)); //$NON-NLS-1$ //$NON-NLS-2$
    String target = rul ? args.value("--target").orElse("RUL") //$NON-NLS-1$ //$NON-NLS-2$
        : args.value("--events").isPresent() ? args.value("--target").orElse("fails within " + args.value("--horizon").orElse("")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        : args.required("--target"); //$NON-NLS-1$
    Path output = context.resolve(args.required("--output")); //$NON-NLS-1$
    String format = args.value("--format").orElse("text"); //$NON-NLS-1$ //$NON-NLS-2$
    if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
      throw new UsageException(NLS.bind(Messages.Cli_badFormat, format));
    }
    TrainingOptions options = TrainingOptions.of(target).withDrop(Options.list(args, "--drop")) //$NON-NLS-1$
        .withFolds(Options.integer(args, "--folds", 10), Options.integer(args, "--seed", 1)); //$NON-NLS-1$ //$NON-NLS-2$
    options = new TrainingOptions(options.target(), options.drop(), Options.list(args, "--keep"), null, null, "", options.folds(), //$NON-NLS-1$ //$NON-NLS-2$
        options.seed());
    if (args.value("--recipe").isPresent()) { //$NON-NLS-1$
      String id = args.value("--recipe").get(); //$NON-NLS-1$
      Recipe r = Recipe.of(id);
      if (r == null || r == Recipe.CUSTOM) {
        throw new UsageException(NLS.bind(Messages.Cli_badRecipe, id));
      }
      options = options.withRecipe(r);
    }
    if (args.value("--classifier").isPresent()) { //$NON-NLS-1$
      if (args.value("--recipe").isPresent() && !rul) { //$NON-NLS-1$
        throw new UsageException(Messages.Cli_recipeOrClassifier);
      }
      options = options.withClassifier(args.value("--classifier").get(), args.value("--options").orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      if (rul) { // the remaining-life target and figures, learned by the classifier named
        options = new TrainingOptions(options.target(), options.drop(), options.keep(), Recipe.RUL, options.classifier(), options.options(),
            options.folds(), options.seed());
      }
    } else if (args.value("--options").isPresent()) { //$NON-NLS-1$
      throw new UsageException(Messages.Cli_optionsWithoutClassifier);
    }
    Charset encoding = Options.encoding(args);
    SeriesArguments series = SeriesArguments.parse(args);
    if (options.folds() < 2 && !series.holdout()) {
      throw new UsageException(NLS.bind(Messages.Cli_badFolds, options.folds()));
    }
    String name = args.value("--name").orElse(output.getFileName() == null ? "model" : output.getFileName().toString()); //$NON-NLS-1$ //$NON-NLS-2$
    // the output folder is checked and locked before the data is read: a second run, a file in
    // the way or a folder that cannot be written fails now, not after the training
    ModelCard card;
    TrainingResult result;
    try (ModelOutput out = openOutput(output)) {
      if (out.removed() > 0) {
        context.progress(NLS.bind(Messages.Cli_removedLeftovers, out.removed(), output));
      }
      CsvTable table = Options.read(context, data, encoding);
      result = train(context, table, options, series.read(context, encoding));
      try {
        card = out.write(name, result, table);
      } catch (IOException e) {
        throw new CommandException(NLS.bind(Messages.Cli_cannotWrite, output, InputFiles.reason(e)));
      }
    } catch (IOException e) { // releasing the lock
      throw new CommandException(NLS.bind(Messages.Cli_cannotWrite, output, InputFiles.reason(e)));
    }
    if (format.equals("json")) { //$NON-NLS-1$
      context.out().println(ModelFolder.toJson(card));
    } else {
      context.out().print(report(result, context.locale()));
    }
    context.progress(NLS.bind(Messages.Cli_wrote, new Object[] {output.resolve(card.model().file()), output.resolve(ModelFolder.CARD),
        String.format(Locale.ROOT, "%.1f", result.millis() / 1000.0)})); //$NON-NLS-1$
    return ExitCode.OK;
  }

  private static ModelOutput openOutput(Path output) throws CommandException {
    try {
      return ModelOutput.open(output);
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Cli_cannotWrite, output, InputFiles.reason(e)));
    }
  }

  private static TrainingResult train(CommandContext context, CsvTable table, TrainingOptions options, SeriesOptions series)
      throws CommandException {
    try {
      return Trainer.train(table, options, series, new TrainingMonitor() {
        @Override
        public void stage(String message) {
          context.progress(message);
        }

        @Override
        public void warning(String message) {
          context.progress(NLS.bind(Messages.Cli_warning, message));
        }

        @Override
        public void fold(int fold, int folds) {
          context.progress(NLS.bind(Messages.Cli_fold, fold, folds));
        }
      });
    } catch (DataException e) {
      throw new CommandException(e.describe());
    } catch (TrainingException e) {
      throw new CommandException(e.getMessage());
    } catch (CancellationException e) {
      throw new CommandException(Messages.Cli_canceled);
    }
  }

  /** The metrics as a text report: summary, per-class table, confusion matrix. */
  static String report(TrainingResult result, Locale locale) {
    StringBuilder b = new StringBuilder();
    Metrics m = result.metrics();
    b.append(NLS.bind(Messages.Report_model, new Object[] {result.recipe().id(), result.classifier(), result.options()})).append('\n');
    b.append(NLS.bind(Messages.Report_data, new Object[] {result.schema().target().name(), result.rows(), SeriesReport.split(result)}))
        .append('\n');
    b.append(NLS.bind(Messages.Report_features, new Object[] {result.schema().features().size(), result.schema().derived().size(),
        result.guard().stream().filter(GuardFinding::dropped).count()})).append('\n');
    if (m.classes().isEmpty()) {
      b.append(NLS.bind(Messages.Report_regression, new Object[] {f(m.mae()), f(m.rmse()), f(m.correlation())})).append('\n');
      b.append(NLS.bind(Messages.Report_regressionBaseline, f(m.baselineMae()), f(m.baselineRmse()))).append('\n');
      b.append(SeriesReport.rul(result));
      return b.toString();
    }
    b.append(NLS.bind(Messages.Report_accuracy, new Object[] {f(m.accuracy()), f(m.baselineAccuracy()), m.majorityClass(), f(m.kappa())}))
        .append('\n');
    if (m.threshold() != null) {
      String rare = m.classes().stream().min(java.util.Comparator.comparingInt(Metrics.ClassMetrics::support)).get().value();
      b.append(NLS.bind(Messages.Report_threshold, rare, f(m.threshold()))).append('\n');
    }
    b.append('\n').append(SeriesReport.events(result));
    int w = Math.max(8, m.classes().stream().mapToInt(c -> c.value().length()).max().orElse(5) + 2);
    b.append(pad(Messages.Report_class, w));
    for (String h : new String[] {Messages.Report_support, Messages.Report_precision, Messages.Report_recall, Messages.Report_f1,
        Messages.Report_rocAuc, Messages.Report_prAuc}) {
      b.append(padLeft(h, 11));
    }
    b.append('\n');
    for (Metrics.ClassMetrics c : m.classes()) {
      b.append(pad(c.value(), w)).append(padLeft(Integer.toString(c.support()), 11));
      for (double d : new double[] {c.precision(), c.recall(), c.f1(), c.rocAuc(), c.prAuc()}) {
        b.append(padLeft(f(d), 11));
      }
      b.append('\n');
    }
    b.append('\n').append(Messages.Report_confusion).append('\n');
    b.append(pad("", w)); //$NON-NLS-1$
    for (Metrics.ClassMetrics c : m.classes()) {
      b.append(padLeft(c.value(), 9));
    }
    b.append('\n');
    for (int a = 0; a < m.confusion().length; a++) {
      b.append(pad(m.classes().get(a).value(), w));
      for (long v : m.confusion()[a]) {
        b.append(padLeft(Long.toString(v), 9));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String f(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(1, width - displayWidth(s))); //$NON-NLS-1$
  }

  static String padLeft(String s, int width) {
    return " ".repeat(Math.max(1, width - displayWidth(s))) + s; //$NON-NLS-1$
  }

  private static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x1100 ? 2 : 1;
    }
    return w;
  }

  @Override
  public String usage() {
    return Messages.Train_usage;
  }
}
