package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.dsl.ide.LineIdeSetup;
import org.linebench.dsl.ide.contentassist.LineContentAssist;

import com.google.inject.Injector;

/** Content assist as the editor asks for it: keywords, references and units at a caret. */
class ContentAssistTest {
  private static Injector injector;

  @BeforeAll
  static void setUp() {
    injector = new LineIdeSetup().createInjectorAndDoEMFRegistration();
  }

  /** The proposals where {@code |} stands in {@code text}. */
  private static List<String> proposalsAt(String textWithCaret) throws Exception {
    int caret = textWithCaret.indexOf('|');
    String text = textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1);
    XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
    XtextResource r = (XtextResource) rs.createResource(URI.createURI("dummy:/assist.line"));
    r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    return injector.getInstance(LineContentAssist.class).proposals(r, text, caret).stream()
        .map(ContentAssistEntry::getProposal).toList();
  }

  @Test
  void unitsAreProposedAfterANumber() throws Exception {
    List<String> p = proposalsAt(ValidationTest.CLEAN.replace("cycle-time 50 s", "cycle-time 50 |"));
    assertTrue(p.containsAll(List.of("s", "min", "ms", "h")), p::toString);
    List<String> m = proposalsAt(ValidationTest.CLEAN.replace("cycle-time 50 s", "cycle-time 50 m|"));
    assertTrue(m.containsAll(List.of("min", "ms", "m", "mm")) && !m.contains("s"), "filtered by the prefix: " + m);
  }

  @Test
  void flowTargetsAreTheNodesOfTheLine() throws Exception {
    List<String> p = proposalsAt(ValidationTest.CLEAN.replace("flow A -> Q", "flow A -> |"));
    assertTrue(p.containsAll(List.of("In", "A", "B", "Q", "Out")), p::toString);
  }

  @Test
  void keywordsOfAStationAreProposedInsideIt() throws Exception {
    List<String> p = proposalsAt(ValidationTest.CLEAN.replace("\t\t\tcycle-time 40 s", "\t\t\tcycle-time 40 s\n\t\t\t|"));
    assertTrue(p.containsAll(List.of("robot", "zone", "guard", "sensor", "stopping-time")), p::toString);
  }

  @Test
  void variationsShiftsAndModelsAreProposed() throws Exception {
    String sim = SimulationValidationTest.CLEAN;
    List<String> variation = proposalsAt(sim.replace("cycle-time 30 s lognormal sd 3 s", "cycle-time 30 s |"));
    assertTrue(variation.containsAll(List.of("triangular", "lognormal", "normal", "exponential", "weibull", "empirical")), variation::toString);
    List<String> calendars = proposalsAt(sim.replace("shifts Two", "shifts |"));
    assertTrue(calendars.contains("Two"), calendars::toString);
    List<String> days = proposalsAt(sim.replace("days Mon, Tue", "days Mon, |Tue"));
    assertTrue(days.containsAll(List.of("Tue", "Sat", "Sun")), days::toString);
    List<String> station = proposalsAt(sim.replace("\t\t\tsetup-time 4 min", "\t\t\tsetup-time 4 min\n\t\t\t|"));
    assertTrue(station.containsAll(List.of("failures", "setup-time", "mtbf")), station::toString);
    List<String> units = proposalsAt(sim.replace("probability 5 %", "probability 5 |"));
    assertTrue(units.contains("%"), units::toString);
  }
}
