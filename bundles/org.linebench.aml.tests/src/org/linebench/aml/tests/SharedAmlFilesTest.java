package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linebench.aml.AmlException;
import org.linebench.aml.AmlImport;
import org.linebench.aml.ImportReport;
import org.linebench.aml.internal.Messages;

/**
 * The public AutomationML files of {@code data/} (AutomationML e.V. and automationml-python, MIT):
 * what each maps to, what is reported as not mapped (line and element), which are refused.
 */
class SharedAmlFilesTest {

  private static AmlImport.Result run(String fixture, Path out) throws Exception {
    return AmlImport.run(Fixtures.aml(fixture), out, Locale.ENGLISH);
  }

  private static List<String> unmapped(AmlImport.Result r) {
    return r.report().unmapped().stream().map(e -> e.line() + ":" + e.element()).toList();
  }

  private static List<String> changed(AmlImport.Result r) {
    return r.report().entries().stream().filter(e -> e.type() == ImportReport.Type.CHANGED).map(e -> e.line() + ":" + e.element()).toList();
  }

  @Test
  void theMediumRobotCellMapsToAStationWithItsRobotAndConveyorAndTheirTypes(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("automationml-python/validation-suite_medium-valid-robot-cell.aml", tmp);
    assertEquals(Map.of("equipment-type", 2, "machine", 1, "robot", 1, "station", 1, "station-type", 2), r.report().mapped());
    assertEquals(List.of("68:SystemUnitClassLib/Asset", "92:SystemUnitClassLib/QualityGateModule.qualityState",
        "15:PackagingCell/RobotCell-1/InfeedConveyor.assetTag", "18:PackagingCell/RobotCell-1/InfeedConveyor.cycleTime",
        "26:PackagingCell/RobotCell-1/RobotArm.assetTag", "29:PackagingCell/RobotCell-1/RobotArm.cycleTime",
        "39:PackagingCell/RobotCell-1/VisionGate", "52:PackagingCell/RobotCell-1/MaterialToRobot",
        "53:PackagingCell/RobotCell-1/QualityFeedback", "7:PackagingCell/RobotCell-1.assetTag"), unmapped(r));
    assertEquals(List.of("73:SystemUnitClassLib/Cell", "91:SystemUnitClassLib/QualityGateModule", "6:PackagingCell/RobotCell-1",
        "6:PackagingCell/RobotCell-1", "6:PackagingCell/RobotCell-1"), changed(r));
    assertEquals("""
        namespace SystemUnitClassLib

        station-type Cell kind assembly cycle-time 42 s

        equipment-type ConveyorModule kind machine

        equipment-type RobotModule kind robot payload 12 kg

        station-type QualityGateModule kind inspection cycle-time 42 s
        """, Files.readString(tmp.resolve("SystemUnitClassLib.line")));
    assertEquals("""
        namespace PackagingCell

        import SystemUnitClassLib.*

        plant PackagingCell {
        	line PackagingCell {
        		station RobotCell_1 "RobotCell-1" : Cell {
        			cycle-time 38 s
        			machine InfeedConveyor : ConveyorModule
        			robot RobotArm : RobotModule payload 10 kg
        		}
        	}
        }
        """, Files.readString(tmp.resolve("PackagingCell.line")));
    // a line made up to hold the station has no source, sink, country: the validation says so
    assertEquals(List.of("line.missing-jurisdiction", "line.no-source", "line.no-sink", "line.missing-takt"),
        r.issues().stream().map(i -> i.code()).filter(c -> !c.startsWith("line.ml")).toList());
  }

  @Test
  void theInvalidRobotCellReportsItsDuplicateClassAndItsBrokenLink(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("automationml-python/validation-suite_medium-invalid-duplicates-and-links.aml", tmp);
    List<String> unmapped = unmapped(r);
    assertTrue(unmapped.contains("97:SystemUnitClassLib/RobotModule"), unmapped.toString());
    assertTrue(r.report().unmapped().stream().anyMatch(e -> e.message().contains("'missing-robot-interface'")), unmapped.toString());
    assertTrue(r.report().unmapped().stream().anyMatch(e -> e.message().contains("'RoleClassLib/MissingRobot'")), unmapped.toString());
  }

  @Test
  void aMotorOutsideAStationIsReportedItsClassBecomesAType(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("automationml-python/validation-suite_small-valid-motor.aml", tmp);
    assertEquals(Map.of("equipment-type", 1), r.report().mapped());
    assertEquals(List.of("23:ExampleSystemUnitClassLib/Motor.speed", "6:Plant/Motor-1"), unmapped(r));
    assertEquals("namespace ExampleSystemUnitClassLib\n\nequipment-type Motor kind component\n",
        Files.readString(tmp.resolve("ExampleSystemUnitClassLib.line")));
  }

