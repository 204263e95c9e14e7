package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.LinePackage;


/** Every structural issue code, each on a small line that differs from a clean one in one place. */
class ValidationTest extends LineIssuesTest {

  static final String CLEAN = """
      namespace t
      plant P {
      	country CN
      	line L {
      		takt 60 s
      		source In
      		station A robot-cell {
      			cycle-time 50 s
      			stopping-time 300 ms
      			robot R payload 10 kg
      			zone Z
      			guard G protects Z height 2000 mm distance 900 mm opening 40 mm
      			sensor T measures temperature unit K rate 10 Hz
      		}
      		station B manual-workstation {
      			cycle-time 40 s
      			operators 1
      		}
      		buffer Q capacity 4
      		sink Out
      		flow In -> A
      		flow A -> Q
      		flow Q -> B
      		flow B -> Out
      		emergency-stop E category 0 covers A.Z
      	}
      }
      equipment-type Gun kind machine power 10 kW
      """;

  private static String change(String from, String to) {
    return change(CLEAN, from, to);
  }

  @Test
  void theCleanLineHasNoIssues() throws Exception {
    assertEquals(List.of(), issues(CLEAN));
  }

  static Stream<Arguments> cases() {
    LinePackage l = LinePackage.eINSTANCE;
    return Stream.of(
        Arguments.of(IssueCodes.UNKNOWN_UNIT, Severity.ERROR, l.getQuantity(), change("cycle-time 50 s", "cycle-time 50 sec")),
        Arguments.of(IssueCodes.MISSING_UNIT, Severity.ERROR, l.getQuantity(), change("cycle-time 50 s", "cycle-time 50")),
        Arguments.of(IssueCodes.INCOMPATIBLE_UNIT, Severity.ERROR, l.getQuantity(), change("cycle-time 50 s", "cycle-time 50 mm")),
        Arguments.of(IssueCodes.INCOMPATIBLE_UNIT, Severity.ERROR, l.getSensor(), change("unit K rate", "unit mm rate")),
        Arguments.of(IssueCodes.NEGATIVE_VALUE, Severity.ERROR, l.getQuantity(), change("opening 40 mm", "opening -4 mm")),
        Arguments.of(IssueCodes.DUPLICATE_NAME, Severity.ERROR, l.getBuffer(), change("buffer Q capacity 4", "buffer A capacity 4")),
        Arguments.of(IssueCodes.DUPLICATE_NAME, Severity.ERROR, l.getHazardZone(), change("zone Z", "zone Z\n zone Z")),
        Arguments.of(IssueCodes.NO_SOURCE, Severity.ERROR, l.getLine(), change("source In", "").replace("flow In -> A", "")),
        Arguments.of(IssueCodes.NO_SINK, Severity.ERROR, l.getLine(), change("sink Out", "").replace("flow B -> Out", "")),
        Arguments.of(IssueCodes.UNREACHABLE, Severity.ERROR, l.getFlowNode(), change("flow Q -> B", "flow Q -> Out")),
        Arguments.of(IssueCodes.DEAD_END, Severity.ERROR, l.getFlowNode(), change("flow B -> Out", "")),
        Arguments.of(IssueCodes.FLOW_CYCLE, Severity.ERROR, l.getFlow(), change("flow B -> Out", "flow B -> Out\n flow B -> A")),
        Arguments.of(IssueCodes.SELF_FLOW, Severity.ERROR, l.getFlow(), change("flow B -> Out", "flow B -> Out\n flow B -> B")),
        Arguments.of(IssueCodes.REWORK_NOT_A_LOOP, Severity.WARNING, l.getFlow(),
            change("flow B -> Out", "flow B -> Out\n flow In -> B rework")),
        Arguments.of(IssueCodes.FLOW_OUT_OF_LINE, Severity.ERROR, l.getFlow(),
            change("flow B -> Out", "flow B -> Out\n flow L2.X -> B").replace("\t}\n}", "\t}\n line L2 { takt 1 min source X }\n}")),
        Arguments.of(IssueCodes.CYCLE_TIME_EXCEEDS_TAKT, Severity.ERROR, l.getStation(), change("cycle-time 50 s", "cycle-time 1.5 min")),
        Arguments.of(IssueCodes.MISSING_TAKT, Severity.WARNING, l.getLine(), change("takt 60 s", "")),
        Arguments.of(IssueCodes.BUFFER_CAPACITY, Severity.ERROR, l.getBuffer(), change("capacity 4", "capacity 0")),
        Arguments.of(IssueCodes.MISSING_CYCLE_TIME, Severity.ERROR, l.getStation(), change("cycle-time 40 s", "")),
        Arguments.of(IssueCodes.MISSING_OPERATORS, Severity.ERROR, l.getStation(), change("operators 1", "")),
        Arguments.of(IssueCodes.MISSING_ROBOT, Severity.ERROR, l.getStation(), change("robot R payload 10 kg", "")),
        Arguments.of(IssueCodes.MISSING_HAZARD_ZONE, Severity.ERROR, l.getStation(),
            change("station B manual-workstation {", "station B machining {")),
        Arguments.of(IssueCodes.MISSING_STOPPING_TIME, Severity.WARNING, l.getStation(), change("stopping-time 300 ms", "")),
        Arguments.of(IssueCodes.STOP_CATEGORY, Severity.ERROR, l.getEmergencyStop(), change("category 0", "category 3")),
        Arguments.of(IssueCodes.MISSING_JURISDICTION, Severity.ERROR, l.getPlant(), change("country CN", "")),
        Arguments.of(IssueCodes.EQUIPMENT_KIND, Severity.ERROR, l.getRobot(), change("robot R payload", "robot R : Gun payload")),
        Arguments.of(IssueCodes.LINE_WITHOUT_PLANT, Severity.ERROR, l.getLine(), CLEAN + "line Extra { takt 1 min }\n"),
        Arguments.of(IssueCodes.LINE_PLANT_REDUNDANT, Severity.WARNING, l.getLine(), change("line L {", "line L of P {")),
        Arguments.of(IssueCodes.REPEATED_PROPERTY, Severity.ERROR, l.getLine(), change("takt 60 s", "takt 60 s\n takt 50 s")),
        Arguments.of(IssueCodes.REPEATED_PROPERTY, Severity.ERROR, l.getPlant(), change("country CN", "country CN\n country DE")),
        Arguments.of(IssueCodes.REPEATED_PROPERTY, Severity.ERROR, l.getStation(),
            change("stopping-time 300 ms", "stopping-time 300 ms\n stopping-time 1 s")),
        Arguments.of(IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, l.getFlow(), change("flow Q -> B", "flow Q -> Nope")),
        Arguments.of(IssueCodes.SYNTAX, Severity.ERROR, l.getBuffer(), change("buffer Q capacity 4", "buffer Q capacity four")));
  }

