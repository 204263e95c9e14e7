package org.linebench.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.rules.ui.internal.FindingResolutions;
import org.linebench.rules.ui.internal.Messages;
import org.linebench.testing.Projects;
import org.linebench.testing.Sources;

/**
 * The quick assist on a certification finding (#19): Explain, and the fixes that pass the assistant's
 * check; a fix applied to the file removes the finding at the next build.
 */
class QuickAssistTest {
  static final String CURTAIN = "cn.gb-t19876.light-curtain-distance";

  private static IMarker curtain(IProject p) throws Exception {
    IMarker[] markers = p.findMarkers(LineMarkers.FINDING, true, IResource.DEPTH_INFINITE);
    return Arrays.stream(markers).filter(m -> m.getAttribute(LineMarkers.RULE_ID, "").equals(CURTAIN)
        && m.getAttribute(LineMarkers.ELEMENT, "").endsWith(".LC20")).findFirst().orElse(null);
  }

  private static List<String> labels(IMarkerResolution[] r) {
    return Arrays.stream(r).map(IMarkerResolution::getLabel).toList();
  }

  @Test
  void aFindingIsExplainedAndFixedInEnglishAndChinese() throws Exception {
    IProject fresh = Projects.fresh("quick-assist");
    LineProjects.addNature(fresh, null);
    IProject p = Projects.copyOf(fresh, Sources.examples("bodyshop-noncompliant"), Sources.examples("library"));
    p.build(IncrementalProjectBuilder.FULL_BUILD, null);
    IMarker marker = curtain(p);
    assertTrue(marker != null, "the light curtain LC20 of OP20 is too close");
    assertEquals("", marker.getAttribute(LineMarkers.VARIANT, "x"), "the main message");

    Locale before = Locale.getDefault();
    IMarkerResolution[] zh;
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      zh = IDE.getMarkerHelpRegistry().getResolutions(marker);
    } finally {
      Locale.setDefault(before);
    }
    // the fix labels come from the assistant in the builder's language (the workbench's)
    assertTrue(labels(zh).stream().anyMatch(l -> l.endsWith("\u5c06 LC20 \u7684 distance \u8bbe\u4e3a 664 mm")), labels(zh).toString());

    IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
    List<String> labels = labels(resolutions);
    assertEquals(Messages.Assist_explain, labels.get(0), labels.toString());
    // S = 1600·(0.32 + 0.015) + 8·(30 − 14) = 664 mm (DeviceDistanceTest)
    String fix = Messages.Assist_fix.replace("{0}", "set distance of LC20 to 664 mm");
    assertTrue(labels.contains(fix), labels.toString());
    String explanation = ((FindingResolutions.Explain) resolutions[0]).text();
    assertTrue(explanation.contains("GB/T 19876-2012") && explanation.contains("LC20"), explanation);

    IFile file = p.getFile("bodyshop-noncompliant/bodyshop-bad.line");
    Arrays.stream(resolutions).filter(r -> r.getLabel().equals(fix)).findFirst().orElseThrow().run(marker);
    String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(text.contains("light-curtain LC20 \"\u4e0a\u4ef6\u5149\u5e55\" protects Z20 detection 30 mm response 15 ms distance 664 mm"), text);
    p.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
    assertEquals(null, curtain(p), "the finding is gone after the fix");
    assertFalse(Arrays.stream(p.findMarkers(LineMarkers.FINDING, true, IResource.DEPTH_INFINITE))
        .anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("LC20") && m.getAttribute(LineMarkers.RULE_ID, "").equals(CURTAIN)));
  }
}
