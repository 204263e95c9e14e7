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
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.rules.ui.internal.FindingResolutions;
import org.linebench.testing.Projects;
import org.linebench.testing.Sources;

/**
 * Quick assist on two markers of one rule, element, variant and line: smt-bad.line's cobot CR1, of a
 * type that supports hand guiding only, declared with two modes it does not support (as in the
 * assistant's SharedKeyGateTest). Each marker is explained with its own finding, not the first of the key.
 */
class SharedKeyQuickAssistTest {
  private static final String MODES_RULE = "eu.en-iso10218-2.collaborative-modes";
  private static final String CR1 = "robot CR1 \"Cobot\" : UR10e collaborative modes speed-and-separation-monitoring";
  private static final String SSM = "speed and separation monitoring";
  private static final String SRMS = "safety-rated monitored stop";

  private static void replace(IFile file, String text) throws Exception {
    file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
  }

  private static String read(IFile file) throws Exception {
    try (var in = file.getContents()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String explanation(IMarker marker) {
    IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
    assertTrue(resolutions.length > 0 && resolutions[0] instanceof FindingResolutions.Explain, Arrays.toString(resolutions));
    return ((FindingResolutions.Explain) resolutions[0]).text();
  }

  @Test
  void twoMarkersOnOneLineAreExplainedEachWithItsOwnFinding() throws Exception {
    IProject fresh = Projects.fresh("quick-assist-shared-key");
    LineProjects.addNature(fresh, null);
    IProject p = Projects.copyOf(fresh, Sources.examples("electronics-noncompliant"), Sources.examples("library"));
    IFile catalogue = p.getFile("library/catalogue.line");
    replace(catalogue, read(catalogue)
        + "\nequipment-type UR3h \"Hand-guided cobot\" kind robot maker \"Universal Robots\" marks CE modes hand-guiding\n");
    IFile line = p.getFile("electronics-noncompliant/smt-bad.line");
    String text = read(line);
    assertTrue(text.contains(CR1), "smt-bad.line has CR1 as this test knows it");
    replace(line, text.replace(CR1, "robot CR1 \"Cobot\" : UR3h collaborative modes speed-and-separation-monitoring, safety-rated-monitored-stop"));
    p.build(IncrementalProjectBuilder.FULL_BUILD, null);

    List<IMarker> markers = Arrays.stream(p.findMarkers(LineMarkers.FINDING, true, IResource.DEPTH_INFINITE))
        .filter(m -> m.getAttribute(LineMarkers.RULE_ID, "").equals(MODES_RULE) && m.getAttribute(LineMarkers.ELEMENT, "").endsWith(".CR1")
            && m.getAttribute(LineMarkers.VARIANT, "").equals("unsupported"))
        .toList();
    assertEquals(2, markers.size(), markers.toString());
    assertEquals(markers.get(0).getAttribute(IMarker.LINE_NUMBER, 0), markers.get(1).getAttribute(IMarker.LINE_NUMBER, -1), "one line");
    IMarker ssm = byMode(markers, SSM, SRMS);
    IMarker srms = byMode(markers, SRMS, SSM);

    // the explanation's first line is the finding's: its message names its mode
    String ssmText = explanation(ssm).lines().findFirst().orElse("");
    String srmsText = explanation(srms).lines().findFirst().orElse("");
    assertTrue(ssmText.contains(SSM) && !ssmText.contains(SRMS), ssmText);
    assertTrue(srmsText.contains(SRMS) && !srmsText.contains(SSM), srmsText);
  }

  /** The marker whose message names {@code term} and not {@code other}. */
  private static IMarker byMode(List<IMarker> markers, String term, String other) {
    List<IMarker> found = markers.stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(term)).toList();
    assertEquals(1, found.size(), term + " in " + markers);
    assertFalse(found.get(0).getAttribute(IMarker.MESSAGE, "").contains(other), found.get(0).getAttribute(IMarker.MESSAGE, ""));
    return found.get(0);
  }
}
