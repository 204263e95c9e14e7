package org.linebench.ml.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.InputFiles;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.model.StreamScorer;

/** {@code linebench score}: predictions of a trained model for new data. */
public class ScoreCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--model").option("--data").option("--output").option("--encoding") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .option("--until-idle").flag("--no-bom").flag("--follow").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (!args.positionals().isEmpty()) {
      throw new UsageException(NLS.bind(Messages.Cli_unexpected, args.positionals().get(0)));
    }
    Path modelPath = context.resolve(args.required("--model")); //$NON-NLS-1$
    Path data = context.resolve(args.required("--data")); //$NON-NLS-1$
    Path output = context.resolve(args.required("--output")); //$NON-NLS-1$
    double idle = idleSeconds(args);
    Charset encoding = Options.encoding(args);
    ModelArtifacts.Loaded model;
    try {
      model = ModelArtifacts.load(modelPath);
    } catch (ModelException e) {
      throw new CommandException(e.getMessage());
    }
    context.progress(NLS.bind(Messages.Cli_modelLoaded, new Object[] {model.card().name(), model.card().recipe(),
        model.card().schema().target().name(), model.card().model().sha256()}));
    if (args.flag("--follow")) { //$NON-NLS-1$
      return follow(context, model, data, output, encoding, !args.flag("--no-bom"), idle); //$NON-NLS-1$
    }
    CsvTable table = Options.read(context, data, encoding);
    Scorer.Predictions predictions;
    try {
      predictions = Scorer.score(model, table);
      Scorer.write(predictions, output, !args.flag("--no-bom")); //$NON-NLS-1$
    } catch (DataException e) {
      throw new CommandException(e.describe());
    } catch (ModelException e) {
      throw new CommandException(e.getMessage());
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Cli_cannotWrite, output, e.getMessage()));
    }
    if (predictions.unknownValues() > 0) {
      context.progress(NLS.bind(Messages.Cli_unknownValues, predictions.unknownValues()));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    predictions.classes().forEach(c -> counts.put(c, 0));
    predictions.rows().forEach(r -> counts.merge(r.predicted(), 1, Integer::sum));
    context.out().println(NLS.bind(Messages.Cli_scored, predictions.rows().size(), output));
    if (!predictions.classes().isEmpty()) {
      counts.forEach((c, n) -> context.out().println(NLS.bind(Messages.Cli_classCount, c, n)));
    }
    return ExitCode.OK;
  }

  private static double idleSeconds(Arguments args) throws UsageException {
    String v = args.value("--until-idle").orElse(null); //$NON-NLS-1$
    if (v == null) {
      return Double.POSITIVE_INFINITY;
    }
    if (!args.flag("--follow")) { //$NON-NLS-1$
      throw new UsageException(Messages.Cli_idleWithoutFollow);
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (d >= 0 && !Double.isInfinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new UsageException(NLS.bind(Messages.Cli_badSeconds, "--until-idle", v)); //$NON-NLS-1$
  }

  private static int follow(CommandContext context, ModelArtifacts.Loaded model, Path data, Path output, Charset encoding, boolean bom,
      double idle) throws CommandException {
    Charset cs = encoding == null ? StandardCharsets.UTF_8 : encoding;
    if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) { //$NON-NLS-1$ //$NON-NLS-2$
      throw new UsageException(NLS.bind(Messages.Cli_followEncoding, cs.name()));
    }
    try {
      InputFiles.checkRegular(data, Long.MAX_VALUE);
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Cli_cannotRead, data, InputFiles.reason(e)));
    }
    context.progress(NLS.bind(Messages.Cli_following, data, output));
    long rows;
    try (OutputStream out = Follower.open(output)) {
      rows = new Follower(new StreamScorer(model), data, cs).follow(out, bom, idle);
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Cli_cannotWrite, output, InputFiles.reason(e)));
    }
    context.out().println(NLS.bind(Messages.Cli_scored, rows, output));
    return ExitCode.OK;
  }

  @Override
  public String usage() {
    return Messages.Score_usage;
  }
}
