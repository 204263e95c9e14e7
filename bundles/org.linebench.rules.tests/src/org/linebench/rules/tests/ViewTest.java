package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.LinePackage;
import org.linebench.rules.api.Location;
import org.linebench.rules.api.line.CollaborativeMode;
import org.linebench.rules.api.line.ComponentCategory;
import org.linebench.rules.api.line.DataClass;
import org.linebench.rules.api.line.Dimension;
import org.linebench.rules.api.line.EmergencyStop;
import org.linebench.rules.api.line.Equipment;
import org.linebench.rules.api.line.EquipmentKind;
import org.linebench.rules.api.line.Guard;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.ModelPurpose;
import org.linebench.rules.api.line.PerformanceLevel;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.api.line.Robot;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.SensorQuantity;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.api.line.StationKind;
import org.linebench.rules.api.line.TextKind;
import org.linebench.rules.internal.view.Views;

/**
 * The read-only view of the line that rules see, built from the body shop example: effective values
 * from catalogue types, quantities converted, references between elements, where each element is
 * written; and its enumerations word for word the metamodel's.
 */
class ViewTest {

  static Plant changchun() throws Exception {
    return Views.of(Fixtures.plants("bodyshop").stream().filter(p -> "Changchun".equals(p.plant().getName())).findFirst().orElseThrow());
  }

