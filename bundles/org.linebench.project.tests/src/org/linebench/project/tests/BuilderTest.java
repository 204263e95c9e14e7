package org.linebench.project.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.project.BuildReport;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.project.internal.ProjectState;
import org.linebench.project.internal.ProjectStates;

/** The LineBench project builder: what a build checks, the markers it writes, and cancelling it. */
class BuilderTest {

  @BeforeAll
  static void setUp() throws Exception {
    Fixtures.manualBuilds();
  }

  /** The generated plant's files: plant.line and L000.line ... L019.line. */
  private static List<String> syntheticFiles(int lines) {
    List<String> names = new ArrayList<>(IntStream.range(0, lines).mapToObj(l -> String.format("L%03d.line", l)).toList());
    names.add("plant.line");
    names.sort(null);
    return names;
  }

  @Test
  void theNatureInstallsTheBuilderAndAFullBuildChecksEveryLineFile() throws Exception {
    IProject p = Fixtures.create("plain", false);
    LineProjects.addNature(p, null);
    assertTrue(LineProjects.isLineProject(p));
    assertEquals(List.of(LineProjects.BUILDER), Arrays.stream(p.getDescription().getBuildSpec()).map(ICommand::getBuilderName).toList());

    IProject s = Fixtures.synthetic("full", 100, 5);
    BuildReport r = Fixtures.full(s);
    assertTrue(r.full());
    assertEquals(syntheticFiles(20), Fixtures.names(r.rebuilt()));
    assertEquals(0, r.problems(), () -> Fixtures.describe(Fixtures.markers(s, LineMarkers.PROBLEM)));
    // the generated machining stations' guards are too low for their distance (GB/T 23821), and so on
    assertTrue(r.findings() > 0);
    assertEquals(r.findings(), Fixtures.markers(s, LineMarkers.FINDING).length);
  }

  @Test
  void anEditChecksTheFileAndTheFilesThatDependOnIt() throws Exception {
    IProject p = Fixtures.synthetic("incremental", 100, 5);
    Fixtures.full(p);

    // a value inside a station: nothing else reads it; the file and its plant are loaded, not the
    // plant's other lines (whose sensors the plant's data sets name)
    Fixtures.edit(p.getFile("L007.line"), "cycle-time ", "cycle-time 3");
    BuildReport value = Fixtures.incremental(p);
    assertEquals(List.of("L007.line"), Fixtures.names(value.rebuilt()));
    assertEquals(2, value.loaded());

    // a station renamed: the plant's data set names its sensor (L003.St0.T)
    Fixtures.edit(p.getFile("L003.line"), "station St0 ", "station St0x ");
    BuildReport renamed = Fixtures.incremental(p);
    assertEquals(List.of("L003.line", "plant.line"), Fixtures.names(renamed.rebuilt()));
    IMarker[] plantProblems = p.getFile("plant.line").findMarkers(LineMarkers.PROBLEM, false, 0);
    assertEquals(1, plantProblems.length, () -> Fixtures.describe(plantProblems));
    assertTrue(plantProblems[0].getAttribute(IMarker.MESSAGE, "").contains("L003.St0.T"), plantProblems[0].getAttribute(IMarker.MESSAGE, ""));

    // the plant's content: every line reads its plant (country, packs)
    Fixtures.edit(p.getFile("plant.line"), "site \"", "site \"New ");
    assertEquals(syntheticFiles(20), Fixtures.names(Fixtures.incremental(p).rebuilt()));

    // a file removed: the plant named its sensor
    p.getFile("L010.line").delete(true, null);
    BuildReport removed = Fixtures.incremental(p);
    assertEquals(List.of("L010.line"), Fixtures.names(removed.removed()));
    assertEquals(List.of("plant.line"), Fixtures.names(removed.rebuilt()));

    // nothing changed: nothing to do
    assertNull(Fixtures.incremental(p));
  }

  @Test
  void aCatalogueTypeChangeChecksTheStationsOfThatType() throws Exception {
    IProject p = Fixtures.example("catalogue", "bodyshop");
    assertEquals(List.of("bodyshop.line", "catalogue.line", "hinges.line"), Fixtures.names(Fixtures.full(p).rebuilt()));
    IFile catalogue = p.getFile("library/catalogue.line");
    Fixtures.edit(catalogue, "kind robot-cell cycle-time 52 s", "kind robot-cell cycle-time 53 s");
    assertEquals(List.of("bodyshop.line", "catalogue.line"), Fixtures.names(Fixtures.incremental(p).rebuilt()));
    // the file that holds the plant: the line of the plant in a file of its own (hinges.line) is checked again
    Fixtures.edit(p.getFile("bodyshop/bodyshop.line"), "cycle-time 55 s", "cycle-time 54 s");
    assertEquals(List.of("bodyshop.line", "hinges.line"), Fixtures.names(Fixtures.incremental(p).rebuilt()));
  }

