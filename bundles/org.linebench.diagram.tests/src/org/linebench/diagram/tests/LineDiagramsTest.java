package org.linebench.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.diagram.LineDiagram;
import org.linebench.diagram.LineDiagram.Box;
import org.linebench.diagram.LineDiagram.Edge;
import org.linebench.diagram.LineDiagram.Group;
import org.linebench.diagram.LineDiagram.Kind;
import org.linebench.diagram.LineDiagram.Mark;
import org.linebench.diagram.LineDiagram.Node;
import org.linebench.diagram.LineDiagram.Point;
import org.linebench.diagram.LineDiagram.Severity;
import org.linebench.diagram.LineDiagrams;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.model.line.Flow;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.testing.Sources;

/** ELK lays out the examples and large generated lines: every element a box, no overlaps, every flow an edge. */
class LineDiagramsTest {

  static Path examples() {
    return Sources.examples();
  }

  static LineFile load(LineModels.Result r, Path file) {
    return r.files().entrySet().stream().filter(e -> e.getKey().endsWith(file.getFileName())).findFirst().orElseThrow().getValue();
  }

  /** Checks the diagram against its model; returns how many rework edges it has. */
  static int checkAgainstModel(LineFile model, LineDiagram d) {
    List<Line> lines = LineDiagrams.lines(model);
    assertEquals(lines.size(), d.groups().size(), "a frame per line");
    int elements = 0;
    int flows = 0;
    int rework = 0;
    for (Line l : lines) {
      elements += l.getSources().size() + l.getStations().size() + l.getBuffers().size() + l.getSinks().size();
      flows += l.getFlows().size();
      rework += (int) l.getFlows().stream().filter(Flow::isRework).count();
    }
    assertEquals(elements, d.nodes().size(), "a box per source, station, buffer and sink");
    assertEquals(flows, d.edges().size(), "an edge per flow");
    assertEquals(rework, (int) d.edges().stream().filter(Edge::rework).count(), "rework flows are marked");
    for (Line l : lines) {
      for (Flow f : l.getFlows()) {
        String from = l.getName() + "." + f.getFrom().getName();
        String to = l.getName() + "." + f.getTo().getName();
        Edge e = d.edges().stream().filter(x -> x.from().equals(from) && x.to().equals(to) && x.rework() == f.isRework())
            .findFirst().orElseThrow(() -> new AssertionError("no edge for the flow " + from + " -> " + to));
        assertTrue(e.points().size() >= 2, e::toString);
        assertTrue(onBorder(d.node(from).orElseThrow().box(), e.points().get(0)), () -> "starts at " + from + ": " + e);
        assertTrue(onBorder(d.node(to).orElseThrow().box(), e.points().get(e.points().size() - 1)), () -> "ends at " + to + ": " + e);
      }
    }
    checkGeometry(d);
    return rework;
  }

  static boolean onBorder(Box b, Point p) {
    double eps = 1.0;
    boolean inX = p.x() >= b.x() - eps && p.x() <= b.x() + b.width() + eps;
    boolean inY = p.y() >= b.y() - eps && p.y() <= b.y() + b.height() + eps;
    boolean onVertical = Math.abs(p.x() - b.x()) <= eps || Math.abs(p.x() - b.x() - b.width()) <= eps;
    boolean onHorizontal = Math.abs(p.y() - b.y()) <= eps || Math.abs(p.y() - b.y() - b.height()) <= eps;
    return inX && inY && (onVertical || onHorizontal);
  }

  static void checkGeometry(LineDiagram d) {
    List<Node> nodes = d.nodes();
    for (Node n : nodes) {
      assertTrue(n.box().width() > 0 && n.box().height() > 0, n::toString);
      assertTrue(n.text().offset() >= 0 && n.text().length() > 0, () -> "text range of " + n);
      Group g = d.groups().stream().filter(x -> n.id().startsWith(x.name() + ".")).findFirst().orElseThrow();
      assertTrue(inside(n.box(), g.box()), () -> n + " lies inside its line's frame " + g.box());
    }
    // sweep along x: only neighbours in x can overlap
    List<Node> byX = new ArrayList<>(nodes);
    byX.sort((a, b) -> Double.compare(a.box().x(), b.box().x()));
    for (int i = 0; i < byX.size(); i++) {
      Box a = byX.get(i).box();
      for (int j = i + 1; j < byX.size() && byX.get(j).box().x() < a.x() + a.width(); j++) {
        int jj = j;
        int ii = i;
        assertFalse(a.overlaps(byX.get(j).box()), () -> byX.get(ii) + " overlaps " + byX.get(jj));
      }
    }
    for (int i = 0; i < d.groups().size(); i++) {
      for (int j = i + 1; j < d.groups().size(); j++) {
        assertFalse(d.groups().get(i).box().overlaps(d.groups().get(j).box()), "line frames do not overlap");
      }
    }
    for (Group g : d.groups()) {
      assertTrue(g.box().x() + g.box().width() <= d.width() + 0.01 && g.box().y() + g.box().height() <= d.height() + 0.01,
          "the diagram's size holds every frame");
    }
  }

  static boolean inside(Box in, Box out) {
    return in.x() >= out.x() && in.y() >= out.y() && in.x() + in.width() <= out.x() + out.width()
        && in.y() + in.height() <= out.y() + out.height();
  }

