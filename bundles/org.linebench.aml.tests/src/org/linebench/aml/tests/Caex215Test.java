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

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.aml.AmlException;
import org.linebench.aml.AmlImport;
import org.linebench.aml.CaexSchema;
import org.linebench.aml.internal.Messages;

/**
 * CAEX 2.15 (AutomationML 2.0, no namespace), as older engineering tools write it: the public
 * files of {@code data/} (AutomationML e.V., MIT) map by their role and system unit classes as 3.0
 * files do; the 2.15 schema refuses what it rejects; other versions are refused.
 */
class Caex215Test {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CAEXFile FileName=\"t.aml\" SchemaVersion=\"2.15\">\n";

  private static AmlImport.Result run(String fixture, Path out) throws Exception {
    return AmlImport.run(Fixtures.aml(fixture), out, Locale.ENGLISH);
  }

  private static List<String> unmapped(AmlImport.Result r) {
    return r.report().unmapped().stream().map(e -> e.line() + ":" + e.element()).toList();
  }

  @Test
  void thePart2RoleExampleIsACellWithItsRobotTurntableAndConveyor(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("AML-UA-XSLT/caex-2.15/TestData_AML__Part2.aml", tmp);
    assertEquals(Map.of("equipment-type", 3, "machine", 2, "robot", 1, "station", 1), r.report().mapped());
    assertEquals("""
        namespace RoleExample

        import ExampleSystemUnitClassLib.*

        plant RoleExample {
        	line RoleExample {
        		station Cell assembly {
        			robot RB1 : Roboter
        			machine DT2 : Drehtisch
        			machine TB3 : Transportband
        		}
        	}
        }
        """, Files.readString(tmp.resolve("RoleExample.line")));
    assertEquals("""
        namespace ExampleSystemUnitClassLib

        equipment-type Transportband kind machine

        equipment-type Roboter kind robot

        equipment-type Drehtisch kind machine
        """, Files.readString(tmp.resolve("ExampleSystemUnitClassLib.line")));
    // the libraries it names but does not carry, the container without a role, the frame, the order link
    assertEquals(List.of("19:MyLib", "20:AutomationMLCSRoleClassLib", "23:RoleExample/Cell/Ressource", "25:RoleExample/Cell/Ressource/RB1.Frame",
        "76:RoleExample/Cell/Ressource/TB3.New Attribute1", "78:RoleExample/Cell/Ressource/TB3.New Attribute2",
        "79:RoleExample/Cell/Ressource/TB3.New Attribute3", "82:RoleExample/Cell/new link1"), unmapped(r));
  }

  @Test
  void theIsa95HierarchyGivesSitePlantProductionLineLineAndWorkCellStation(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("AML-UA-XSLT/caex-2.15/TestData_AML__BPR_005E_ExternalDataReference_Examples_Jul2016.aml", tmp);
    assertEquals(Map.of("line", 1, "plant", 1, "station", 1), r.report().mapped());
    assertEquals("""
        namespace DocumentationExample

        plant Site {
        	line ProductionLine_15 {
        		station WorkCell_156 assembly
        	}
        }
        """, Files.readString(tmp.resolve("DocumentationExample.line")));
    List<String> unmapped = unmapped(r);
    assertTrue(unmapped.containsAll(List.of("19:DocumentationExample/Enterprise", "21:DocumentationExample/Enterprise/Site/ProductionArea_1",
        "24:DocumentationExample/Enterprise/Site/ProductionArea_1/ProductionLine_15/WorkCell_156/Tool_Example_1")), unmapped.toString());
  }

  @Test
  void aRobotStandingInALineWithoutAStationIsReported(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("AMLToolkit/caex-2.15/AmlToolkitTestUI_TestFile__MasterDatei.aml", tmp);
    assertEquals(Map.of("line", 1, "plant", 1), r.report().mapped());
    assertEquals("namespace BeispielIH\n\nplant MeinGebaeude {\n\tline MeineLinie {\n\t}\n}\n", Files.readString(tmp.resolve("BeispielIH.line")));
    assertTrue(r.report().unmapped().stream().anyMatch(e -> e.line() == 42 && e.element().equals("BeispielIH/Ressourcen/MeinGebaeude/MeineLinie/Roboter")
        && e.message().startsWith("a robot here: in a line file a robot stands in a station")), unmapped(r).toString());
  }

