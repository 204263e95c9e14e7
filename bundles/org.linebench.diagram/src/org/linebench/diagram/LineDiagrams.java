package org.linebench.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.linebench.diagram.LineDiagram.Box;
import org.linebench.diagram.LineDiagram.Edge;
import org.linebench.diagram.LineDiagram.Group;
import org.linebench.diagram.LineDiagram.Kind;
import org.linebench.diagram.LineDiagram.Node;
import org.linebench.diagram.LineDiagram.Point;
import org.linebench.diagram.LineDiagram.TextRange;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.Flow;
import org.linebench.model.line.FlowNode;
import org.linebench.model.line.Line;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Sink;
import org.linebench.model.line.Source;
import org.linebench.model.line.Station;
import org.linebench.model.units.Numbers;

/**
 * Builds the diagram of a line file: every line of the file becomes a frame; inside it its sources,
 * stations, buffers and sinks, laid out left to right along the material flow by ELK's layered
 * algorithm with orthogonal flows. Headless: usable from the command line and tests.
 */
public final class LineDiagrams {
  private static volatile boolean registered;
  /** Lines with more elements than this are wrapped into rows. */
  static final int WRAP_ABOVE = 16;

  private LineDiagrams() {}

  private static void register() {
    if (!registered) {
      synchronized (LineDiagrams.class) {
        if (!registered) {
          // inside OSGi ELK's service loader does not see other bundles: name the algorithm ourselves
          LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
          registered = true;
        }
      }
    }
  }

  /** The lines of a model (a line file, a plant, or a line), in text order. */
  public static List<Line> lines(EObject root) {
    List<Line> lines = new ArrayList<>();
    if (root instanceof Line l) {
      lines.add(l);
    }
    root.eAllContents().forEachRemaining(o -> {
      if (o instanceof Line l) {
        lines.add(l);
      }
    });
    return lines;
  }

  /** Lays out every line of the model; lines are stacked top to bottom. */
  public static LineDiagram layout(EObject root) {
    register();
    List<Group> groups = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    double y = 0;
    double width = 0;
    Map<String, Integer> used = new HashMap<>();
    for (Line line : lines(root)) {
      double top = y;
      double[] size = layoutLine(line, DiagramStyle.GROUP_PADDING, top + DiagramStyle.GROUP_HEADER, nodes, edges, used);
      Box box = new Box(0, top, size[0] + 2 * DiagramStyle.GROUP_PADDING,
          size[1] + DiagramStyle.GROUP_HEADER + DiagramStyle.GROUP_PADDING);
      groups.add(new Group(nameOf(line), line.getLabel(), box, text(line)));
      width = Math.max(width, box.width());
      y = top + box.height() + DiagramStyle.GROUP_GAP;
    }
    double height = groups.isEmpty() ? 0 : y - DiagramStyle.GROUP_GAP;
    return new LineDiagram(width, height, List.copyOf(groups), List.copyOf(nodes), List.copyOf(edges));
  }