  /** The issue is reported with its code and severity on an element of the expected type, and only there. */
  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void eachIssueCodeIsReportedOnTheElementItConcerns(String code, Severity severity, EClass element, String text) throws Exception {
    LineFile file = parser.parse(text);
    if (severity == Severity.ERROR) {
      validation.assertError(file, element, code);
    } else {
      validation.assertWarning(file, element, code);
    }
    List<Issue> elsewhere = validation.validate(file).stream().filter(i -> code.equals(i.getCode()))
        .filter(i -> !element.isInstance(file.eResource().getEObject(i.getUriToProblem().fragment()))).toList();
    assertEquals(List.of(), elsewhere, code + " only on " + element.getName());
  }

  @Test
  void everyIssueCodeHasACase() throws Exception {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (java.lang.reflect.Field f : IssueCodes.class.getFields()) {
      codes.add((String) f.get(null));
    }
    // the model-attachment codes are reported by org.linebench.dsl.ml, and tested there
    codes.removeIf(c -> c.startsWith("line.model-"));
    java.util.Set<String> tested = new java.util.TreeSet<>();
    cases().forEach(a -> tested.add((String) a.get()[0]));
    assertEquals(codes, tested, "a new issue code needs a case here");
  }

  @Test
  void messagesGiveTheComputedValues() throws Exception {
    Issue takt = issues(change("cycle-time 50 s", "cycle-time 1.5 min")).stream()
        .filter(i -> IssueCodes.CYCLE_TIME_EXCEEDS_TAKT.equals(i.getCode())).findFirst().orElseThrow();
    assertEquals("station 'A' needs 90 s per piece, more than the takt of line 'L' (60 s)", takt.getMessage());
    assertEquals(8, takt.getLineNumber(), "on the cycle time of A");

    Issue unit = issues(change("cycle-time 50 s", "cycle-time 50 sec")).get(0);
    assertEquals("unknown unit 'sec'; known units: ms, s, min, h", unit.getMessage());
    assertEquals(8, unit.getLineNumber());
    assertEquals(18, unit.getColumn(), "the column of the unit itself");

    Issue incompatible = issues(change("cycle-time 50 s", "cycle-time 50 mm")).get(0);
    assertEquals("'mm' is a unit of length, but the cycle time needs a unit of time (e.g. ms, s, min, h)",
        incompatible.getMessage());
  }

  @Test
  void unitsConvertBeforeComparing() throws Exception {
    assertEquals(List.of(), issues(change("takt 60 s", "takt 1 min").replace("cycle-time 50 s", "cycle-time 50000 ms")));
    assertEquals(List.of(), issues(change("takt 60 s", "takt 0.0166667 h")));
  }

  @Test
  void aDeclaredReworkLoopIsNoCycle() throws Exception {
    assertEquals(List.of(), issues(change("flow B -> Out", "flow B -> Out\n flow B -> A rework")));
  }

  @Test
  void aPropertyGivenTwiceIsAnErrorAtTheSecondOne() throws Exception {
    List<Issue> repeated = issues(change("takt 60 s", "takt 60 s\n\t\ttakt 50 s")).stream()
        .filter(i -> IssueCodes.REPEATED_PROPERTY.equals(i.getCode())).toList();
    assertEquals(1, repeated.size(), repeated.toString());
    assertEquals("'takt' is given more than once in line 'L': give it once", repeated.get(0).getMessage());
    assertEquals(6, repeated.get(0).getLineNumber(), "on the second takt");
    assertEquals("takt 50 s".length(), repeated.get(0).getLength(), "the keyword and its value");
    List<Issue> risk = issues(change("sensor T measures", "safety-function F risk S1 F1 P1 risk S2 F2 P2\n sensor T measures")).stream()
        .filter(i -> IssueCodes.REPEATED_PROPERTY.equals(i.getCode())).toList();
    assertEquals(1, risk.size(), "one error for the repeated 'risk', not one per value: " + risk);
    assertEquals(List.of(), issues(change("robot R payload 10 kg", "robot R payload 10 kg marks CE marks CCC")), "lists may be given in parts");
  }

  @Test
  void syntaxAndLinkingMessagesAreOurs() throws Exception {
    Issue link = issues(change("flow Q -> B", "flow Q -> Nope")).stream()
        .filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).findFirst().orElseThrow();
    assertEquals("no station, buffer, source or sink named 'Nope' is visible here", link.getMessage());
    Issue syntax = issues(change("buffer Q capacity 4", "buffer Q capacity four")).get(0);
    assertEquals(IssueCodes.SYNTAX, syntax.getCode());
    assertTrue(syntax.getMessage().contains("'four'"), syntax.getMessage());
  }
}
