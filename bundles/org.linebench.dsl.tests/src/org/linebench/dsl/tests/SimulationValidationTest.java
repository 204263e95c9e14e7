package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.dsl.validation.simulation.SimulationIssueCodes;
import org.linebench.model.line.DistributionKind;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Station;
import org.linebench.model.line.Weekday;


/** What a simulation reads from a line: its syntax, and each of its issue codes on a line that differs from a clean one in one place. */
class SimulationValidationTest extends LineIssuesTest {

  static final String CLEAN = """
      namespace t
      plant P {
      	country CN
      	calendar Two {
      		shift Early 06:00 to 14:00 break 10:00 for 30 min
      		shift Late 14:00 to 22:00 break 18:00 for 30 min
      		days Mon, Tue, Wed, Thu, Fri
      		planned-stop Service Fri 20:00 for 2 h
      	}
      	line L {
      		takt 60 s
      		shifts Two
      		crew 2
      		variant Small share 60 % lot 10
      		variant Large share 40 %
      		source In every 50 s exponential
      		station A assembly {
      			cycle-time 50 s triangular 45 s to 58 s
      			mtbf 40 h weibull shape 1.5
      			mttr 20 min lognormal sd 5 min
      			setup-time 4 min
      		}
      		station B inspection {
      			cycle-time 30 s lognormal sd 3 s
      		}
      		station R manual-workstation {
      			cycle-time 50 s exponential
      			operators 1
      		}
      		buffer Q capacity 4
      		sink Out
      		flow In -> A
      		flow A -> Q
      		flow Q -> B
      		flow B -> Out
      		flow B -> R probability 5 %
      		flow R -> B rework
      	}
      }
      """;

  private static String change(String from, String to) {
    return change(CLEAN, from, to);
  }

