package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.sim.Simulation;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.SimulationResult.StationResult;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.model.SimModel.Node;
import org.linebench.sim.model.SimModel.Route;
import org.linebench.sim.model.WeekCalendar;

/** The body shop example as the simulation reads it, and four weeks of it. */
class BodyshopSimulationTest {
  private static SimModel model;
  private static final List<String> NOTES = new ArrayList<>();
  private static SimulationResult result;
  /** Working hours per week: 6 days × 3 shifts × 7.5 h, less the 4 h of Saturday's planned stop. */
  private static final double WORKING_HOURS = 6 * 3 * 7.5 - 4;
  /** Four weeks from Monday 00:00, up to the end of the last shift (Sunday 06:00): no pieces wait over the last weekend. */
  private static final double HORIZON = 4 * 7 * Simulation.DAY - 18 * 3600;

  @BeforeAll
  static void simulate() throws Exception {
    model = Lines.bodyshop(NOTES);
    result = Simulation.run(model, new Simulation.Options(HORIZON, 0, 6, 1, true), Simulation.Monitor.NONE);
  }

  private static Node node(String name) {
    return model.node(model.indexOf(name).orElseThrow());
  }

  @Test
  void theLineIsReadWithItsCalendarVariantsAndRoutes() {
    assertEquals(List.of("Underbody", "OP10", "OP20", "OP30", "OP40", "OP50", "OP60", "B1", "ToPaint"),
        model.nodes().stream().map(Node::name).toList());
    WeekCalendar c = model.calendar();
    assertEquals(List.of("Early", "Late", "Night"), c.shifts());
    assertEquals(WORKING_HOURS * 3600, c.workingPerWeek(), 1e-6);
    assertEquals(2, model.variants().size());
    assertEquals(0.7, model.variants().get(0).share(), 1e-12);
    assertEquals(24, model.variants().get(0).lot());
    List<Route> inspection = node("OP50").routes();
    assertEquals(2, inspection.size());
    Route toPaint = inspection.stream().filter(r -> model.node(r.to()).name().equals("ToPaint")).findFirst().orElseThrow();
    Route toRepair = inspection.stream().filter(r -> model.node(r.to()).name().equals("OP60")).findFirst().orElseThrow();
    assertEquals(0.94, toPaint.probability(), 1e-12);
    assertEquals(0.06, toRepair.probability(), 1e-12);
    assertTrue(toRepair.defective() && !toPaint.defective(), "the route into the repair loop carries defects");
    assertTrue(node("OP60").routes().get(0).rework(), "the declared rework flow");
    assertEquals(400 * 3600, node("OP30").station().timeToFailure().mean(), 1e-6, "MTBF from the station type");
    assertEquals(1800, node("OP30").station().repair().mean(), 1e-6, "MTTR from the station type");
    assertEquals(120, node("OP40").station().setup().mean(), 1e-9);
    assertEquals(180, node("OP20").station().setup().mean(), 1e-9);
  }

  @Test
  void cycleTimesVaryAsDeclared() throws Exception {
    assertEquals((50 + 52 + 58) / 3.0, node("OP30").station().cycle().mean(), 1e-9, "triangular 50 s to 58 s around 52 s");
    assertEquals(52, node("OP30").station().nominal(), 1e-9, "the declared value is the ideal cycle");
    assertEquals(55, node("OP20").station().cycle().mean(), 1e-9, "constant without a variation");
    double sum = 0;
    int n = 0;
    for (String row : Files.readAllLines(Lines.examples().resolve("bodyshop/data/op10-cycles.csv"), StandardCharsets.UTF_8)
        .subList(1, 301)) {
      sum += Double.parseDouble(row.split(",")[1]);
      n++;
    }
    assertEquals(sum / n, node("OP10").station().cycle().mean(), 1e-9, "empirical: the observed cycle times of OP10");
  }

  @Test
  void theTipWearModelScoresEveryReadingOfOp20() throws Exception {
    SimModel.PredictedStops stops = node("OP20").station().stops();
    assertNotNull(stops);
    assertEquals("TipWear", stops.model());
    List<String> rows = Files.readAllLines(Lines.examples().resolve("bodyshop/data/op20-readings.csv"), StandardCharsets.UTF_8);
    assertEquals(rows.size() - 1, stops.probabilities().length, "one probability per row of readings");
    int worn = 0;
    for (int r = 1; r < rows.size(); r++) {
      String[] f = rows.get(r).split(",");
      double temperature = Double.parseDouble(f[1]);
      double wear = Double.parseDouble(f[2]);
      double p = stops.probabilities()[r - 1];
      if (wear > 190) {
        assertTrue(p > 0.9, "row " + r + ": worn tips (" + wear + " min) are due for dressing: " + p);
        worn++;
      } else if (wear < 150 && temperature < 215) {
        assertTrue(p < 0.1, "row " + r + ": fresh tips: " + p);
      }
    }
    assertTrue(worn > 0, "the readings reach the wear limit");
    assertTrue(NOTES.stream().anyMatch(n -> n.contains("TipWear") && n.contains("600")), NOTES::toString);
  }

