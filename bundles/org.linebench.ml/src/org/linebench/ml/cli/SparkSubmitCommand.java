package org.linebench.ml.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.ml.train.Recipe;

/**
 * {@code linebench spark-submit}: prints the {@code spark-submit} line that trains on a fleet's
 * data with LineBench's Spark job ({@code spark/} of the sources). It only prints: Spark is the
 * cluster's, never part of LineBench.
 */
public class SparkSubmitCommand implements Command {
  /** The job's main class in the job jar. */
  public static final String JOB_CLASS = "org.linebench.spark.FleetJob"; //$NON-NLS-1$
  /** The job jar's name as the build writes it ({@code spark/target/}). */
  public static final String JOB_JAR = "linebench-spark-job.jar"; //$NON-NLS-1$
  /** Words a POSIX shell takes as they are. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+\\-]+"); //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--data").option("--target").option("--recipe").option("--classifier") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .option("--options").option("--mode").option("--format").option("--master").option("--output").option("--jar") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        .option("--folds").option("--partitions").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$
    if (!args.positionals().isEmpty()) {
      throw new UsageException(NLS.bind(Messages.Cli_unexpected, args.positionals().get(0)));
    }
    String data = args.required("--data"); //$NON-NLS-1$
    String target = args.required("--target"); //$NON-NLS-1$
    String mode = args.value("--mode").orElse("grid"); //$NON-NLS-1$ //$NON-NLS-2$
    if (!mode.equals("grid") && !mode.equals("bag")) { //$NON-NLS-1$ //$NON-NLS-2$
      throw new UsageException(NLS.bind(Messages.Spark_badMode, mode));
    }
    String format = args.value("--format").orElse("parquet"); //$NON-NLS-1$ //$NON-NLS-2$
    if (!format.equals("parquet") && !format.equals("csv")) { //$NON-NLS-1$ //$NON-NLS-2$
      throw new UsageException(NLS.bind(Messages.Spark_badFormat, format));
    }
    String config = config(args);
    List<String> line = new ArrayList<>(List.of("spark-submit", "--master", args.value("--master").orElse("local[*]"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        "--class", JOB_CLASS, args.value("--jar").orElse(JOB_JAR), mode, "--data", data, "--format", format, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        "--target", target, "--config", config)); //$NON-NLS-1$ //$NON-NLS-2$
    if (args.value("--folds").isPresent()) { //$NON-NLS-1$
      line.addAll(List.of("--folds", String.valueOf(Options.integer(args, "--folds", 5)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (args.value("--partitions").isPresent()) { //$NON-NLS-1$
      line.addAll(List.of("--partitions", String.valueOf(Options.integer(args, "--partitions", 8)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    line.addAll(List.of("--output", args.value("--output").orElse("models/" + mode))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    context.out().println(shell(line));
    return ExitCode.OK;
  }

  /** The job's {@code --config}: a recipe's id, or a classifier's class name and its options. */
  private static String config(Arguments args) throws UsageException {
    if (args.value("--classifier").isPresent()) { //$NON-NLS-1$
      if (args.value("--recipe").isPresent()) { //$NON-NLS-1$
        throw new UsageException(Messages.Cli_recipeOrClassifier);
      }
      String options = args.value("--options").orElse("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
      return options.isEmpty() ? args.value("--classifier").get() : args.value("--classifier").get() + " " + options; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (args.value("--options").isPresent()) { //$NON-NLS-1$
      throw new UsageException(Messages.Cli_optionsWithoutClassifier);
    }
    String id = args.value("--recipe").orElse(Recipe.MAINTENANCE.id()); //$NON-NLS-1$
    Recipe r = Recipe.of(id);
    if (r == null || r == Recipe.CUSTOM) {
      throw new UsageException(NLS.bind(Messages.Cli_badRecipe, id));
    }
    return id;
  }

  /** The words as one POSIX shell line: quoted where a shell would split or expand them. */
  static String shell(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(PLAIN.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
    return b.toString();
  }

  @Override
  public String usage() {
    return Messages.Spark_usage;
  }
}
