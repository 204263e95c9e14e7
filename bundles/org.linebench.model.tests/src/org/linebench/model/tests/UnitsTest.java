package org.linebench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.linebench.model.line.LineFactory;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Dimension;
import org.linebench.model.units.Units;

/** Units and their conversions, and the metamodel as the grammar and the rules rely on it. */
class UnitsTest {

  private static Quantity q(double value, String unit) {
    Quantity q = LineFactory.eINSTANCE.createQuantity();
    q.setValue(value);
    q.setUnit(unit);
    return q;
  }

  @Test
  void compatibleUnitsConvert() {
    assertEquals(90.0, Units.seconds(q(1.5, "min")).orElseThrow());
    assertEquals(0.32, Units.seconds(q(320, "ms")).orElseThrow(), 1e-12);
    assertEquals(7200.0, Units.seconds(q(2, "h")).orElseThrow());
    assertEquals(2700.0, Units.millimetres(q(2.7, "m")).orElseThrow(), 1e-9);
    assertEquals(2.0, Units.convert(q(2000, "mm/s"), "m/s").orElseThrow(), 1e-12);
    assertEquals(15.0, Units.convert(q(15000, "W"), "kW").orElseThrow(), 1e-12);
    assertEquals(298.15, Units.toBase(q(25, "°C")).orElseThrow(), 1e-9);
    assertEquals(25.0, Units.convert(q(298.15, "K"), "°C").orElseThrow(), 1e-9);
  }

  @Test
  void incompatibleOrUnknownUnitsDoNot() {
    assertTrue(Units.convert(q(1, "s"), "mm").isEmpty());
    assertTrue(Units.seconds(q(1, "mm")).isEmpty());
    assertTrue(Units.find("sec").isEmpty());
    assertTrue(Units.find("MM").isEmpty(), "symbols are case-sensitive");
    assertTrue(Units.toBase(null).isEmpty());
  }

  @Test
  void everyDimensionHasItsBaseUnit() {
    for (Dimension d : Dimension.values()) {
      Units.Unit base = Units.find(d.baseUnit()).orElseThrow();
      assertEquals(d, base.dimension());
      assertEquals(1.0, base.toBase(1.0));
    }
  }

  @Test
  void theMetamodelIsRegisteredUnderItsNamespace() {
    assertEquals(LinePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://linebench.org/line/1.0"));
    EClass line = LinePackage.Literals.LINE;
    assertTrue(LinePackage.Literals.TOP_LEVEL_ELEMENT.isSuperTypeOf(line), "a line may stand in a file of its own");
    assertTrue(LinePackage.Literals.FLOW_NODE.isSuperTypeOf(LinePackage.Literals.STATION));
  }
}
