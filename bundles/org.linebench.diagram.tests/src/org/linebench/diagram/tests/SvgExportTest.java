package org.linebench.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.diagram.LineDiagram;
import org.linebench.diagram.LineDiagram.Severity;
import org.linebench.diagram.LineDiagrams;
import org.linebench.diagram.SvgExport;
import org.linebench.dsl.api.LineModels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG export of the body shop: well-formed, a group per node, rework dashed, findings coloured. */
class SvgExportTest {

  @Test
  void theBodyShopAsSvg(@TempDir Path dir) throws Exception {
    Path examples = LineDiagramsTest.examples();
    LineModels.Result r = LineModels.load(LineModels.collect(List.of(examples)));
    LineDiagram d = LineDiagrams.layout(LineDiagramsTest.load(r, examples.resolve("bodyshop/bodyshop.line")));
    Path svg = dir.resolve("out/bodyshop.svg");
    SvgExport.write(d, Map.of("BodyInWhite.OP20", Severity.ERROR), svg);
    try (var files = Files.list(svg.getParent())) {
      assertEquals(List.of(svg), files.toList(), "no temporary file left behind");
    }
    Document doc;
    try (InputStream in = Files.newInputStream(svg)) {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals(Math.round(d.width() + 20), Math.round(Double.parseDouble(root.getAttribute("width"))));

    List<Element> nodes = new ArrayList<>();
    NodeList groups = doc.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").startsWith("node ")) {
        nodes.add(g);
      }
    }
    assertEquals(d.nodes().size(), nodes.size());
    Element op20 = nodes.stream().filter(g -> g.getAttribute("id").equals("BodyInWhite.OP20")).findFirst().orElseThrow();
    assertEquals("error", op20.getAttribute("data-severity"));
    Element rect = (Element) op20.getElementsByTagName("rect").item(0);
    assertEquals("#c0392b", rect.getAttribute("stroke"), "a station with an error is drawn red");
    assertTrue(op20.getTextContent().contains("主拼 Framing"), "labels keep their Chinese");
    assertEquals("none", nodes.stream().filter(g -> g.getAttribute("id").equals("BodyInWhite.OP30")).findFirst().orElseThrow()
        .getAttribute("data-severity"));

    NodeList lines = doc.getElementsByTagName("polyline");
    assertEquals(d.edges().size(), lines.getLength());
    int dashed = 0;
    for (int i = 0; i < lines.getLength(); i++) {
      Element p = (Element) lines.item(i);
      boolean rework = p.getAttribute("class").contains("rework");
      assertEquals(rework, !p.getAttribute("stroke-dasharray").isEmpty(), "rework flows and only they are dashed");
      dashed += rework ? 1 : 0;
    }
    assertEquals(1, dashed, "the repair loop OP60 -> OP50");
  }

  @Test
  void textIsEscaped() throws Exception {
    Path file = Files.createTempFile("esc", ".line");
    Files.writeString(file, "namespace e\nplant P {\n\tcountry CN\n\tline L \"a <b> & \\\"c\\\"\" {\n\t\ttakt 60 s\n\t\tsource In \"<in>\"\n"
        + "\t\tsink Out\n\t\tflow In -> Out\n\t}\n}\n");
    LineModels.Result r = LineModels.load(List.of(file));
    String svg = SvgExport.toSvg(LineDiagrams.layout(r.files().get(file)), Map.of());
    assertTrue(svg.contains("&lt;in&gt;"), svg);
    assertTrue(svg.contains("a &lt;b&gt; &amp; &quot;c&quot;"), svg);
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes("UTF-8")));
    Files.delete(file);
  }
}
