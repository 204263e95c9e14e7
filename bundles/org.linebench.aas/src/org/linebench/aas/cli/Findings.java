package org.linebench.aas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.linebench.aas.SafetyFinding;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.Finding;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;

/** The certification findings for the safety submodels: the rule packs run as {@code linebench validate} runs them. */
final class Findings {
  private Findings() {}

  static List<SafetyFinding> of(LineModels.Result loaded, Optional<String> selection, Locale locale) throws UsageException {
    RulePacks installed = RulePacks.fromPlatform();
    List<RulePack> packs = new ArrayList<>();
    if (selection.isPresent()) {
      for (String id : RulePacks.parseSelection(selection.get())) {
        packs.add(installed.find(id).orElseThrow(() -> new UsageException(org.eclipse.osgi.util.NLS.bind(Messages.Export_unknownPack, id))));
      }
    } else {
      packs.addAll(installed.packs());
    }
    List<SafetyFinding> result = new ArrayList<>();
    try (RuleEngine engine = new RuleEngine()) {
      for (Finding f : engine.run(packs, PlantModel.of(loaded.files().values()), locale, selection.isPresent()).findings()) {
        result.add(new SafetyFinding(f.element(), f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT), f.citation(), f.message()));
      }
    }
    return result;
  }
}
