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

/** Content assist for what the certification rules read: device kinds, their attributes and units, the risk register. */
class SafetyContentAssistTest {
  private static Injector injector;

  @BeforeAll
  static void setUp() {
    injector = new LineIdeSetup().createInjectorAndDoEMFRegistration();
  }

  private static List<String> proposalsAt(String textWithCaret) throws Exception {
    int caret = textWithCaret.indexOf('|');
    String text = textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1);
    XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
    XtextResource r = (XtextResource) rs.createResource(URI.createURI("dummy:/assist.line"));
    r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    return injector.getInstance(LineContentAssist.class).proposals(r, text, caret).stream().map(ContentAssistEntry::getProposal).toList();
  }

  private static String at(String from, String to) {
    assertTrue(SafetyValidationTest.CLEAN.contains(from), from);
    return SafetyValidationTest.CLEAN.replace(from, to);
  }

  @Test
  void everyKindOfProtectiveDeviceIsProposedInAStation() throws Exception {
    List<String> p = proposalsAt(at("\t\t\tzone Z height 1400 mm\n", "\t\t\tzone Z height 1400 mm\n\t\t\t|\n"));
    assertTrue(p.containsAll(List.of("guard", "interlocked-door", "light-curtain", "pressure-mat", "two-hand-control", "safety-function")),
        p::toString);
  }

  @Test
  void aDevicesAttributesAndTheirUnitsAreProposed() throws Exception {
    List<String> beams = proposalsAt(at("light-curtain M protects Z beams", "light-curtain M protects Z | beams"));
    assertTrue(beams.containsAll(List.of("beams", "top", "detection", "response", "distance")), beams::toString);
    List<String> door = proposalsAt(at("interlocked-door D protects Z response", "interlocked-door D protects Z | response"));
    assertTrue(door.containsAll(List.of("locking", "opening", "distance", "response")), door::toString);
    List<String> units = proposalsAt(at("top 1800 mm", "top 1800 |"));
    assertTrue(units.containsAll(List.of("mm", "m")), units::toString);
    List<String> function = proposalsAt(at("mttfd 62 years", "| mttfd 62 years"));
    assertTrue(function.containsAll(List.of("mttfd", "dc-avg", "ccf", "category")), function::toString);
  }

  @Test
  void theRiskRegistersWordsAreProposed() throws Exception {
    List<String> p = proposalsAt(at("\t\temergency-stop E category 0 covers A.Z\n",
        "\t\temergency-stop E category 0 covers A.Z\n\t\thazard H in A.Z |\n"));
    assertTrue(p.containsAll(List.of("kind", "phase", "persons", "risk", "design", "measures", "residual")), p::toString);
    List<String> kinds = proposalsAt(at("\t\temergency-stop E category 0 covers A.Z\n",
        "\t\temergency-stop E category 0 covers A.Z\n\t\thazard H in A.Z kind |\n"));
    assertTrue(kinds.containsAll(List.of("mechanical", "electrical", "thermal")), kinds::toString);
    List<String> clearance = proposalsAt(at("cleared-by security-assessment", "cleared-by |"));
    assertTrue(clearance.containsAll(List.of("security-assessment", "standard-contract", "certification")), clearance::toString);
  }
}
