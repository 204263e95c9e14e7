package org.linebench.project.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.linebench.core.Preferences;
import org.linebench.model.line.LineFile;
import org.linebench.rules.api.Finding;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePackRegistry;
import org.linebench.rules.RulePacks;

/**
 * The certification step of a build: the rule packs run over the plants of the files the build
 * checked, each plant with the packs of its country (or those chosen in the preferences), and only
 * what they find in those files counts. A plant whose file was not checked is still what its lines'
 * rules read (its country), but the rules about the plant itself only count when its file was
 * checked; a plant's content change checks all its lines (they read it), so that is complete.
 */
public final class Certification {
  private Certification() {}

  /**
   * The language of the findings: the workbench's ({@code linebench --lang zh workbench}, or the
   * system's), the one the structural problem markers are in.
   */
  public static Locale language() {
    return Locale.getDefault();
  }

  /** The packs the preferences choose (all installed packs, each for its countries, when none are chosen). */
  public static List<RulePack> packs() {
    RulePacks all = RulePackRegistry.packs();
    String chosen = Preferences.get(Preferences.RULE_PACKS);
    if (chosen == null || chosen.isBlank()) {
      return all.packs();
    }
    List<RulePack> packs = new ArrayList<>();
    for (String id : RulePacks.parseSelection(chosen)) {
      all.find(id).ifPresent(packs::add);
    }
    return packs.isEmpty() ? all.packs() : packs;
  }

  /**
   * Runs the packs on the plants of the checked files (loaded in {@code resourceSet}); returns the
   * findings of each checked file (every checked file has an entry), and under {@code null} those
   * that name no file.
   */
  static Map<URI, List<Finding>> check(ResourceSet resourceSet, Set<URI> checked) {
    Map<URI, List<Finding>> byFile = new LinkedHashMap<>();
    List<LineFile> models = new ArrayList<>();
    for (URI uri : checked) {
      byFile.put(uri, new ArrayList<>());
      Resource r = resourceSet.getResource(uri, false);
      if (r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof LineFile f) {
        models.add(f);
      }
    }
    List<PlantModel> plants = new ArrayList<>();
    for (PlantModel p : PlantModel.of(models)) {
      // a plant whose file was not checked: what is found in its own content would be dropped
      boolean checkedPlant = p.plant().eResource() != null && checked.contains(p.plant().eResource().getURI());
      plants.add(checkedPlant ? p : p.withoutPlantContent());
    }
    if (plants.isEmpty()) {
      return byFile;
    }
    try (RuleEngine engine = new RuleEngine()) {
      for (Finding f : engine.run(packs(), plants, language(), false).findings()) {
        URI file = uri(f.file());
        if (file == null) {
          byFile.computeIfAbsent(null, k -> new ArrayList<>()).add(f);
        } else if (byFile.containsKey(file)) {
          byFile.get(file).add(f);
        }
      }
    }
    return byFile;
  }

  private static URI uri(Path file) {
    return file == null ? null : URI.createFileURI(file.toAbsolutePath().normalize().toString());
  }
}