  @Test
  void theCleanLineHasNoIssuesAndReadsAsWritten() throws Exception {
    assertEquals(List.of(), issues(CLEAN));
    LineFile file = parser.parse(CLEAN);
    Plant plant = (Plant) file.getElements().get(0);
    Line line = plant.getLines().get(0);
    assertEquals("Two", line.getCalendar().getName());
    assertEquals("14:00", plant.getCalendars().get(0).getShifts().get(0).getEnd());
    assertEquals("10:00", plant.getCalendars().get(0).getShifts().get(0).getBreaks().get(0).getStart());
    assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY),
        plant.getCalendars().get(0).getDays());
    assertEquals(Weekday.FRIDAY, plant.getCalendars().get(0).getStops().get(0).getDay());
    assertEquals(10, line.getVariants().get(0).getLot());
    assertEquals(2, line.getCrew());
    assertEquals(DistributionKind.EXPONENTIAL, line.getSources().get(0).getInterarrivalVariation().getKind());
    Station a = line.getStations().get(0);
    assertEquals(DistributionKind.TRIANGULAR, a.getCycleVariation().getKind());
    assertEquals(58, a.getCycleVariation().getHigh().getValue(), 0);
    assertEquals(1.5, a.getMtbfVariation().getShape(), 0);
    assertEquals("min", a.getMttrVariation().getSd().getUnit());
    assertEquals(5, line.getFlows().get(4).getProbability().getValue(), 0);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(SimulationIssueCodes.DISTRIBUTION, Severity.ERROR, change("45 s to 58 s", "51 s to 58 s")),
        Arguments.of(SimulationIssueCodes.DISTRIBUTION, Severity.ERROR, change("sd 3 s", "sd 0 s")),
        Arguments.of(SimulationIssueCodes.DISTRIBUTION, Severity.ERROR, change("shape 1.5", "shape 0")),
        Arguments.of(SimulationIssueCodes.DISTRIBUTION_KIND, Severity.ERROR, change("mtbf 40 h weibull shape 1.5", "mtbf 40 h lognormal sd 2 h")),
        Arguments.of(SimulationIssueCodes.FLOW_PROBABILITY, Severity.ERROR, change("probability 5 %", "probability 105 %")),
        Arguments.of(SimulationIssueCodes.FLOW_PROBABILITY, Severity.ERROR,
            change("flow B -> Out", "flow B -> Out probability 96 %")),
        Arguments.of(SimulationIssueCodes.FLOW_PROBABILITY, Severity.WARNING, change("flow B -> Out", "flow B -> Out probability 95 %")
            .replace("flow B -> R probability 5 %", "flow B -> R probability 5 %\n flow B -> Q")),
        Arguments.of(SimulationIssueCodes.FLOW_PROBABILITY, Severity.WARNING, change("flow A -> Q", "flow A -> Q probability 50 %")),
        Arguments.of(SimulationIssueCodes.SHIFT_TIME, Severity.ERROR, change("06:00 to 14:00", "06:00 to 25:00")),
        Arguments.of(SimulationIssueCodes.SHIFT_TIME, Severity.ERROR, change("06:00 to 14:00", "06:00 to 06:00")),
        Arguments.of(SimulationIssueCodes.SHIFT_TIME, Severity.ERROR, change("break 10:00 for 30 min", "break 13:50 for 30 min")),
        Arguments.of(SimulationIssueCodes.SHIFT_TIME, Severity.ERROR, change("Fri 20:00", "Fri 20:75")),
        Arguments.of(SimulationIssueCodes.SHIFT_OVERLAP, Severity.ERROR, change("Late 14:00 to 22:00", "Late 13:00 to 22:00")),
        Arguments.of(SimulationIssueCodes.CALENDAR_EMPTY, Severity.ERROR, change("\tcalendar Two {", "\tcalendar None { }\n\tcalendar Two {")),
        Arguments.of(SimulationIssueCodes.VARIANT_SHARE, Severity.ERROR, change("share 40 %", "share 30 %")),
        Arguments.of(SimulationIssueCodes.VARIANT_SHARE, Severity.ERROR, change("lot 10", "lot 0")),
        Arguments.of(SimulationIssueCodes.SETUP_UNUSED, Severity.WARNING,
            change("\t\tvariant Small share 60 % lot 10\n\t\tvariant Large share 40 %\n", "")),
        Arguments.of(SimulationIssueCodes.CREW, Severity.ERROR, change("crew 2", "crew 0")),
        Arguments.of(SimulationIssueCodes.CREW, Severity.ERROR, change("operators 1", "operators 3")),
        Arguments.of(SimulationIssueCodes.MTBF_WITHOUT_MTTR, Severity.WARNING, change("\t\t\tmttr 20 min lognormal sd 5 min\n", "")),
        Arguments.of(IssueCodes.INCOMPATIBLE_UNIT, Severity.ERROR, change("setup-time 4 min", "setup-time 4 mm")),
        Arguments.of(IssueCodes.INCOMPATIBLE_UNIT, Severity.ERROR, change("probability 5 %", "probability 5 s")),
        Arguments.of(IssueCodes.INCOMPATIBLE_UNIT, Severity.ERROR, change("sd 5 min", "sd 5 kg")),
        Arguments.of(IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, change("shifts Two", "shifts Three")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachIssueCodeIsReportedWhereItApplies(String code, Severity severity, String text) throws Exception {
    List<Issue> all = issues(text);
    assertTrue(all.stream().anyMatch(i -> code.equals(i.getCode()) && i.getSeverity() == severity), () -> code + " not reported; got " + all);
  }

  @Test
  void theMessagesSayWhatIsWrong() throws Exception {
    assertEquals("a triangular variation needs low <= value <= high; here 51 s to 58 s around 50 s",
        message(change("45 s to 58 s", "51 s to 58 s"), SimulationIssueCodes.DISTRIBUTION));
    assertEquals("shifts 'Early' and 'Late' overlap on Mon",
        message(change("Late 14:00 to 22:00", "Late 13:00 to 22:00"), SimulationIssueCodes.SHIFT_OVERLAP));
    assertEquals("the flows out of 'B' share 101 %, more than 100 %",
        message(change("flow B -> Out", "flow B -> Out probability 96 %"), SimulationIssueCodes.FLOW_PROBABILITY));
    assertEquals("'s' is a unit of time, but the probability needs a unit of share (e.g. %)",
        message(change("probability 5 %", "probability 5 s"), IssueCodes.INCOMPATIBLE_UNIT));
  }

  private String message(String text, String code) throws Exception {
    return issues(text).stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow().getMessage();
  }

  @Test
  void everySimulationIssueCodeHasACase() throws Exception {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (java.lang.reflect.Field f : SimulationIssueCodes.class.getFields()) {
      codes.add((String) f.get(null));
    }
    java.util.Set<String> tested = new java.util.TreeSet<>();
    cases().forEach(a -> tested.add((String) a.get()[0]));
    tested.addAll(List.of(SimulationIssueCodes.DATA_FILE, SimulationIssueCodes.FAILURE_DATA, SimulationIssueCodes.FAILURE_MODEL,
        SimulationIssueCodes.FAILURE_REPAIR)); // org.linebench.sim.tests' SimulationFilesTest (checks that read files)
    tested.retainAll(codes);
    assertEquals(codes, tested, "a new issue code needs a case here");
  }
}
