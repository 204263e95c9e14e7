package org.linebench.rules.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linebench.dsl.api.LineIssue;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;

/**
 * Everything a validation run found, ready to be written in one of the {@link ReportFormat}s:
 * the structural issues of the line language and the rule packs' findings, the packs that ran
 * (their rules make the catalogue), the language and the folder paths are shown relative to; for
 * the technical file also the plants checked and the line files read (their hashes go on its cover);
 * the risk assessment register of those plants ({@link #register()}); and the saved results of
 * simulations the technical file reports on ({@code validate --simulation F}), which a section
 * contributed by the simulation reads (this bundle knows them as files only).
 */
public record Report(List<Finding> findings, List<RulePack> packs, int files, int plants, Locale locale, Path baseDirectory,
    List<PlantModel> models, List<Path> inputs, List<Path> simulations) {
  /** The pack id of the line language's own structural checks. */
  public static final String STRUCTURE = "line"; //$NON-NLS-1$

  public Report {
    findings = List.copyOf(findings);
    packs = List.copyOf(packs);
    models = List.copyOf(models);
    inputs = List.copyOf(inputs);
    simulations = List.copyOf(simulations);
  }

  /** A report of plants and files without simulation results. */
  public Report(List<Finding> findings, List<RulePack> packs, int files, int plants, Locale locale, Path baseDirectory,
      List<PlantModel> models, List<Path> inputs) {
    this(findings, packs, files, plants, locale, baseDirectory, models, inputs, List.of());
  }

  /** A report without the plants and files (the formats that list findings only need neither). */
  public Report(List<Finding> findings, List<RulePack> packs, int files, int plants, Locale locale, Path baseDirectory) {
    this(findings, packs, files, plants, locale, baseDirectory, List.of(), List.of());
  }

  /** The risk assessment register of the plants checked: their lines' hazards; empty when no plant was checked. */
  public List<RegisterEntry> register() {
    return plants == 0 ? List.of() : RegisterEntry.of(models);
  }

  /** Turns the line language's issues into findings of the pseudo-pack {@value #STRUCTURE}. */
  public static List<Finding> structural(List<LineIssue> issues) {
    List<Finding> out = new ArrayList<>();
    for (LineIssue i : issues) {
      Severity s = switch (i.severity()) {
        case ERROR -> Severity.ERROR;
        case WARNING -> Severity.WARNING;
        case INFO -> Severity.INFO;
      };
      out.add(new Finding(i.code() == null ? STRUCTURE : i.code(), STRUCTURE, s, "", i.file(), i.line(), i.column(), "", //$NON-NLS-1$ //$NON-NLS-2$
          i.message(), List.of(), "", false)); //$NON-NLS-1$
    }
    return out;
  }

  /** Structural issues and rule findings together, in file and line order. */
  public static List<Finding> merge(List<Finding> structural, List<Finding> rules) {
    List<Finding> all = new ArrayList<>(structural);
    all.addAll(rules);
    all.sort(RuleEngine.ORDER);
    return all;
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** The file as shown to the user: relative to the base folder when below it, with forward slashes. */
  public String display(Path file) {
    if (file == null) {
      return ""; //$NON-NLS-1$
    }
    Path abs = file.toAbsolutePath().normalize();
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  /** Findings by citation's standard designation ("" for structural issues), counted per severity. */
  public Map<String, long[]> byStandard() {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      String key = standardOf(f);
      out.computeIfAbsent(key, k -> new long[Severity.values().length])[f.severity().ordinal()]++;
    }
    return out;
  }

  /** The designation of the standard a finding cites, or a label for structural and internal findings. */
  public String standardOf(Finding f) {
    Texts t = Texts.of(locale);
    if (f.packId().equals(STRUCTURE)) {
      return t.get("report.structural"); //$NON-NLS-1$
    }
    if (f.internalError()) {
      return t.get("report.internal"); //$NON-NLS-1$
    }
    for (RulePack p : packs) {
      for (var d : p.rules()) {
        if (d.id().equals(f.ruleId())) {
          return d.designation(locale);
        }
      }
    }
    return f.packId();
  }
}
