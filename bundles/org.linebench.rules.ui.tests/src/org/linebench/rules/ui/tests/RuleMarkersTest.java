package org.linebench.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.linebench.project.BuildReport;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.rules.ui.internal.RuleView;
import org.linebench.testing.Projects;
import org.linebench.testing.Sources;
import org.linebench.testing.ui.Workbenches;

/** Certification findings as problem markers in the workbench, and the Rule view that explains one. */
class RuleMarkersTest {

  /** A project holding a copy of an example and the catalogue; with the LineBench nature, or without (as other tools make them). */
  private static IProject example(String project, String example, boolean nature) throws Exception {
    IProject p = Projects.fresh(project);
    if (nature) {
      LineProjects.addNature(p, null);
    }
    return Projects.copyOf(p, Sources.examples(example), Sources.examples("library"));
  }

  private static IMarker[] markers(IResource r) {
    try {
      return r.findMarkers(LineMarkers.FINDING, true, IResource.DEPTH_INFINITE);
    } catch (org.eclipse.core.runtime.CoreException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void findingsBecomeMarkersOnTheirLinesAndTheRuleViewExplainsThem() throws Exception {
    IProject bad = example("rules-bad", "bodyshop-noncompliant", true);
    bad.build(IncrementalProjectBuilder.FULL_BUILD, null);
    BuildReport built = LineProjects.lastBuild(bad);
    assertTrue(built.full());
    long lineFiles;
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(Sources.examples("bodyshop-noncompliant"))) {
      lineFiles = files.filter(f -> f.toString().endsWith(".line")).count();
    }
    assertEquals(lineFiles + 1, built.rebuilt().size(), "the noncompliant lines and the catalogue they import: " + built.rebuilt());
    assertTrue(built.findings() > 0);
    IMarker[] markers = markers(bad);
    assertEquals(built.findings(), markers.length);
    IFile file = bad.getFile("bodyshop-noncompliant/bodyshop-bad.line");
    IMarker curtain = Arrays.stream(markers).filter(m -> m.getAttribute(LineMarkers.RULE_ID, "").equals("cn.gb-t19876.light-curtain-distance"))
        .findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(markers)));
    assertEquals(file, curtain.getResource());
    assertTrue(curtain.getAttribute(IMarker.LINE_NUMBER, -1) > 0);
    assertEquals(IMarker.SEVERITY_ERROR, curtain.getAttribute(IMarker.SEVERITY, -1));
    assertTrue(curtain.getAttribute(IMarker.MESSAGE, "").contains("19876"), curtain.getAttribute(IMarker.MESSAGE, ""));
    assertTrue(curtain.isSubtypeOf(IMarker.PROBLEM), "shown in the Problems view and colouring the line view");

    RuleView view = (RuleView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView("org.linebench.rules.ui.rule");
    view.show(curtain);
    String text = view.text();
    assertTrue(text.contains("664 mm"), "the computed safety distance is in the evidence: " + text);
    assertTrue(text.contains("K·T + C"), "the formula: " + text);
    assertTrue(text.contains("cn.gb-t19876.light-curtain-distance"), text);

    // the clean example has none; made without the nature (by another tool), it becomes a LineBench
    // project when the workbench sees its line files, and is built
    IProject good = example("rules-good", "bodyshop", false);
    Workbenches.waitFor(() -> LineProjects.isLineProject(good) && LineProjects.lastBuild(good) != null, 60_000);
    assertTrue(LineProjects.isLineProject(good), "the nature is added to a project with line files");
    assertEquals(0, LineProjects.lastBuild(good).findings());
    assertEquals(0, markers(good).length);

    // saving a file checks its project again: a light curtain moved too close gives a finding
    IFile line = good.getFile("bodyshop/bodyshop.line");
    String text0 = new String(line.getContents().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(text0.contains("detection 30 mm response 15 ms distance 700 mm"));
    line.setContents(new ByteArrayInputStream(text0.replace("distance 700 mm", "distance 300 mm").getBytes(StandardCharsets.UTF_8)), true, false,
        null);
    Workbenches.waitFor(() -> markers(good).length > 0, 60_000);
    assertTrue(Arrays.stream(markers(good)).anyMatch(m -> m.getAttribute(LineMarkers.RULE_ID, "").equals("cn.gb-t19876.light-curtain-distance")),
        () -> Arrays.toString(markers(good)));
  }

  @Test
  void findingsComeInTheWorkbenchsLanguageAsTheStructuralProblemsDo() throws Exception {
    java.util.Locale before = java.util.Locale.getDefault();
    IProject bad = example("rules-zh", "bodyshop-noncompliant", true);
    try {
      java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE); // what --lang zh (the platform's -nl zh) sets at start
      bad.build(IncrementalProjectBuilder.FULL_BUILD, null);
      IMarker curtain = Arrays.stream(markers(bad)).filter(m -> m.getAttribute(LineMarkers.RULE_ID, "").equals("cn.gb-t19876.light-curtain-distance"))
          .findFirst().orElseThrow();
      assertTrue(curtain.getAttribute(IMarker.MESSAGE, "").startsWith("光幕 LC20"), curtain.getAttribute(IMarker.MESSAGE, ""));
      assertTrue(curtain.getAttribute(IMarker.MESSAGE, "").contains("GB/T 19876-2012 第 6.2, 6.5 条"), curtain.getAttribute(IMarker.MESSAGE, ""));
    } finally {
      java.util.Locale.setDefault(before);
    }
    bad.build(IncrementalProjectBuilder.FULL_BUILD, null);
    assertTrue(Arrays.stream(markers(bad)).noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(" 条")), "back in English");
  }
}
