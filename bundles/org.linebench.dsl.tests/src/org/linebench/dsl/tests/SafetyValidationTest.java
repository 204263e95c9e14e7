package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.dsl.validation.safety.SafetyIssueCodes;
import org.linebench.model.line.Plant;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Station;


/**
 * What the certification rules read beyond a line's structure (editions chosen, the parameters of
 * safety functions, ...): its syntax, and each of its issue codes on a line that differs from a clean
 * one in one place.
 */
class SafetyValidationTest extends LineIssuesTest {

  static final String CLEAN = """
      namespace t
      plant P {
      	country DE
      	edition "EN ISO 10218-2:2011"
      	ciio
      	line L {
      		takt 60 s
      		source In
      		station A robot-cell {
      			cycle-time 50 s
      			stopping-time 300 ms
      			robot R
      			zone Z height 1400 mm
      			guard G protects Z height 2000 mm distance 900 mm ground-clearance 50 mm
      			interlocked-door D protects Z response 20 ms distance 1400 mm opening 10 mm
      			light-curtain C protects Z detection 30 mm response 15 ms distance 700 mm top 1800 mm
      			light-curtain M protects Z beams 300 mm, 600 mm, 900 mm, 1200 mm response 10 ms distance 1300 mm
      			pressure-mat P protects Z response 30 ms distance 1500 mm step 200 mm
      			two-hand-control T protects Z response 20 ms distance 500 mm shielded
      			safety-function SF risk S2 F1 P2 achieved PLd category 3 mttfd 62 years dc-avg 95 % ccf 80 devices G
      		}
      		sink Out
      		flow In -> A
      		flow A -> Out
      		emergency-stop E category 0 covers A.Z
      	}
      	data D class important stored-in CN
      	data-flow F D to "Headquarters" in DE cleared-by security-assessment "CAC-2025-0042" on "2025-03-01"
      }
      """;

  private static String change(String from, String to) {
    return change(CLEAN, from, to);
  }

  @Test
  void theCleanLineHasNoIssuesAndReadsAsWritten() throws Exception {
    assertEquals(List.of(), issues(CLEAN));
    Plant p = (Plant) parser.parse(CLEAN).getElements().get(0);
    assertEquals(List.of("EN ISO 10218-2:2011"), p.getEditions());
    assertTrue(p.isCriticalInfrastructure());
    Station a = p.getLines().get(0).getStations().get(0);
    SafetyFunction sf = a.getSafetyFunctions().get(0);
    assertEquals(62.0, sf.getMttfd());
    assertEquals(95.0, sf.getDcAvg());
    assertEquals(80, sf.getCcf());
    assertEquals(4, ((org.linebench.model.line.LightCurtain) a.getDevices().get(3)).getBeams().size());
    assertEquals(1400.0, a.getZones().get(0).getHeight().getValue());
    assertTrue(((org.linebench.model.line.TwoHandControl) a.getDevices().get(5)).isShielded());
    assertEquals(200.0, ((org.linebench.model.line.PressureMat) a.getDevices().get(4)).getStep().getValue());
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("category 3 mttfd", "category 5 mttfd", SafetyIssueCodes.SAFETY_CATEGORY,
            "safety function 'SF' has category '5'; ISO 13849-1 knows B, 1, 2, 3 and 4"),
        Arguments.of("mttfd 62 years", "mttfd 0 years", SafetyIssueCodes.VALUE_RANGE,
            "the MTTFd (years) of 'SF' is 0; it must be more than 0 and at most 2500"),
        Arguments.of("mttfd 62 years", "mttfd 2500.5 years", SafetyIssueCodes.VALUE_RANGE,
            "the MTTFd (years) of 'SF' is 2500.5; it must be more than 0 and at most 2500"),
        Arguments.of("dc-avg 95 %", "dc-avg 100.1 %", SafetyIssueCodes.VALUE_RANGE,
            "the DCavg (%) of 'SF' is 100.1; it must lie between 0 and 100"),
        Arguments.of("ccf 80", "ccf 101", SafetyIssueCodes.VALUE_RANGE,
            "the CCF score (points) of 'SF' is 101; it must lie between 0 and 100"),
        Arguments.of("beams 300 mm, 600 mm, 900 mm", "beams 300 mm, 900 mm, 600 mm", SafetyIssueCodes.BEAM_HEIGHTS,
            "the beams of 'M' are given from the lowest up: 600 mm comes after 900 mm"),
        Arguments.of("top 1800 mm", "top 1800 ms", org.linebench.dsl.validation.IssueCodes.INCOMPATIBLE_UNIT,
            "'ms' is not a unit of length; top needs one (e.g. mm)"),
        Arguments.of("ground-clearance 50 mm", "ground-clearance 50 s", org.linebench.dsl.validation.IssueCodes.INCOMPATIBLE_UNIT,
            "'s' is not a unit of length; ground-clearance needs one (e.g. mm)"),
        Arguments.of("on \"2025-03-01\"", "on \"2025-02-30\"", SafetyIssueCodes.CLEARANCE,
            "the date of the clearance is '2025-02-30'; write it as YYYY-MM-DD (2025-03-01)"),
        Arguments.of("\"CAC-2025-0042\"", "\" \"", SafetyIssueCodes.CLEARANCE,
            "the clearance has no reference: give the number of the assessment, contract or certificate"));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @MethodSource("errors")
  void eachIssueOnALineThatDiffersInOnePlace(String from, String to, String code, String message) throws Exception {
    List<Issue> found = issues(change(from, to));
    assertEquals(1, found.size(), found.toString());
    assertEquals(code, found.get(0).getCode());
    assertEquals(Severity.ERROR, found.get(0).getSeverity());
    assertEquals(message, found.get(0).getMessage());
  }

  @Test
  void aDeviceWithBeamsAndADetectionCapabilityIsWarnedAbout() throws Exception {
    List<Issue> found = issues(change("light-curtain M protects Z beams", "light-curtain M protects Z detection 14 mm beams"));
    assertEquals(1, found.size(), found.toString());
    assertEquals(SafetyIssueCodes.BEAMS_AND_DETECTION, found.get(0).getCode());
    assertEquals(Severity.WARNING, found.get(0).getSeverity());
  }

  @Test
  void theBoundsThemselvesAreAllowed() throws Exception {
    assertEquals(List.of(), issues(change("mttfd 62 years dc-avg 95 % ccf 80", "mttfd 2500 years dc-avg 100 % ccf 100")));
    assertEquals(List.of(), issues(change("mttfd 62 years dc-avg 95 % ccf 80", "mttfd 0.1 years dc-avg 0 % ccf 0")));
    assertEquals(List.of(), issues(change("category 3 mttfd", "category B mttfd")));
  }
}
