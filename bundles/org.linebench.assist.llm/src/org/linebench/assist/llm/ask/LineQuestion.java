package org.linebench.assist.llm.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Finding;
import org.linebench.rules.report.Report;

/**
 * The line a question is asked about: its files loaded (with the catalogues they import from
 * beside them), its plants, and the findings of the structural checks and the packs, as
 * {@code linebench validate} has them.
 *
 * @param files the line files named (imported ones excluded)
 * @param plants the plants of those files
 * @param findings structural issues and the packs' findings, in file and line order
 * @param packs the packs that ran
 */
public record LineQuestion(List<Path> files, List<PlantModel> plants, List<Finding> findings, List<RulePack> packs) {

  /**
   * Loads the line files below the paths and checks them.
   *
   * @param anyJurisdiction whether the packs check plants that name no country (packs chosen by the user)
   * @throws IOException when a path does not exist or cannot be read
   */
  public static LineQuestion load(List<Path> paths, List<RulePack> packs, Locale locale, boolean anyJurisdiction) throws IOException {
    List<Path> files = LineModels.collect(paths);
    List<Path> imported;
    try {
      imported = LineImports.missing(files, paths);
    } catch (IOException | UncheckedIOException e) {
      imported = List.of();
    }
    List<Path> all = new ArrayList<>(files);
    all.addAll(imported);
    LineModels.Result loaded = LineModels.load(all);
    List<Path> context = imported;
    List<LineIssue> issues = loaded.issues().stream().filter(i -> !context.contains(i.file())).toList();
    List<PlantModel> plants = PlantModel.of(loaded.files().entrySet().stream().filter(e -> !context.contains(e.getKey()))
        .map(java.util.Map.Entry::getValue).toList());
    RuleEngine.Outcome outcome;
    try (RuleEngine engine = new RuleEngine()) {
      outcome = engine.run(packs, plants, locale, anyJurisdiction);
    }
    return new LineQuestion(files, plants, Report.merge(Report.structural(issues), outcome.findings()), packs);
  }

  /** The index over the packs' rules, the plants' elements and the findings. */
  public AskIndex index(Locale locale) {
    return AskIndex.of(packs, plants, findings, locale);
  }
}
