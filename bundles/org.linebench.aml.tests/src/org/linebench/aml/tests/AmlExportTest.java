package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.aml.AmlExport;
import org.linebench.aml.CaexSchema;
import org.linebench.dsl.api.LineModels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every example exports to CAEX that the CAEX 3.0 schema accepts, with the structure the mapping promises. */
class AmlExportTest {

  static List<String> examples() {
    return Fixtures.EXAMPLES;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleExportsToValidCaex(String name, @TempDir Path tmp) throws Exception {
    LineModels.Result r = Fixtures.example(name);
    Path aml = tmp.resolve(name + ".aml");
    AmlExport.Result result = AmlExport.export(r.files(), aml);
    assertEquals(List.of(), result.warnings());
    assertEquals(List.of(), CaexSchema.validate(aml, Locale.ENGLISH), name);
    // every link ends at interfaces that were written (the schema does not check references)
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder().parse(aml.toFile()).getDocumentElement();
    java.util.Set<String> interfaces = new java.util.HashSet<>();
    for (Element i : elements(root, "ExternalInterface")) {
      interfaces.add(i.getAttribute("ID"));
    }
    List<String> dangling = new ArrayList<>();
    for (Element l : elements(root, "InternalLink")) {
      for (String side : List.of("RefPartnerSideA", "RefPartnerSideB")) {
        if (!interfaces.contains(l.getAttribute(side))) {
          dangling.add(l.getAttribute("Name") + " " + side);
        }
      }
    }
    assertEquals(List.of(), dangling, name);
    if (!name.equals("library")) {
      assertFalse(elements(root, "InternalLink").isEmpty(), name + " has links");
    }
  }

  @Test
  void theBodyShopsStructure(@TempDir Path tmp) throws Exception {
    Path aml = tmp.resolve("b.aml");
    AmlExport.export(Fixtures.example("bodyshop").files(), aml);
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(aml.toFile());
    List<Element> ies = elements(d.getDocumentElement(), "InternalElement");
    assertEquals(List.of("Changchun"), names(ies, "LineBenchRoleClassLib/Plant"));
    assertEquals(List.of("BodyInWhite", "Hinges"), names(ies, "LineBenchRoleClassLib/Line"), "hinges.line's line of the same plant");
    assertEquals(List.of("OP10", "OP20", "OP30", "OP40", "OP50", "OP60", "HP10"), names(ies, "LineBenchRoleClassLib/Station"));
    assertEquals(List.of("TH10"), names(ies, "LineBenchRoleClassLib/TwoHandControl"));
    assertEquals(List.of("M10"), names(ies, "LineBenchRoleClassLib/PressureMat"));
    assertEquals(List.of("H20", "H30", "H40", "HP1"), names(ies, "LineBenchRoleClassLib/Hazard"));
    assertEquals(List.of("ThreeShifts"), names(ies, "LineBenchRoleClassLib/ShiftCalendar"));
    assertEquals(List.of("Sedan", "Suv"), names(ies, "LineBenchRoleClassLib/Variant"));
    assertEquals(List.of("B1"), names(ies, "LineBenchRoleClassLib/Buffer"));
    Element op20 = ies.stream().filter(e -> e.getAttribute("Name").equals("OP20")).findFirst().orElseThrow();
    assertEquals("linebench.lib/WeldCell", op20.getAttribute("RefBaseSystemUnitPath"));
    Element cycle = child(op20, "Attribute", "cycleTime");
    assertEquals("s", cycle.getAttribute("Unit"));
    assertEquals("55", text(cycle, "Value"));
    assertEquals("robot-cell", text(child(op20, "Attribute", "kind"), "Value"), "the kind in force, from the station type");
    assertEquals("400", text(child(op20, "Attribute", "mtbf"), "Value"), "mtbf from the station type");
    Element line = ies.stream().filter(e -> e.getAttribute("Name").equals("BodyInWhite")).findFirst().orElseThrow();
    List<String> links = new ArrayList<>();
    for (Element l : children(line, "InternalLink")) {
      links.add(l.getAttribute("Name"));
    }
    assertEquals(List.of("BodyInWhite shifts ThreeShifts", "Underbody -> OP10", "OP10 -> OP20", "OP20 -> OP30", "OP30 -> B1", "B1 -> OP40",
        "OP40 -> OP50", "OP50 -> ToPaint", "OP50 -> OP60", "OP60 -> OP50 rework", "H20 zone Z20", "H20 measures F20", "H20 measures D20",
        "H20 measures SF20", "H20 measures SF21", "H30 zone Z30", "H30 measures F30", "H30 measures D30", "H30 measures SF30", "H40 zone Z40",
        "H40 measures F40", "H40 measures D40", "H40 measures SF40", "ES1 covers Z20", "ES1 covers Z30", "ES1 covers Z40"), links);
    // the values of #14 and #15: a variation nested in its time, a flow's share on a port of its own, MTTFd and DCavg with units
    Element op10 = ies.stream().filter(e -> e.getAttribute("Name").equals("OP10")).findFirst().orElseThrow();
    Element variation = child(child(op10, "Attribute", "cycleTime"), "Attribute", "variation");
    assertEquals("empirical", text(variation, "Value"));
    assertEquals("Cycle time [s]", text(child(variation, "Attribute", "column"), "Value"));
    Element op50 = ies.stream().filter(e -> e.getAttribute("Name").equals("OP50")).findFirst().orElseThrow();
    Element share = child(child(op50, "ExternalInterface", "MaterialOut_OP60"), "Attribute", "probability");
    assertEquals("%", share.getAttribute("Unit"));
    assertEquals("6", text(share, "Value"));
    Element sf21 = ies.stream().filter(e -> e.getAttribute("Name").equals("SF21")).findFirst().orElseThrow();
    assertEquals("a", child(sf21, "Attribute", "mttfd").getAttribute("Unit"));
    assertEquals("62", text(child(sf21, "Attribute", "mttfd"), "Value"));
    assertEquals("95", text(child(sf21, "Attribute", "dcAvg"), "Value"));
    List<String> suc = new ArrayList<>();
    for (Element lib : elements(d.getDocumentElement(), "SystemUnitClassLib")) {
      if (lib.getAttribute("Name").equals("linebench.lib")) {
        for (Element c : children(lib, "SystemUnitClass")) {
          suc.add(c.getAttribute("Name"));
        }
      }
    }
    assertEquals(List.of("KR210", "UR10e", "SpotGun", "MainBreaker", "SafetyContactor", "WeldCell", "ManualLoad", "VisionCheck"), suc);
  }

  @Test
  void theExportIsTheSameEveryTime(@TempDir Path tmp) throws Exception {
    LineModels.Result r = Fixtures.example("electronics");
    AmlExport.export(r.files(), tmp.resolve("a.aml"));
    AmlExport.export(r.files(), tmp.resolve("b.aml"));
    String a = java.nio.file.Files.readString(tmp.resolve("a.aml")).replaceAll("LastWritingDateTime=\"[^\"]*\"", "").replace("a.aml", "");
    String b = java.nio.file.Files.readString(tmp.resolve("b.aml")).replaceAll("LastWritingDateTime=\"[^\"]*\"", "").replace("b.aml", "");
    assertEquals(a, b, "IDs are derived from names, not random");
    assertTrue(a.contains("ID=\""));
  }

  static List<Element> elements(Element root, String tag) {
    List<Element> result = new ArrayList<>();
    NodeList nl = root.getElementsByTagNameNS("http://www.dke.de/CAEX", tag);
    for (int i = 0; i < nl.getLength(); i++) {
      result.add((Element) nl.item(i));
    }
    return result;
  }

  static List<Element> children(Element parent, String tag) {
    List<Element> result = new ArrayList<>();
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(tag)) {
        result.add(e);
      }
    }
    return result;
  }

  static Element child(Element parent, String tag, String name) {
    return children(parent, tag).stream().filter(e -> e.getAttribute("Name").equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + tag + " " + name + " in " + parent.getAttribute("Name")));
  }

  static String text(Element parent, String tag) {
    return children(parent, tag).get(0).getTextContent();
  }

  private static List<String> names(List<Element> ies, String role) {
    List<String> names = new ArrayList<>();
    for (Element e : ies) {
      for (Element rr : children(e, "RoleRequirements")) {
        if (rr.getAttribute("RefBaseRoleClassPath").equals(role)) {
          names.add(e.getAttribute("Name"));
        }
      }
    }
    return names;
  }
}
