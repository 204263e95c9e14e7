package org.linebench.aas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;

/**
 * The certification findings for the safety submodels: the installed rule packs run as
 * {@code linebench validate} runs them (each plant with the packs of its country, or the packs
 * named).
 */
public final class CertificationFindings {
  private CertificationFindings() {}

  /**
   * @param selection pack ids ({@code cn,eu}); empty: every installed pack, each on the plants of its countries
   * @throws IllegalArgumentException naming a pack that is not installed
   */
  public static List<SafetyFinding> of(LineModels.Result loaded, Optional<String> selection, Locale locale) {
    RulePacks installed = RulePacks.fromPlatform();
    List<RulePack> packs = new ArrayList<>();
    if (selection.isPresent()) {
      for (String id : RulePacks.parseSelection(selection.get())) {
        packs.add(installed.find(id).orElseThrow(() -> new IllegalArgumentException(id)));
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
