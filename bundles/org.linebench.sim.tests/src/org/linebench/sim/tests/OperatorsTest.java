package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.model.line.Line;
import org.linebench.sim.Simulation;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.line.LineSimulations;
import org.linebench.sim.model.SimModel;

/**
 * A crew shared by manned stations: two stations of 30 s and 40 s in a row, each needing one
 * operator. With one operator they take turns, one piece every 70 s; with two, the slower station
 * sets the pace, one every 40 s.
 */
class OperatorsTest {
  private static final String LINE = """
      namespace t
      plant P {
      	country CN
      	line L {
      		crew %d
      		source In
      		station A manual-workstation {
      			cycle-time 30 s
      			operators 1
      		}
      		buffer Q capacity 2
      		station B manual-workstation {
      			cycle-time 40 s
      			operators 1
      		}
      		sink Out
      		flow In -> A
      		flow A -> Q
      		flow Q -> B
      		flow B -> Out
      	}
      }
      """;

  private static SimulationResult run(Path dir, int crew) throws Exception {
    Path file = Lines.write(dir, "crew" + crew + ".line", LINE.formatted(crew));
    Line line = Lines.load(List.of(file), "L");
    SimModel model = LineSimulations.compile(line, s -> { });
    assertEquals(crew, model.crew());
    assertEquals(1, model.node(model.indexOf("A").orElseThrow()).station().operators());
    return Simulation.run(model, new Simulation.Options(7 * Simulation.DAY, Simulation.DAY, 2, 1, false), Simulation.Monitor.NONE);
  }

  @Test
  void oneOperatorServesTheStationsInTurn(@TempDir Path dir) throws Exception {
    SimulationResult r = run(dir, 1);
    assertEquals(3600.0 / 70, r.throughput().mean(), 0.01, "one piece every 30 s + 40 s");
    assertEquals(1.0, r.crewBusy().mean(), 1e-3, "the operator never rests");
    SimulationResult.StationResult a = r.station("A").orElseThrow();
    assertEquals(40.0 / 70, a.operatorWait().mean(), 1e-3, "A waits while B has the operator");
    assertEquals(a.state(State.STARVED).mean(), a.operatorWait().mean(), 1e-3, "waiting for an operator counts as starved");
  }

  @Test
  void twoOperatorsLetTheSlowerStationSetThePace(@TempDir Path dir) throws Exception {
    SimulationResult r = run(dir, 2);
    assertEquals(3600.0 / 40, r.throughput().mean(), 0.01);
    assertEquals(70.0 / 40 / 2, r.crewBusy().mean(), 1e-3, "busy 70 s of every 80 operator-seconds");
    assertEquals(0, r.station("A").orElseThrow().operatorWait().mean(), 1e-9);
  }
}
