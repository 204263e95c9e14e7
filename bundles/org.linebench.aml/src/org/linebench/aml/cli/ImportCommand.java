package org.linebench.aml.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.linebench.aml.AmlException;
import org.linebench.aml.AmlImport;
import org.linebench.aml.ImportReport;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineIssue;

/**
 * {@code linebench import F.aml --output DIR}: writes the AutomationML file's plants, lines and
 * stations as line files into DIR and prints, element by element, what it could not map or had to
 * change, then what validating the written files found. Exit code 0, or 1 when the written lines
 * have errors; 2 when the file cannot be read or is no valid CAEX 3.0.
 */
public class ImportCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--output").flag("--no-validate").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$
    if (args.positionals().size() != 1) {
      throw new UsageException(Messages.Import_oneFile);
    }
    Path aml = context.resolve(args.positionals().get(0));
    Path folder = context.resolve(args.required("--output")); //$NON-NLS-1$
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new CommandException(NLS.bind(Messages.Import_notAFolder, folder));
    }
    context.progress(NLS.bind(Messages.Import_reading, display(context, aml)));
    AmlImport.Result r;
    try {
      r = AmlImport.run(aml, folder, context.locale(), !args.flag("--no-validate")); //$NON-NLS-1$
    } catch (AmlException e) {
      throw new CommandException(display(context, e.file()) + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          + ": " + e.problem()); //$NON-NLS-1$
    } catch (InputFiles.RefusedFileException e) {
      throw new CommandException(e.getMessage()); // a folder, FIFO or device: names the file and says what it is
    } catch (NoSuchFileException e) {
      throw new CommandException(NLS.bind(Messages.Import_noSuchFile, e.getFile()));
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Import_cannot, aml, InputFiles.reason(e)));
    }
    for (String line : AmlImport.lines(display(context, aml), r.report(), Messages.Import_changed)) {
      context.out().println(line);
    }
    long errors = 0;
    for (LineIssue i : r.issues()) {
      LineIssue shown = new LineIssue(display(context, i.file()), i.line(), i.column(), i.severity(), i.message(), i.code());
      context.out().println(shown.format(i.severity() == LineIssue.Severity.ERROR ? Messages.Import_error : Messages.Import_warning));
      errors += i.severity() == LineIssue.Severity.ERROR ? 1 : 0;
    }
    ImportReport report = r.report();
    context.out().println(NLS.bind(Messages.Import_summary, new Object[] {r.files().size(), display(context, folder),
        report.mapped().isEmpty() ? Messages.Import_nothing : AmlImport.summary(report.mapped()), report.unmapped().size(),
        report.entries().size() - report.unmapped().size(), errors}));
    return errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** Paths below the working directory are shown relative to it. */
  static Path display(CommandContext context, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(context.workingDirectory()) ? context.workingDirectory().relativize(abs) : abs;
  }

  @Override
  public String usage() {
    return Messages.Import_usage;
  }
}