  @Test
  void structuralProblemsAndCertificationFindingsBecomeMarkersOnTheirLines() throws Exception {
    IProject p = Fixtures.example("markers", "bodyshop-noncompliant", "bodyshop"); // the model card the noncompliant line names
    BuildReport full = Fixtures.full(p);
    assertEquals(List.of("bodyshop-bad.line", "bodyshop.line", "catalogue.line", "hinges-bad.line", "hinges.line"), Fixtures.names(full.rebuilt()));
    assertEquals(0, full.problems(), () -> Fixtures.describe(Fixtures.markers(p, LineMarkers.PROBLEM)));
    IFile bad = p.getFile("bodyshop-noncompliant/bodyshop-bad.line");
    IMarker curtain = finding(bad, "cn.gb-t19876.light-curtain-distance");
    List<String> badLines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(bad.getLocationURI()), java.nio.charset.StandardCharsets.UTF_8);
    int curtainLine = java.util.stream.IntStream.range(0, badLines.size()).filter(i -> badLines.get(i).contains("light-curtain LC20")).findFirst()
        .orElseThrow() + 1;
    assertEquals(curtainLine, curtain.getAttribute(IMarker.LINE_NUMBER, -1));
    assertEquals(IMarker.SEVERITY_ERROR, curtain.getAttribute(IMarker.SEVERITY, -1));
    assertTrue(curtain.getAttribute(LineMarkers.CITATION, "").contains("GB/T 19876-2012"), curtain.getAttribute(LineMarkers.CITATION, ""));
    assertTrue(curtain.getAttribute(LineMarkers.EVIDENCE, "").contains("S = 664 mm *"), curtain.getAttribute(LineMarkers.EVIDENCE, ""));
    assertTrue(curtain.isSubtypeOf(IMarker.PROBLEM));

    // a unit misspelt: a structural marker with its code and data for the quick fix
    Fixtures.edit(bad, "cycle-time 55 s", "cycle-time 55 sec");
    BuildReport edited = Fixtures.incremental(p);
    assertEquals(List.of("bodyshop-bad.line", "hinges-bad.line"), Fixtures.names(edited.rebuilt()), "the plant's file, and its line in another file");
    IMarker[] problems = bad.findMarkers(LineMarkers.PROBLEM, false, 0);
    assertEquals(1, problems.length, () -> Fixtures.describe(problems));
    assertEquals("line.unknown-unit", problems[0].getAttribute(LineMarkers.CODE, ""));
    assertEquals(badLines.indexOf("\t\t\tcycle-time 55 s") + 1, problems[0].getAttribute(IMarker.LINE_NUMBER, -1));
    assertEquals(IMarker.SEVERITY_ERROR, problems[0].getAttribute(IMarker.SEVERITY, -1));
    assertTrue(curtain.exists() || finding(bad, "cn.gb-t19876.light-curtain-distance") != null, "the findings are marked again");

    // moved far enough: the finding goes
    Fixtures.edit(bad, "response 15 ms distance 400 mm", "response 15 ms distance 700 mm");
    Fixtures.incremental(p);
    assertTrue(Arrays.stream(bad.findMarkers(LineMarkers.FINDING, false, 0))
        .noneMatch(m -> m.getAttribute(LineMarkers.RULE_ID, "").equals("cn.gb-t19876.light-curtain-distance")));
  }

  private static IMarker finding(IFile file, String rule) throws Exception {
    IMarker[] all = file.findMarkers(LineMarkers.FINDING, false, 0);
    return Arrays.stream(all).filter(m -> m.getAttribute(LineMarkers.RULE_ID, "").equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError(Fixtures.describe(all)));
  }

  @Test
  void aCancelledBuildPublishesNothingAndLeavesItsFilesToTheNextBuild() throws Exception {
    IProject p = Fixtures.synthetic("cancel", 100, 5);
    BuildReport full = Fixtures.full(p);
    ProjectState state = ProjectStates.get(p);
    long generation = state.generation();
    List<IFile> changed = List.of(p.getFile("L001.line"), p.getFile("L002.line"), p.getFile("L003.line"));
    for (IFile f : changed) {
      Fixtures.edit(f, "cycle-time ", "cycle-time 4");
    }
    // cancelled in the middle: after the builder asked a few times
    NullProgressMonitor cancelling = new NullProgressMonitor() {
      private int asked;

      @Override
      public boolean isCanceled() {
        return ++asked > 3;
      }
    };
    assertThrows(OperationCanceledException.class, () -> state.build(changed, List.of(), false, cancelling));
    assertSame(full, LineProjects.lastBuild(p), "nothing published");
    assertEquals(generation, state.generation());
    // the next build, told of no change, still checks them
    BuildReport next = state.build(List.of(), List.of(), false, new NullProgressMonitor());
    assertEquals(List.of("L001.line", "L002.line", "L003.line"), Fixtures.names(next.rebuilt()));
    assertEquals(generation + 1, state.generation());
    // and then they are done
    assertNull(state.build(List.of(), List.of(), false, new NullProgressMonitor()));
  }
}
