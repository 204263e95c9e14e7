package org.linebench.rules.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.linebench.core.AtomicFiles;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Severity;

/**
 * The technical file of a set of line files as code calls it (the workbench's "Export Technical
 * File..."): the files validated with the packs given, each on the plants of its countries, and the
 * report written atomically in a document format ({@code pdf}, {@code html}), in one language or two
 * side by side, as {@code validate --format pdf [--bilingual]} writes it.
 */
public final class TechnicalFile {
  private TechnicalFile() {}

  /** What was written: the file, the findings and the errors among them. */
  public record Written(Path file, int findings, long errors) {}

  /**
   * Validates and writes.
   *
   * @param files the line files (with the files they import)
   * @param packs the rule packs to run
   * @param locale the language, and the first one when {@code bilingual}
   * @param bilingual also the other language (Chinese and English), side by side
   * @param format a document format's name ({@code pdf}, {@code html})
   * @param output the file written (atomically: a failure leaves no half-written file)
   * @throws IllegalArgumentException for a format that is not installed, or that cannot hold two languages when asked to
   */
  public static Written write(List<Path> files, List<RulePack> packs, Locale locale, boolean bilingual, String format, Path output)
      throws IOException {
    return write(files, packs, locale, bilingual, format, output, List.of());
  }

  /**
   * Validates and writes, with saved simulation results ({@code linebench simulate --format json}),
   * which the simulation's section of the file reads.
   *
   * @throws SectionException when a simulation result cannot be used (nothing is written)
   * @see #write(List, List, Locale, boolean, String, Path)
   */
  public static Written write(List<Path> files, List<RulePack> packs, Locale locale, boolean bilingual, String format, Path output,
      List<Path> simulations) throws IOException {
    ReportFormat f = ReportFormats.named(format).orElseThrow(() -> new IllegalArgumentException("no report format " + format)); //$NON-NLS-1$
    if (bilingual && !f.bilingual()) {
      throw new IllegalArgumentException(format + " holds one language"); //$NON-NLS-1$
    }
    LineModels.Result loaded = LineModels.load(files);
    List<PlantModel> plants = PlantModel.of(loaded.files().values());
    Path base = output.toAbsolutePath().getParent();
    Report report = report(loaded, packs, plants, files, locale, base, simulations);
    byte[] bytes = bilingual ? f.bytes(report, report(loaded, packs, plants, files, other(locale), base, simulations)) : f.bytes(report);
    AtomicFiles.write(output, bytes);
    return new Written(output, report.findings().size(), report.count(Severity.ERROR));
  }

  /** The other language of the pair the technical file is written in: English for Chinese, else Chinese. */
  public static Locale other(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE; //$NON-NLS-1$
  }

  private static Report report(LineModels.Result loaded, List<RulePack> packs, List<PlantModel> plants, List<Path> files, Locale locale, Path base,
      List<Path> simulations) {
    try (RuleEngine engine = new RuleEngine()) {
      RuleEngine.Outcome o = engine.run(packs, plants, locale, false);
      return new Report(Report.merge(Report.structural(loaded.issues()), o.findings()), o.packs(), files.size(), o.plantsChecked(), locale, base,
          plants, files, simulations);
    }
  }
}
