package org.linebench.aml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.aml.internal.AmlImports;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;

/**
 * Imports an AutomationML file (CAEX 3.0, or CAEX 2.15 as AutomationML 2.0 tools write it) into
 * line files. The file is read three times, each time streaming: its class libraries, a validation
 * against the schema of its CAEX version (an invalid file is refused with its line and column),
 * then its instance hierarchies, written out as they are read.
 * What LineBench exported comes back as the same lines; what other tools wrote is mapped by its
 * role and system unit classes, and every part that maps to nothing, or had to be changed to fit,
 * is reported element by element ({@link ImportReport}). The line files are put in place only when
 * the whole import succeeded; then they are loaded and validated like any line file.
 */
public final class AmlImport {
  private AmlImport() {}

  /**
   * What an import gave.
   *
   * @param files the line files written
   * @param report what was mapped, changed or left out
   * @param issues what validating the written files found (errors, warnings)
   */
  public record Result(List<Path> files, ImportReport report, List<LineIssue> issues) {}

  /**
   * Imports {@code aml} into line files below {@code folder}.
   *
   * @param locale the language of the schema validator's messages
   * @throws AmlException when the file is not well-formed XML, has a DOCTYPE, is neither CAEX 3.0
   *           nor 2.15, or the schema of its version rejects it
   */
  public static Result run(Path aml, Path folder, Locale locale) throws AmlException, IOException {
    return run(aml, folder, locale, true);
  }

  /**
   * Imports, validating the written files or not: validation loads them all, which takes the memory
   * and time of {@code linebench validate} on them; the import itself streams.
   */
  public static Result run(Path aml, Path folder, Locale locale, boolean validate) throws AmlException, IOException {
    AmlImports.Checked checked = AmlImports.check(aml);
    CaexSchema.Version version = checked.index().version();
    List<CaexSchema.Problem> problems = CaexSchema.validate(aml, version, locale);
    if (!problems.isEmpty()) {
      CaexSchema.Problem p = problems.get(0);
      throw new AmlException(aml, p.line(), p.column(), NLS.bind(org.linebench.aml.internal.Messages.Import_invalid, new Object[] {p.message(),
          problems.size() >= 20 ? "20+" : Integer.toString(problems.size()), version.id()})); //$NON-NLS-1$
    }
    ImportReport report = new ImportReport();
    List<Path> files = AmlImports.write(checked, folder, report);
    List<LineIssue> issues = files.isEmpty() || !validate ? List.of() : LineModels.load(files).issues();
    return new Result(files, report, issues);
  }

  /** Mapped elements by kind, for a summary line. */
  public static String summary(Map<String, Integer> mapped) {
    StringBuilder b = new StringBuilder();
    mapped.forEach((k, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(k)); //$NON-NLS-1$ //$NON-NLS-2$
    return b.toString();
  }

  /** The report's entries as lines {@code file:line:column: element: message}. */
  public static List<String> lines(Path aml, ImportReport report, String changedWord) {
    return report.entries().stream().map(e -> aml + ":" + e.line() + ":" + e.column() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        + (e.type() == ImportReport.Type.CHANGED ? changedWord + ": " : "") + e.element() + ": " + e.message()).toList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