  @Test
  void nestedSystemUnitClassesBecomeThreeMachineTypes(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("automationml-python/opcua-comparison-fixtures_regression-nested-classes.aml", tmp);
    assertEquals(List.of(), r.report().entries());
    assertEquals("""
        namespace MachineLib

        equipment-type Machine kind machine

        equipment-type PackagingMachine kind machine

        equipment-type Cartoner kind machine
        """, Files.readString(tmp.resolve("MachineLib.line")));
    assertEquals(List.of(), r.issues());
  }

  @Test
  void librariesOnlyWriteNothingAndNameTheirExternalReferences(@TempDir Path tmp) throws Exception {
    assertEquals(List.of("6:AutomationMLBaseRoleClassLib", "7:AutomationMLDMIRoleClassLib", "8:AutomationMLCSRoleClassLib"),
        unmapped(run("AML-UA-XSLT/TestData_AML__AutomationMLExtendedRoleClassLib.2.aml", tmp)));
    for (String f : List.of("AML-UA-XSLT/TestData_AML__AutomationMLBMIRoleClassLib.aml", "AML-UA-XSLT/TestData_AML__AutomationMLCMIRoleClassLib.aml",
        "AML-UA-XSLT/TestData_AML__AutomationMLDMIRoleClassLib.aml")) {
      assertEquals(List.of("6:AutomationMLBaseRoleClassLib"), unmapped(run(f, tmp)), f);
    }
    for (String f : List.of("AML-UA-XSLT/TestData_AML__Test4_SUC_V3.aml", "AMLEngine2.1/Samples_WikiSnippets_src__Empty.aml",
        "automationml-python/opcua-comparison-fixtures_minimal-caex3.aml")) {
      AmlImport.Result r = run(f, tmp);
      assertEquals(List.of(), r.report().entries(), f);
      assertEquals(List.of(), r.files(), f);
    }
    assertFalse(Files.exists(tmp) && Files.list(tmp).findAny().isPresent(), "nothing written");
  }

  @Test
  void robotsWithoutRolesAreReported(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("AMLEditorPlugin/PlugInDevelopment_V8_Collada_Resources__Robots.aml", tmp);
    assertEquals(List.of("62:RobotLib/KR360", "71:RobotLib/Youbot"), unmapped(r));
    assertEquals(List.of(), r.files());
  }

  @Test
  void elementsWithoutClassesAreReported(@TempDir Path tmp) throws Exception {
    assertEquals(List.of("15:Plant/Machine"), unmapped(run("automationml-python/opcua-comparison-fixtures_regression-attribute-value.aml", tmp)));
    assertEquals(List.of("14:ExternalAlias", "16:Plant/Machine"),
        unmapped(run("automationml-python/opcua-comparison-fixtures_regression-class-alias.aml", tmp)));
    assertEquals(List.of("15:Datatype cases/Asset"), unmapped(run("automationml-python/opcua-comparison-fixtures_regression-datatypes.aml", tmp)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"automationml-python/opcua-comparison-fixtures_broken-link.aml", "automationml-python/opcua-comparison-fixtures_parallel-links.aml"})
  void filesTheSchemaRejectsAreRefusedWithLineAndColumn(String fixture, @TempDir Path tmp) {
    AmlException e = assertThrows(AmlException.class, () -> run(fixture, tmp.resolve("out")));
    assertEquals(3, e.line());
    assertEquals(35, e.column());
    assertTrue(e.problem().startsWith("not valid CAEX 3.0: cvc-complex-type.2.4.a"), e.problem());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aCaex215FileNotWellFormedIsRefusedWhereItBreaks(@TempDir Path tmp) {
    AmlException e = assertThrows(AmlException.class, () -> run("AML-UA-XSLT/caex-2.15/TestData_AML__ARAPCAllClassLibsV_1_2_1.aml", tmp.resolve("out")));
    assertEquals(15, e.line());
    assertEquals(40, e.column());
    assertTrue(e.problem().startsWith("not well-formed XML: "), e.problem());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void theUnsafeEntityFileIsRefusedAtItsDoctype(@TempDir Path tmp) {
    AmlException e = assertThrows(AmlException.class, () -> run("automationml-python/opcua-comparison-fixtures_unsafe-entity.aml", tmp.resolve("out")));
    assertEquals(2, e.line());
    assertEquals(Messages.Import_doctype, e.problem());
    assertFalse(Files.exists(tmp.resolve("out")));
  }
}