  static Station station(Plant p, String name) {
    return p.stations().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void stationsTakeWhatTheyLeaveOutFromTheirType() throws Exception {
    Plant p = changchun();
    Station op20 = station(p, "OP20");
    assertEquals("WeldCell", op20.type().orElseThrow().name());
    assertEquals(StationKind.ROBOT_CELL, op20.kind().orElseThrow(), "kind robot-cell from WeldCell");
    assertEquals(55.0, op20.cycleTime().orElseThrow().seconds().orElseThrow(), "its own cycle time, not the type's 52 s");
    assertEquals(0, op20.operators().orElseThrow(), "operators 0 from the type");
    assertEquals(400 * 3600.0, op20.mtbf().orElseThrow().seconds().orElseThrow(), "mtbf 400 h from the type, in seconds");
    assertEquals(320.0, op20.stoppingTime().orElseThrow().milliseconds().orElseThrow(), 1e-9);
    assertEquals(Dimension.TIME, op20.stoppingTime().orElseThrow().dimension());
    assertEquals("ms", op20.stoppingTime().orElseThrow().unit());
    assertTrue(op20.stoppingTime().orElseThrow().millimetres().isEmpty(), "a time is no length");
    assertEquals(StationKind.WELDING, station(p, "OP40").kind().orElseThrow(), "its own kind");
    assertTrue(station(p, "OP40").type().isEmpty());
  }

  @Test
  void equipmentTakesMarksCategoryAndValuesFromItsType() throws Exception {
    Station op20 = station(changchun(), "OP20");
    Equipment r21 = op20.equipment().get(0);
    assertTrue(r21 instanceof Robot);
    Robot robot = (Robot) r21;
    assertEquals("KR210", robot.type().orElseThrow().name());
    assertEquals(EquipmentKind.ROBOT, robot.type().orElseThrow().kind());
    assertEquals(Set.of("CE", "CCC"), robot.marks());
    assertEquals(210.0, robot.payload().orElseThrow().in(Dimension.MASS).orElseThrow());
    assertEquals(2701.0, robot.reach().orElseThrow().millimetres().orElseThrow());
    assertFalse(robot.collaborative());
    Equipment q20 = op20.equipment().stream().filter(e -> e.name().equals("Q20")).findFirst().orElseThrow();
    assertEquals(ComponentCategory.CIRCUIT_BREAKER, q20.category().orElseThrow(), "the component's category comes from MainBreaker");
    assertEquals("主断路器", q20.label().orElseThrow());
  }

  @Test
  void referencesLeadToTheSameElements() throws Exception {
    Plant p = changchun();
    Station op20 = station(p, "OP20");
    Guard f20 = (Guard) op20.devices().get(0);
    assertSame(op20.zones().get(0), f20.zone().orElseThrow(), "the guard protects Z20 of its station");
    assertEquals(900.0, f20.distance().orElseThrow().millimetres().orElseThrow());
    SafetyFunction sf21 = op20.safetyFunctions().get(1);
    assertEquals("S2F1P2", sf21.risk().orElseThrow().code());
    assertEquals(PerformanceLevel.D, sf21.achievedPl().orElseThrow());
    assertEquals(6.1e-8, sf21.pfhd().orElseThrow());
    assertSame(op20.devices().get(2), sf21.devices().get(0), "SF21 uses LC20");
    assertSame(op20.sensors().get(0), op20.models().get(0).bindings().get(0).sensor().orElseThrow(), "the model reads T21");
    assertEquals(ModelPurpose.MAINTENANCE, op20.models().get(0).purpose());
    assertEquals(SensorQuantity.TEMPERATURE, op20.sensors().get(0).quantity());
    Line line = p.lines().get(0);
    assertSame(p, line.plant());
    assertSame(line, op20.line());
    EmergencyStop es1 = line.emergencyStops().get(0);
    assertTrue(es1.covers().contains(op20.zones().get(0)), "ES1 covers OP20.Z20");
    assertEquals(line.sources().get(0), line.flows().get(0).from().orElseThrow());
    assertEquals(TextKind.NAME, p.texts().get(0).kind());
    assertEquals("zh", p.texts().get(0).language());
    assertEquals("CN", p.country().orElseThrow());
    assertEquals(DataClass.IMPORTANT, p.dataSets().get(0).classification());
  }

  @Test
  void everyElementKnowsWhereItIsWritten() throws Exception {
    Plant p = changchun();
    Station op20 = station(p, "OP20");
    Location l = op20.devices().get(2).location();
    assertTrue(l.file().endsWith("bodyshop.line"), l.toString());
    assertTrue(Files.readAllLines(l.file()).get(l.line() - 1).contains("light-curtain LC20"), l.toString());
    assertEquals(4, l.column());
    assertEquals("Changchun.BodyInWhite.OP20.LC20", op20.devices().get(2).qualifiedName());
    assertTrue(op20.type().orElseThrow().location().file().endsWith("catalogue.line"), "types are where the catalogue writes them");
  }

  @Test
  void theViewsWordsAreTheMetamodels() {
    check(LinePackage.Literals.STATION_KIND, StationKind.values(), StationKind::literal);
    check(LinePackage.Literals.EQUIPMENT_KIND, EquipmentKind.values(), EquipmentKind::literal);
    check(LinePackage.Literals.COLLABORATIVE_MODE, CollaborativeMode.values(), CollaborativeMode::literal);
    check(LinePackage.Literals.COMPONENT_CATEGORY, ComponentCategory.values(), ComponentCategory::literal);
    check(LinePackage.Literals.PERFORMANCE_LEVEL, PerformanceLevel.values(), PerformanceLevel::literal);
    check(LinePackage.Literals.SENSOR_QUANTITY, SensorQuantity.values(), SensorQuantity::literal);
    check(LinePackage.Literals.TEXT_KIND, TextKind.values(), TextKind::literal);
    check(LinePackage.Literals.MODEL_PURPOSE, ModelPurpose.values(), ModelPurpose::literal);
    check(LinePackage.Literals.DATA_CLASS, DataClass.values(), DataClass::literal);
    for (StationKind k : StationKind.values()) {
      assertEquals(Effective.isHazardous(org.linebench.model.line.StationKind.get(k.literal())), k.hazardous(), k.literal());
    }
    for (org.linebench.model.units.Dimension d : org.linebench.model.units.Dimension.values()) {
      assertEquals(d.baseUnit(), Dimension.valueOf(d.name()).baseUnit());
    }
    assertEquals(org.linebench.model.units.Dimension.values().length, Dimension.values().length);
    assertEquals(ComponentCategory.ARC_WELDER, ComponentCategory.of("arcWelder").orElseThrow());
    assertTrue(DataClass.of("secret").isEmpty());
  }

  private static <E> void check(org.eclipse.emf.ecore.EEnum model, E[] view, java.util.function.Function<E, String> literal) {
    List<String> expected = model.getELiterals().stream().map(l -> ((Enumerator) l.getInstance()).getLiteral()).toList();
    assertEquals(expected, java.util.Arrays.stream(view).map(literal).toList(), model.getName());
  }
}
