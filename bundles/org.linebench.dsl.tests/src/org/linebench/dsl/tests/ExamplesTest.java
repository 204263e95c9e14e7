package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.dsl.api.Effective;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.Line;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Robot;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationKind;
import org.linebench.model.units.Units;
import org.linebench.testing.Sources;

/** The bundled examples parse, link across files and validate clean; their content is what it says. */
class ExamplesTest {
  private static LineModels.Result result;

  @BeforeAll
  static void load() throws Exception {
    result = LineModels.load(LineModels.collect(List.of(Sources.examples())));
  }

  private static Plant plant(String name) {
    return result.files().values().stream().flatMap(f -> f.getElements().stream()).filter(Plant.class::isInstance)
        .map(Plant.class::cast).filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void examplesValidateClean() {
    assertTrue(result.files().size() >= 3, "files: " + result.files().keySet());
    assertEquals(List.of(), result.issues());
  }

  @Test
  void theBodyShopIsARealWeldingLineInChina() {
    Plant p = plant("Changchun");
    assertEquals("CN", p.getJurisdiction());
    Line biw = p.getLines().get(0);
    assertEquals(60.0, Units.seconds(biw.getTakt()).orElseThrow());
    Station framing = biw.getStations().stream().filter(s -> s.getName().equals("OP20")).findFirst().orElseThrow();
    assertEquals(StationKind.ROBOT_CELL, Effective.kind(framing), "kind from the library's WeldCell type");
    assertEquals(55.0, Units.seconds(Effective.cycleTime(framing)).orElseThrow(), "own cycle time wins over the type's");
    Robot r21 = (Robot) framing.getEquipment().get(0);
    assertNotNull(r21.getType(), "type from the catalogue in another file");
    assertEquals("KR210", r21.getType().getName());
    assertEquals(2701.0, Units.millimetres(r21.getType().getReach()).orElseThrow());
    LightCurtain lc = framing.getDevices().stream().filter(LightCurtain.class::isInstance).map(LightCurtain.class::cast)
        .findFirst().orElseThrow();
    assertEquals(0.015, Units.seconds(lc.getResponseTime()).orElseThrow(), 1e-12);
    assertEquals("Z20", lc.getZone().getName());
    assertEquals(3, biw.getEmergencyStops().get(0).getCovers().size());
    assertTrue(biw.getFlows().stream().anyMatch(f -> f.isRework()), "the repair loop is declared as rework");
    assertEquals(2, p.getDataSets().get(0).getSensors().size());
  }

  @Test
  void theElectronicsLineHasACollaborativeCell() {
    Plant p = plant("Dresden");
    assertEquals("DE", p.getJurisdiction());
    Station screwing = p.getLines().get(0).getStations().stream().filter(s -> s.getName().equals("Screwing"))
        .findFirst().orElseThrow();
    Robot cobot = (Robot) screwing.getEquipment().get(0);
    assertTrue(cobot.isCollaborative());
    assertEquals("powerAndForceLimiting", cobot.getCollaborativeModes().get(0).getName());
    assertEquals(List.of("Printer", "SPI", "Placement", "Reflow", "AOI", "ICT", "Screwing", "Assembly", "EOL", "Pack", "AGV"),
        p.getLines().get(0).getStations().stream().map(Station::getName).toList(), "SMT, test, assembly and packing");
  }

  @Test
  void pathsAreCollectedRecursivelyAndSorted() throws Exception {
    List<Path> files = LineModels.collect(List.of(Sources.examples()));
    assertTrue(files.stream().allMatch(f -> f.toString().endsWith(".line")));
    assertEquals(files.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(), files);
  }
}
