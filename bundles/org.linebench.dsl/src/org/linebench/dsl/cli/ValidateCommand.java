package org.linebench.dsl.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;

/**
 * Structural checks of line files, printed as {@code file:line:column: severity: message [code]}.
 * The command line's {@code validate} is contributed by {@code org.linebench.rules}, which runs
 * these checks and then the certification rule packs; this one stays for headless use without the
 * rule engine (and its tests).
 */
public class ValidateCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().parse(context.arguments());
    if (args.positionals().isEmpty()) {
      throw new UsageException(Messages.Validate_noPaths);
    }
    List<Path> given = new ArrayList<>();
    for (String p : args.positionals()) {
      given.add(Path.of(p));
    }
    List<Path> files;
    try {
      files = LineModels.collect(given.stream().map(p -> p.isAbsolute() ? p : context.workingDirectory().resolve(p)).toList());
    } catch (NoSuchFileException e) {
      throw new CommandException(NLS.bind(Messages.Validate_noSuchPath, e.getFile()));
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Validate_cannotRead, given, e.getMessage()));
    }
    if (files.isEmpty()) {
      throw new CommandException(NLS.bind(Messages.Validate_noFiles, String.join(", ", args.positionals()))); //$NON-NLS-1$
    }
    context.progress(NLS.bind(Messages.Validate_loading, files.size()));
    LineModels.Result result;
    try {
      result = LineModels.load(files);
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Validate_cannotRead, files, e.getMessage()));
    }
    long warnings = 0;
    for (LineIssue i : result.issues()) {
      LineIssue shown = new LineIssue(display(context, i.file()), i.line(), i.column(), i.severity(), i.message(), i.code());
      context.out().println(shown.format(word(i.severity())));
      if (i.severity() == LineIssue.Severity.WARNING) {
        warnings++;
      }
    }
    context.progress(NLS.bind(Messages.Validate_summary, new Object[] {files.size(), result.errorCount(), warnings}));
    return result.errorCount() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** Paths below the working directory are shown relative to it, as the user typed them. */
  private static Path display(CommandContext context, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(context.workingDirectory()) ? context.workingDirectory().relativize(abs) : abs;
  }

  private static String word(LineIssue.Severity s) {
    return switch (s) {
      case ERROR -> Messages.Validate_error;
      case WARNING -> Messages.Validate_warning;
      case INFO -> Messages.Validate_info;
    };
  }

  @Override
  public String usage() {
    return Messages.Validate_usage;
  }
}