  @Test
  void robotsInALineOfNoKnownClassAreReportedTheirClassBecomesAType(@TempDir Path tmp) throws Exception {
    AmlImport.Result r = run("AML-UA-XSLT/caex-2.15/TestData_AML__aml2opcua_smallexample_datatypes.aml", tmp);
    assertEquals(Map.of("equipment-type", 1), r.report().mapped());
    assertEquals("namespace ABCSystemUnitClassLib\n\nequipment-type ABCRobot kind robot\n", Files.readString(tmp.resolve("ABCSystemUnitClassLib.line")));
    assertEquals(List.of("101:ABCSystemUnitClassLib/ABCRobot.axes", "107:ABCSystemUnitClassLib/ABCLine", "31:TestProject/MainLine",
        "32:TestProject/MainLine/RobotI", "62:TestProject/MainLine/RobotII"), unmapped(r));
    AmlImport.Result screwdriver = run("AML-UA-XSLT/caex-2.15/TestData_AML__Test1_IE_Attribute.aml", tmp.resolve("s"));
    assertEquals(List.of("3:ManufacturingSystem/firstScrewdriver"), unmapped(screwdriver));
    assertEquals(List.of(), screwdriver.files());
  }

  @Test
  void linksNamingElementIdAndInterfaceNameBecomeFlows(@TempDir Path tmp) throws Exception {
    String port = "<ExternalInterface Name=\"%s\" RefBaseClassPath=\"AutomationMLInterfaceClassLib/AutomationMLBaseInterface/Port\"/>";
    String xml = HEAD + """
        <InstanceHierarchy Name="Shop">
         <InternalElement Name="Works" ID="p1">
          <InternalElement Name="Body" ID="l1">
           <InternalElement Name="Feed" ID="s0">%s<RoleRequirements RefBaseRoleClassPath="Roles/Source"/></InternalElement>
           <InternalElement Name="Weld" ID="c1">
            <Attribute Name="CycleTime" Unit="s" AttributeDataType="xs:double"><Value>50</Value></Attribute>%s%s
            <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/WorkCell"/>
           </InternalElement>
           <InternalElement Name="Ship" ID="k1">%s<RoleRequirements RefBaseRoleClassPath="Roles/Sink"/></InternalElement>
           <InternalLink Name="f1" RefPartnerSideA="s0:Out" RefPartnerSideB="c1:In"/>
           <InternalLink Name="f2" RefPartnerSideA="c1:Out" RefPartnerSideB="k1:In"/>
           <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/ProductionLine"/>
          </InternalElement>
          <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/Site"/>
         </InternalElement>
        </InstanceHierarchy>
        </CAEXFile>
        """.formatted(port.formatted("Out"), port.formatted("In"), port.formatted("Out"), port.formatted("In"));
    Path aml = Files.writeString(tmp.resolve("t.aml"), xml);
    assertEquals(List.of(), CaexSchema.validate(aml, CaexSchema.Version.V2_15, Locale.ENGLISH));
    AmlImport.Result r = AmlImport.run(aml, tmp.resolve("out"), Locale.ENGLISH);
    assertEquals(Map.of("flow", 2, "line", 1, "plant", 1, "sink", 1, "source", 1, "station", 1), r.report().mapped());
    String line = Files.readString(tmp.resolve("out/Shop.line"));
    assertTrue(line.contains("\t\tflow Feed -> Weld\n\t\tflow Weld -> Ship\n"), line);
    assertTrue(line.contains("\t\tstation Weld assembly {\n\t\t\tcycle-time 50 s\n\t\t}\n"), line);
  }

  @Test
  void whatThe215SchemaRejectsIsRefusedAsCaex215(@TempDir Path tmp) throws Exception {
    Path aml = Files.writeString(tmp.resolve("t.aml"), HEAD + "<InstanceHierarchy Name=\"A\">\n<Robot Name=\"R\"/>\n</InstanceHierarchy>\n</CAEXFile>\n");
    AmlException e = assertThrows(AmlException.class, () -> AmlImport.run(aml, tmp.resolve("out"), Locale.ENGLISH));
    assertEquals(4, e.line());
    assertTrue(e.problem().startsWith("not valid CAEX 2.15: cvc-complex-type.2.4.a"), e.problem());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void otherVersionsAndA215FileInTheCaex3NamespaceAreRefused(@TempDir Path tmp) throws Exception {
    Path v21 = Files.writeString(tmp.resolve("v21.aml"), "<CAEXFile FileName=\"t.aml\" SchemaVersion=\"2.1\"/>\n");
    AmlException e = assertThrows(AmlException.class, () -> AmlImport.run(v21, tmp.resolve("out"), Locale.ENGLISH));
    assertEquals(NLS.bind(Messages.Import_caexVersion, "2.1", "-"), e.problem());
    Path mixed = Files.writeString(tmp.resolve("mixed.aml"), "<CAEXFile xmlns=\"urn:other\" FileName=\"t.aml\" SchemaVersion=\"2.15\"/>\n");
    e = assertThrows(AmlException.class, () -> AmlImport.run(mixed, tmp.resolve("out"), Locale.ENGLISH));
    assertEquals(1, e.line());
    assertEquals(NLS.bind(Messages.Import_caexVersion, "2.15", "urn:other"), e.problem());
    assertFalse(Files.exists(tmp.resolve("out")));
  }
}