  @Test
  void theBodyShopIsLaidOutWithItsReworkLoop() throws Exception {
    Path file = examples().resolve("bodyshop/bodyshop.line");
    LineModels.Result r = LineModels.load(LineModels.collect(List.of(examples())));
    LineFile model = load(r, file);
    LineDiagram d = LineDiagrams.layout(model);
    assertTrue(d.nodes().size() >= 8, d.nodes()::toString);
    assertTrue(checkAgainstModel(model, d) >= 1, "the body shop declares a repair loop");
    Node op20 = d.node("BodyInWhite.OP20").orElseThrow();
    assertEquals(Kind.STATION, op20.kind());
    assertEquals("主拼 Framing", op20.label());
    assertEquals("WeldCell · 55 s", op20.detail());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(text.indexOf("station OP20"), op20.text().offset(), "the node knows where it is in the text");
    // flows run left to right: the source is left of the first station it feeds
    Node source = d.nodes().stream().filter(n -> n.kind() == Kind.SOURCE).findFirst().orElseThrow();
    Edge out = d.edges().stream().filter(e -> e.from().equals(source.id())).findFirst().orElseThrow();
    assertTrue(source.box().x() < d.node(out.to()).orElseThrow().box().x());
  }

  @Test
  void everyExampleFileIsLaidOut() throws Exception {
    LineModels.Result r = LineModels.load(LineModels.collect(List.of(examples())));
    assertEquals(0, r.errorCount());
    int files = 0;
    for (LineFile f : r.files().values()) {
      LineDiagram d = LineDiagrams.layout(f);
      checkAgainstModel(f, d);
      if (!d.groups().isEmpty()) {
        files++;
      }
    }
    assertTrue(files >= 2, "the body shop and the electronics line have lines");
  }

  @Test
  void aGeneratedPlantOfAThousandStationsIsLaidOut(@TempDir Path dir) throws Exception {
    LineModels.Result r = LineModels.load(SyntheticPlants.write(dir, 1000, 11));
    assertEquals(0, r.errorCount());
    int stations = 0;
    for (LineFile f : r.files().values()) {
      LineDiagram d = LineDiagrams.layout(f);
      checkAgainstModel(f, d);
      stations += (int) d.nodes().stream().filter(n -> n.kind() == Kind.STATION).count();
      if (!d.groups().isEmpty()) {
        assertTrue(d.width() < 6 * d.height(), () -> "a line of 100 stations is wrapped into rows: " + d.width() + " x " + d.height());
      }
    }
    assertEquals(1000, stations);
  }

  @Test
  void aLargeBranchingLineWithReworkIsLaidOutInReasonableTime(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.line");
    Files.writeString(file, branchingLine(4, 60), StandardCharsets.UTF_8);
    LineModels.Result r = LineModels.load(List.of(file));
    assertEquals(List.of(), r.issues());
    LineFile model = r.files().get(file);
    long t0 = System.nanoTime();
    LineDiagram d = LineDiagrams.layout(model);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(4 * 60 + 2 + 4, d.nodes().size());
    assertTrue(checkAgainstModel(model, d) >= 20);
    assertTrue(ms < 20_000, "layout of 246 elements took " + ms + " ms");
    assertTrue(d.width() < 6 * d.height(), () -> "a long line is wrapped into rows: " + d.width() + " x " + d.height());
    org.linebench.diagram.SvgExport.write(d, Map.of(), Path.of("target/diagrams/branching-line.svg"));
    System.out.println("layout of a branching line of 240 stations: " + ms + " ms");
  }

  /** A line with {@code branches} parallel branches of {@code length} stations, a buffer before each, rework loops. */
  static String branchingLine(int branches, int length) {
    StringBuilder b = new StringBuilder("namespace big\n\nplant P {\n\tcountry CN\n\tline Big {\n\t\ttakt 60 s\n\t\tsource In\n\t\tsink Out\n");
    List<String> flows = new ArrayList<>();
    for (int br = 0; br < branches; br++) {
      b.append("\t\tbuffer B").append(br).append(" capacity 5\n");
      flows.add("In -> B" + br);
      String prev = "B" + br;
      for (int s = 0; s < length; s++) {
        String name = "S" + br + "_" + s;
        b.append("\t\tstation ").append(name).append(" assembly {\n\t\t\tcycle-time 40 s\n\t\t\toperators 1\n\t\t}\n");
        flows.add(prev + " -> " + name);
        if (s % 12 == 11) {
          flows.add(name + " -> " + prev + " rework");
        }
        prev = name;
      }
      flows.add(prev + " -> Out");
    }
    for (String f : flows) {
      b.append("\t\tflow ").append(f).append('\n');
    }
    return b.append("\t}\n}\n").toString();
  }

  @Test
  void stationsTakeTheWorstFindingInsideTheirText() throws Exception {
    Path file = examples().resolve("bodyshop/bodyshop.line");
    LineModels.Result r = LineModels.load(LineModels.collect(List.of(examples())));
    LineDiagram d = LineDiagrams.layout(load(r, file));
    Node op20 = d.node("BodyInWhite.OP20").orElseThrow();
    Node op30 = d.node("BodyInWhite.OP30").orElseThrow();
    int inOp20 = op20.text().offset() + 10;
    Map<String, Severity> s = d.severities(List.of(
        new Mark(inOp20, -1, Severity.WARNING),
        new Mark(inOp20 + 5, -1, Severity.ERROR),
        new Mark(-1, op30.text().firstLine() + 1, Severity.WARNING),
        new Mark(0, 1, Severity.ERROR))); // the file's first comment: no station
    assertEquals(Map.of(op20.id(), Severity.ERROR, op30.id(), Severity.WARNING), s);
  }
}
