package org.linebench.rules.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.linebench.core.Preferences;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;

/**
 * Certification findings as problem markers: the rule packs run over a project's saved line files
 * (each plant checked by the packs of its country, or those chosen in the preferences), and every
 * finding becomes a marker on its file and line, with the standard and clause, in the language of
 * the structural markers.
 */
public final class RuleMarkers {
  public static final String MARKER = "org.linebench.rules.ui.finding"; //$NON-NLS-1$
  public static final String RULE_ID = "ruleId"; //$NON-NLS-1$
  public static final String PACK_ID = "packId"; //$NON-NLS-1$
  public static final String CITATION = "citation"; //$NON-NLS-1$
  public static final String EVIDENCE = "evidence"; //$NON-NLS-1$
  public static final String FORMULA = "formula"; //$NON-NLS-1$

  private RuleMarkers() {}

  /**
   * The language of the findings: the workbench's ({@code linebench --lang zh workbench}, or the
   * system's), the one the structural problem markers are in.
   */
  static Locale language() {
    return Locale.getDefault();
  }

  /** The packs the preferences choose (all installed packs, each for its countries, when none are chosen). */
  static List<RulePack> packs() {
    RulePacks all = RulePacks.fromPlatform();
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

  /** The project's line files, as absolute paths. */
  public static List<Path> lineFiles(IProject project) throws CoreException {
    return new ArrayList<>(lineFilesByPath(project).keySet());
  }

  private static Map<Path, IFile> lineFilesByPath(IProject project) throws CoreException {
    Map<Path, IFile> byPath = new java.util.LinkedHashMap<>();
    project.accept(r -> {
      if (r instanceof IFile f && "line".equals(f.getFileExtension()) && f.getLocation() != null) { //$NON-NLS-1$
        byPath.put(f.getLocation().toFile().toPath().toAbsolutePath().normalize(), f);
      }
      return true;
    });
    return byPath;
  }

  /** Runs the rule packs over the project's line files and replaces its finding markers; returns the findings. */
  public static List<Finding> update(IProject project) throws CoreException {
    Map<Path, IFile> byPath = lineFilesByPath(project);
    List<Path> files = new ArrayList<>(byPath.keySet());
    List<Finding> findings = List.of();
    if (!files.isEmpty()) {
      try (RuleEngine engine = new RuleEngine()) {
        LineModels.Result loaded = LineModels.load(files);
        findings = engine.run(packs(), PlantModel.of(loaded.files().values()), language(), false).findings();
      } catch (IOException e) {
        findings = List.of(); // an unreadable file: its own markers say so
      }
    }
    List<Finding> result = findings;
    IWorkspaceRunnable write = monitor -> {
      project.deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
      for (Finding f : result) {
        IFile file = f.file() == null ? null : byPath.get(f.file().toAbsolutePath().normalize());
        if (file == null && f.file() != null) {
          file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(f.file().toString()));
        }
        IResource on = file != null && file.exists() ? file : project;
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, f.message() + " (" + f.citation() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        attributes.put(IMarker.SEVERITY, severity(f.severity()));
        if (f.line() > 0) {
          attributes.put(IMarker.LINE_NUMBER, f.line());
        }
        attributes.put(RULE_ID, f.ruleId());
        attributes.put(PACK_ID, f.packId());
        attributes.put(CITATION, f.citation());
        attributes.put(EVIDENCE, evidence(f.evidence()));
        attributes.put(FORMULA, f.formula() == null ? "" : f.formula()); //$NON-NLS-1$
        attributes.put(IMarker.SOURCE_ID, f.packId());
        on.createMarker(MARKER, attributes);
      }
    };
    ResourcesPlugin.getWorkspace().run(write, project, IResource.NONE, null);
    return result;
  }

  static String evidence(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.name() + " = " + e.value() + (e.unit() == null || e.unit().isEmpty() ? "" : " " + e.unit()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        + (e.computed() ? " *" : "")).collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static int severity(Severity s) {
    return switch (s) {
      case ERROR -> IMarker.SEVERITY_ERROR;
      case WARNING -> IMarker.SEVERITY_WARNING;
      default -> IMarker.SEVERITY_INFO;
    };
  }
}