  @Test
  void stateSharesAddUpAndOffShiftTimeIsTheCalendars() {
    double offShift = 1 - 4 * WORKING_HOURS * 3600 / HORIZON;
    for (StationResult s : result.stations()) {
      double total = 0;
      for (State st : State.values()) {
        total += s.state(st).mean();
      }
      assertEquals(1, total, 1e-9, s.name() + ": the six states fill the time");
      assertEquals(offShift, s.state(State.OFF_SHIFT).mean(), 1e-9, s.name());
    }
  }

  @Test
  void oeeIsReconciledWithTheStateTimes() {
    for (StationResult s : result.stations()) {
      SimulationResult.Oee o = s.oee();
      assertEquals(o.oee(), o.availability() * o.performance() * o.quality(), 1e-12, s.name());
      double planned = 1 - s.state(State.OFF_SHIFT).mean();
      double down = s.state(State.FAILED).mean() + s.state(State.SETUP).mean();
      assertEquals(1 - down / planned, o.availability(), 1e-9, s.name() + ": availability = 1 − (failed + set-up) / planned");
      assertEquals(s.state(State.WORKING).mean() / planned, s.utilisation(), 1e-9, s.name());
      // OEE × planned time = ideal cycle × good pieces
      double hours = result.options().horizon() / 3600 * planned;
      double good = s.throughput().mean() * result.options().horizon() / 3600 * o.quality();
      assertEquals(s.nominalCycle() * good / 3600, o.oee() * hours, 1e-6 * hours, s.name());
    }
    SimulationResult.Oee line = result.lineOee();
    assertEquals(line.oee(), line.availability() * line.performance() * line.quality(), 1e-12);
    assertTrue(line.oee() > 0.3 && line.oee() < 1, "line OEE " + line.oee());
  }

  @Test
  void repairLoopQualityLittlesLawAndShifts() {
    assertEquals(0.94, result.good().mean(), 0.01, "6 % of the bodies go to repair: first-pass yield");
    assertEquals(0.94, result.station("OP50").orElseThrow().oee().quality(), 0.01, "inspection's quality");
    assertEquals(1.0, result.station("OP40").orElseThrow().oee().quality(), 1e-12, "no defects leave the stud welding");
    assertTrue(result.littleGap() < 0.02, "WIP = throughput × lead time: " + result.littleGap());
    assertEquals(List.of("Early", "Late", "Night"), result.shifts().stream().map(SimulationResult.ShiftResult::name).toList());
    double early = result.shifts().get(0).pieces().mean();
    double late = result.shifts().get(1).pieces().mean();
    assertEquals(24, result.shifts().get(0).occurrences(), 1e-9, "four weeks of six early shifts");
    assertTrue(late < early, "Saturday's late shift is cut short by the planned maintenance: " + late + " < " + early);
    double hourly = result.throughput().mean();
    double pieces = hourly * HORIZON / 3600;
    assertEquals(pieces, 24 * (early + late + result.shifts().get(2).pieces().mean()), 1e-6 * pieces,
        "the shifts' pieces add up to the throughput");
  }

  @Test
  void failuresSetupsAndTheModelsStopsShowInTheStates() {
    StationResult op20 = result.station("OP20").orElseThrow();
    assertTrue(op20.state(State.SETUP).mean() > 0, "body variants change: OP20 sets up");
    assertTrue(op20.state(State.FAILED).mean() > 0.01, "the model's stops take time");
    double expectedStops = op20.meanStopProbability() * op20.throughput().mean() * result.options().horizon() / 3600;
    assertEquals(expectedStops, op20.stops(), 0.1 * expectedStops, "stops = mean probability × cycles");
    assertTrue(result.station("OP40").orElseThrow().failures() > 0, "OP40 fails now and then (MTBF 120 h)");
    assertEquals(0, result.station("OP10").orElseThrow().state(State.FAILED).mean(), 0.0, "OP10 declares no failures");
  }

  @Test
  void theBottleneckAndWhatABufferPlaceOrAShorterCycleBuys() {
    assertNotNull(result.bottleneck());
    StationResult b = result.station(result.bottleneck()).orElseThrow();
    for (StationResult s : result.stations()) {
      assertTrue(b.activePeriod() >= s.activePeriod() || Double.isNaN(s.activePeriod()), "the longest mean active period");
    }
    assertEquals(2, result.whatIfs().size(), result.whatIfs()::toString);
    SimulationResult.WhatIf shorter = result.whatIfs().stream().filter(w -> w.change() == SimulationResult.Change.SHORTER_CYCLE)
        .findFirst().orElseThrow();
    assertEquals(result.bottleneck(), shorter.station());
    assertTrue(shorter.delta().mean() > 0, "a shorter cycle at the bottleneck buys throughput: " + shorter.delta());
    assertEquals(shorter.throughput().mean() - result.throughput().mean(), shorter.delta().mean(), 1e-6, "paired differences");
  }
}
