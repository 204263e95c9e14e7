package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Line;
import org.linebench.sim.Simulation;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.line.LineSimulations;
import org.linebench.sim.line.SimulationException;
import org.linebench.sim.model.SimModel;

/**
 * Downtime from the attached maintenance model: OP20 of the body shop stops when its TipWear model,
 * scoring OP20's readings cycle by cycle, predicts that the tips are due for dressing. Readings of
 * fresh tips and of worn tips give the model other probabilities, and the line other downtime.
 */
class PredictedFailuresTest {
  private static final double FOUR_WEEKS = 4 * 7 * Simulation.DAY;

  /** Readings named after OP20's sensors: temperature T21 and tip wear W21. */
  private static void readings(Path shop, double wearFrom, double wearTo) throws Exception {
    StringBuilder b = new StringBuilder("Cycle,T21 [°C],W21 [min]\n");
    for (int i = 0; i < 200; i++) {
      b.append(i + 1).append(',').append(185 + i % 20).append(',').append(wearFrom + (wearTo - wearFrom) * i / 199).append('\n');
    }
    Files.writeString(shop.resolve("data/op20-readings.csv"), b, StandardCharsets.UTF_8);
  }

  private static SimModel compile(Path shop, List<String> notes) throws Exception {
    Line line = Lines.load(List.of(shop.resolve("bodyshop.line"), shop.resolveSibling("library/catalogue.line")), "BodyInWhite");
    return LineSimulations.compile(line, notes::add);
  }

  private static SimModel.PredictedStops stops(SimModel m) {
    return m.node(m.indexOf("OP20").orElseThrow()).station().stops();
  }

  private static SimulationResult run(SimModel m) throws Exception {
    return Simulation.run(m, new Simulation.Options(FOUR_WEEKS, Simulation.DAY, 4, 1, false), Simulation.Monitor.NONE);
  }

  @Test
  void worseReadingsMeanMoreDowntime(@TempDir Path dir) throws Exception {
    Path shop = Lines.copyBodyshop(dir);
    readings(shop, 10, 120);
    SimModel fresh = compile(shop, new ArrayList<>());
    readings(shop, 195, 230);
    SimModel worn = compile(shop, new ArrayList<>());
    double pFresh = stops(fresh).meanProbability();
    double pWorn = stops(worn).meanProbability();
    assertTrue(pFresh < 0.1, "fresh tips: the model sees little risk: " + pFresh);
    assertTrue(pWorn > 0.9, "worn tips: the model predicts dressing: " + pWorn);

    SimulationResult a = run(fresh);
    SimulationResult b = run(worn);
    double downFresh = a.station("OP20").orElseThrow().state(State.FAILED).mean();
    double downWorn = b.station("OP20").orElseThrow().state(State.FAILED).mean();
    assertTrue(downWorn > 5 * downFresh, "downtime follows the predicted probability: " + downFresh + " -> " + downWorn);
    assertTrue(b.throughput().high() < a.throughput().low(), "and so does throughput: " + a.throughput() + " -> " + b.throughput());
    for (SimulationResult r : List.of(a, b)) {
      SimulationResult.StationResult op20 = r.station("OP20").orElseThrow();
      double cycles = op20.throughput().mean() * (FOUR_WEEKS - Simulation.DAY) / 3600;
      assertEquals(op20.meanStopProbability() * cycles, op20.stops(), 0.1 * op20.meanStopProbability() * cycles,
          "a Bernoulli draw per cycle with the row's probability");
      // 80 s mean repair per stop, in a share of the wall-clock time
      assertEquals(op20.stops() * 80 / (FOUR_WEEKS - Simulation.DAY), op20.state(State.FAILED).mean(),
          0.1 * op20.state(State.FAILED).mean(), "the stops' repairs are the failed time");
    }
  }

  @Test
  void withoutReadingsTheModelScoresItsTrainingData(@TempDir Path dir) throws Exception {
    Path shop = Lines.copyBodyshop(dir);
    Path file = shop.resolve("bodyshop.line");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(" readings \"data/op20-readings.csv\"", ""),
        StandardCharsets.UTF_8);
    List<String> notes = new ArrayList<>();
    SimModel m = compile(shop, notes);
    assertEquals(400, stops(m).probabilities().length, "the 400 rows of tip-wear.csv, found by the name its card records");
    assertTrue(notes.stream().noneMatch(n -> n.contains("SHA-256")), "the data is the training data: " + notes);
  }

  @Test
  void missingReadingsAreAnErrorNamingTheStationAndFile(@TempDir Path dir) throws Exception {
    Path shop = Lines.copyBodyshop(dir);
    Files.delete(shop.resolve("data/op20-readings.csv"));
    List<Path> files = List.of(shop.resolve("bodyshop.line"), shop.resolveSibling("library/catalogue.line"));
    LineModels.Result r = LineModels.load(files);
    LineIssue issue = r.issues().stream().filter(i -> "line.failure-data".equals(i.code())).findFirst()
        .orElseThrow(() -> new AssertionError(r.issues().toString()));
    assertEquals(LineIssue.Severity.ERROR, issue.severity());
    assertTrue(issue.message().contains("data/op20-readings.csv"), issue.message());
    assertEquals(lineOf(shop, "failures predicted-by"), issue.line());
    Line line = LineSimulations.lines(List.copyOf(r.files().values())).stream().filter(l -> l.getName().equals("BodyInWhite"))
        .findFirst().orElseThrow();
    SimulationException e = assertThrows(SimulationException.class, () -> LineSimulations.compile(line, s -> { }));
    assertTrue(e.getMessage().contains("OP20") && e.getMessage().contains("data/op20-readings.csv"), e.getMessage());
    assertEquals(lineOf(shop, "failures predicted-by"), e.line());
  }

  @Test
  void aModelWhoseDataIsMissingIsAnErrorNamingTheModel(@TempDir Path dir) throws Exception {
    Path shop = Lines.copyBodyshop(dir);
    Path file = shop.resolve("bodyshop.line");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(" readings \"data/op20-readings.csv\"", ""),
        StandardCharsets.UTF_8);
    Files.delete(shop.resolve("data/tip-wear.csv"));
    LineModels.Result r = LineModels.load(List.of(file, shop.resolveSibling("library/catalogue.line")));
    LineIssue issue = r.issues().stream().filter(i -> "line.failure-data".equals(i.code())).findFirst()
        .orElseThrow(() -> new AssertionError(r.issues().toString()));
    assertTrue(issue.message().contains("TipWear") && issue.message().contains("tip-wear.csv"), issue.message());
    Line line = LineSimulations.lines(List.copyOf(r.files().values())).stream().filter(l -> l.getName().equals("BodyInWhite"))
        .findFirst().orElseThrow();
    SimulationException e = assertThrows(SimulationException.class, () -> LineSimulations.compile(line, s -> { }));
    assertTrue(e.getMessage().contains("TipWear") && e.getMessage().contains("OP20") && e.getMessage().contains("tip-wear.csv"),
        e.getMessage());
  }

  private static int lineOf(Path shop, String text) throws Exception {
    List<String> lines = Files.readAllLines(shop.resolve("bodyshop.line"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }
}