  /** Lays out one line with its origin at (dx, dy); returns its width and height. */
  private static double[] layoutLine(Line line, double dx, double dy, List<Node> nodes, List<Edge> edges,
      Map<String, Integer> used) {
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
    graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
    int elements = line.getSources().size() + line.getStations().size() + line.getBuffers().size() + line.getSinks().size();
    if (elements > WRAP_ABOVE) {
      // a long line is wrapped into rows, so that it fits a view or a page instead of one very long strip
      graph.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
      graph.setProperty(CoreOptions.ASPECT_RATIO, 2.0);
    }

    Map<FlowNode, ElkNode> elk = new LinkedHashMap<>();
    Map<FlowNode, String> ids = new HashMap<>();
    Map<FlowNode, Kind> kinds = new HashMap<>();
    List<FlowNode> all = new ArrayList<>();
    line.getSources().forEach(n -> kinds.put(n, Kind.SOURCE));
    line.getStations().forEach(n -> kinds.put(n, Kind.STATION));
    line.getBuffers().forEach(n -> kinds.put(n, Kind.BUFFER));
    line.getSinks().forEach(n -> kinds.put(n, Kind.SINK));
    all.addAll(line.getSources());
    all.addAll(line.getStations());
    all.addAll(line.getBuffers());
    all.addAll(line.getSinks());
    for (FlowNode n : all) {
      String id = nameOf(line) + "." + nameOf(n); //$NON-NLS-1$
      int count = used.merge(id, 1, Integer::sum);
      ids.put(n, count == 1 ? id : id + "#" + count); //$NON-NLS-1$
      String detail = detail(n);
      double w = Math.max(DiagramStyle.MIN_WIDTH, Math.max(DiagramStyle.textWidth(nameOf(n), DiagramStyle.MEASURE_FONT),
          Math.max(DiagramStyle.textWidth(nonNull(n.getLabel()), DiagramStyle.MEASURE_FONT),
              DiagramStyle.textWidth(detail, DiagramStyle.MEASURE_FONT))) + 2 * DiagramStyle.PADDING);
      int rows = 1 + (nonNull(n.getLabel()).isEmpty() ? 0 : 1) + (detail.isEmpty() ? 0 : 1);
      ElkNode e = ElkGraphUtil.createNode(graph);
      e.setIdentifier(ids.get(n));
      e.setDimensions(Math.ceil(w), rows * DiagramStyle.ROW + 2 * DiagramStyle.PADDING);
      elk.put(n, e);
    }
    Map<ElkEdge, Flow> flows = new LinkedHashMap<>();
    for (Flow f : line.getFlows()) {
      ElkNode from = f.getFrom() == null ? null : elk.get(f.getFrom());
      ElkNode to = f.getTo() == null ? null : elk.get(f.getTo());
      if (from != null && to != null) { // unresolved or from another line: nothing to draw
        ElkEdge e = ElkGraphUtil.createSimpleEdge(from, to);
        flows.put(e, f);
      }
    }
    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

    for (FlowNode n : all) {
      ElkNode e = elk.get(n);
      nodes.add(new Node(ids.get(n), kinds.get(n), nameOf(n), nonNull(n.getLabel()), detail(n),
          new Box(dx + e.getX(), dy + e.getY(), e.getWidth(), e.getHeight()), text(n)));
    }
    for (Map.Entry<ElkEdge, Flow> entry : flows.entrySet()) {
      List<Point> points = new ArrayList<>();
      for (ElkEdgeSection s : entry.getKey().getSections()) {
        points.add(new Point(dx + s.getStartX(), dy + s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
          points.add(new Point(dx + b.getX(), dy + b.getY()));
        }
        points.add(new Point(dx + s.getEndX(), dy + s.getEndY()));
      }
      Flow f = entry.getValue();
      edges.add(new Edge(ids.get(f.getFrom()), ids.get(f.getTo()), f.isRework(), List.copyOf(points)));
    }
    return new double[] {Math.max(graph.getWidth(), DiagramStyle.MIN_WIDTH), graph.getHeight()};
  }

  private static String detail(FlowNode n) {
    if (n instanceof Station s) {
      String type = Effective.type(s) != null ? nonNull(Effective.type(s).getName())
          : Effective.kind(s) != null && s.isSetKind() ? Effective.kind(s).getLiteral() : ""; //$NON-NLS-1$
      Quantity ct = Effective.cycleTime(s);
      String cycle = ct == null ? "" : Numbers.plain(ct.getValue()) + " " + nonNull(ct.getUnit()); //$NON-NLS-1$ //$NON-NLS-2$
      return (type + (type.isEmpty() || cycle.isEmpty() ? "" : " · ") + cycle).trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (n instanceof Buffer b) {
      return b.getCapacity() > 0 ? "\u2264 " + b.getCapacity() : ""; //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (n instanceof Source || n instanceof Sink) {
      return ""; //$NON-NLS-1$
    }
    return ""; //$NON-NLS-1$
  }


  private static String nameOf(EObject o) {
    if (o instanceof org.linebench.model.line.NamedElement n && n.getName() != null) {
      return n.getName();
    }
    return EcoreUtil.getURI(o).fragment();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s; //$NON-NLS-1$
  }

  private static TextRange text(EObject o) {
    ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
    if (node == null) {
      return new TextRange(-1, 0, -1, -1);
    }
    return new TextRange(node.getOffset(), node.getLength(), node.getStartLine(), node.getEndLine());
  }
}
