package org.linebench.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.linebench.rules.api.Finding;
import org.linebench.rules.ui.internal.RuleMarkers;
import org.linebench.rules.ui.internal.RuleView;
import org.linebench.testing.Projects;
import org.linebench.testing.Sources;
import org.linebench.testing.ui.Workbenches;

/** Certification findings as problem markers in the workbench, and the Rule view that explains one. */
class RuleMarkersTest {

  private static IProject example(String project, String example) throws Exception {
    return Projects.copyOf(project, Sources.examples(example), Sources.examples("library"));
  }

  private static IMarker[] markers(IResource r) {
    try {
      return r.findMarkers(RuleMarkers.MARKER, true, IResource.DEPTH_INFINITE);
    } catch (org.eclipse.core.runtime.CoreException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void findingsBecomeMarkersOnTheirLinesAndTheRuleViewExplainsThem() throws Exception {
    IProject bad = example("rules-bad", "bodyshop-noncompliant");
    List<Finding> findings = RuleMarkers.update(bad);
    assertFalse(findings.isEmpty());
    IMarker[] markers = markers(bad);
    assertEquals(findings.size(), markers.length);
    IFile file = bad.getFile("bodyshop-noncompliant/bodyshop-bad.line");
    IMarker curtain = Arrays.stream(markers).filter(m -> m.getAttribute(RuleMarkers.RULE_ID, "").equals("cn.gb-t19876.light-curtain-distance"))
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

    // the clean example has none
    IProject good = example("rules-good", "bodyshop");
    assertEquals(List.of(), RuleMarkers.update(good));
    assertEquals(0, markers(good).length);

    // saving a file checks its project again: a light curtain moved too close gives a finding
    IFile line = good.getFile("bodyshop/bodyshop.line");
    String text0 = new String(line.getContents().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(text0.contains("detection 30 mm response 15 ms distance 700 mm"));
    line.setContents(new ByteArrayInputStream(text0.replace("distance 700 mm", "distance 300 mm").getBytes(StandardCharsets.UTF_8)), true, false,
        null);
    Workbenches.waitFor(() -> markers(good).length > 0, 60_000);
    assertTrue(Arrays.stream(markers(good)).anyMatch(m -> m.getAttribute(RuleMarkers.RULE_ID, "").equals("cn.gb-t19876.light-curtain-distance")),
        () -> Arrays.toString(markers(good)));
  }

  @Test
  void findingsComeInTheWorkbenchsLanguageAsTheStructuralProblemsDo() throws Exception {
    java.util.Locale before = java.util.Locale.getDefault();
    IProject bad = example("rules-zh", "bodyshop-noncompliant");
    // the check the new files start in the background runs first, in English
    Workbenches.waitFor(() -> org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle(), 20_000);
    try {
      java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE); // what --lang zh (the platform's -nl zh) sets at start
      RuleMarkers.update(bad);
      IMarker curtain = Arrays.stream(markers(bad)).filter(m -> m.getAttribute(RuleMarkers.RULE_ID, "").equals("cn.gb-t19876.light-curtain-distance"))
          .findFirst().orElseThrow();
      assertTrue(curtain.getAttribute(IMarker.MESSAGE, "").startsWith("光幕 LC20"), curtain.getAttribute(IMarker.MESSAGE, ""));
      assertTrue(curtain.getAttribute(IMarker.MESSAGE, "").contains("GB/T 19876-2012 第 6.2 条"), curtain.getAttribute(IMarker.MESSAGE, ""));
    } finally {
      java.util.Locale.setDefault(before);
    }
    RuleMarkers.update(bad);
    assertTrue(Arrays.stream(markers(bad)).noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(" 条")), "back in English");
  }
}
