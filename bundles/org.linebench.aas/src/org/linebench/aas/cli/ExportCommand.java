package org.linebench.aas.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.linebench.aas.AasExport;
import org.linebench.aas.CertificationFindings;
import org.linebench.aas.SafetyFinding;
import org.linebench.aml.AmlExport;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;

/**
 * {@code linebench export <file|folder>... --format aml|aasx|aas-json|aas-xml --output FILE}: the
 * line files (with the catalogues they import from next to them) as one AutomationML document or
 * as Asset Administration Shells; for shells, the certification findings of the plants' rule
 * packs go into the safety submodels ({@code --rules} as for validate). Files with errors are not
 * exported (exit code 2, the errors on stderr).
 */
public class ExportCommand implements Command {
  private static final String AML = "aml"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--format").option("--output").option("--rules").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (args.positionals().isEmpty()) {
      throw new UsageException(Messages.Export_noPaths);
    }
    String formatName = args.required("--format"); //$NON-NLS-1$
    Optional<AasExport.Format> aas = AasExport.Format.named(formatName);
    if (!formatName.equals(AML) && aas.isEmpty()) {
      throw new UsageException(NLS.bind(Messages.Export_badFormat, formatName));
    }
    Path target = context.resolve(args.required("--output")); //$NON-NLS-1$
    List<Path> given = args.positionals().stream().map(context::resolve).toList();
    LineModels.Result loaded = load(context, given);
    List<LineIssue> errors = loaded.issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      for (LineIssue i : errors) {
        context.err().println(i.format(Messages.Export_error));
      }
      throw new CommandException(NLS.bind(Messages.Export_errors, errors.size()));
    }
    try {
      if (aas.isEmpty()) {
        AmlExport.Result r = AmlExport.export(loaded.files(), target);
        r.warnings().forEach(w -> context.err().println(NLS.bind(Messages.Export_notLinked, w)));
        context.out().println(NLS.bind(Messages.Export_amlDone, r.files(), display(context, target)));
      } else {
        List<SafetyFinding> findings = args.value("--rules").orElse("").equals("none") ? List.of() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            : findings(loaded, args.value("--rules"), context); //$NON-NLS-1$
        AasExport.Result r = AasExport.export(loaded.files(), findings, aas.get(), target);
        context.out().println(NLS.bind(Messages.Export_aasDone, new Object[] {r.shells(), r.submodels(), findings.size(), display(context, target)}));
      }
    } catch (IOException e) {
      throw new CommandException(LineFiles.selfExplaining(e) ? e.getMessage() : NLS.bind(Messages.Export_cannotWrite, target, InputFiles.reason(e)));
    }
    return ExitCode.OK;
  }

  private static List<SafetyFinding> findings(LineModels.Result loaded, Optional<String> selection, CommandContext context) throws UsageException {
    try {
      return CertificationFindings.of(loaded, selection, context.locale());
    } catch (IllegalArgumentException e) {
      throw new UsageException(NLS.bind(Messages.Export_unknownPack, e.getMessage()));
    }
  }

  private static LineModels.Result load(CommandContext context, List<Path> given) throws CommandException {
    try {
      List<Path> files = LineModels.collect(given);
      if (files.isEmpty()) {
        throw new CommandException(NLS.bind(Messages.Export_noFiles, given));
      }
      List<Path> all = new ArrayList<>(files);
      all.addAll(LineImports.missing(files, given));
      context.progress(NLS.bind(Messages.Export_loading, all.size()));
      return LineModels.load(all);
    } catch (NoSuchFileException e) {
      throw new CommandException(NLS.bind(Messages.Export_noSuchPath, e.getFile()));
    } catch (IOException e) {
      // a FIFO, a device, an encoding: the message names the file; otherwise the reason (permission, ...)
      throw new CommandException(LineFiles.selfExplaining(e) ? e.getMessage() : NLS.bind(Messages.Export_cannotRead, given, InputFiles.reason(e)));
    }
  }

  private static Path display(CommandContext context, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(context.workingDirectory()) ? context.workingDirectory().relativize(abs) : abs;
  }

  @Override
  public String usage() {
    return Messages.Export_usage;
  }
}
