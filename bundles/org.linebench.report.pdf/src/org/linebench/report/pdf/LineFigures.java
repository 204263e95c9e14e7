package org.linebench.report.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.linebench.diagram.DiagramStyle;
import org.linebench.diagram.LineDiagram;
import org.linebench.diagram.LineDiagram.Edge;
import org.linebench.diagram.LineDiagram.Group;
import org.linebench.diagram.LineDiagram.Kind;
import org.linebench.diagram.LineDiagram.Mark;
import org.linebench.diagram.LineDiagram.Node;
import org.linebench.diagram.LineDiagram.Severity;
import org.linebench.diagram.LineDiagrams;
import org.linebench.model.line.Line;
import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Finding;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.Document.Figure;
import org.linebench.rules.report.Document.Label;
import org.linebench.rules.report.Document.Polyline;
import org.linebench.rules.report.Document.Rect;
import org.linebench.rules.report.Document.Shape;
import org.linebench.rules.report.Report;
import org.linebench.rules.report.SectionContributor;
import org.linebench.rules.report.Texts;

/**
 * The section "line description": each line of the checked plants laid out by
 * {@code org.linebench.diagram} (the layout of the workbench's line view and of its SVG export) as a
 * {@link Figure}, stations coloured by their worst finding. Contributed to the document model, so the
 * HTML report shows the diagrams too (as inline SVG).
 */
public final class LineFigures implements SectionContributor {
  /** Lines drawn, a page each at most: a plant of a hundred lines gets the first ones and a count. */
  static final int MAX_LINES = 10;

  /** The section, or none when the report has no plants. */
  @Override
  public Document.Section section(Report report) {
    List<Document.Block> blocks = new ArrayList<>();
    int drawn = 0;
    int left = 0;
    for (PlantModel p : report.models()) {
      for (Line l : p.lines()) {
        if (drawn++ >= MAX_LINES) {
          left++;
          continue;
        }
        blocks.add(new Document.Paragraph(l.getLabel() == null || l.getLabel().isEmpty() ? l.getName() : l.getName() + "  " + l.getLabel(), true)); //$NON-NLS-1$
        LineDiagram d = LineDiagrams.layout(l);
        blocks.add(figure(d, severities(l, d, report)));
      }
    }
    if (left > 0) {
      blocks.add(new Document.Paragraph(Texts.of(report.locale()).bind("doc.moreLines", left), false)); //$NON-NLS-1$
    }
    return blocks.isEmpty() ? null : new Document.Section("lines", Texts.of(report.locale()).get("doc.lines"), blocks); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static Map<String, Severity> severities(Line line, LineDiagram d, Report report) {
    URI uri = line.eResource() == null ? null : line.eResource().getURI();
    if (uri == null || !uri.isFile()) {
      return Map.of();
    }
    Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
    List<Mark> marks = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.file() != null && f.file().toAbsolutePath().normalize().equals(file)) {
        marks.add(new Mark(-1, f.line(), switch (f.severity()) {
          case ERROR -> Severity.ERROR;
          case WARNING -> Severity.WARNING;
          case INFO -> Severity.INFO;
        }));
      }
    }
    return d.severities(marks);
  }

  static Figure figure(LineDiagram d, Map<String, Severity> severities) {
    List<Shape> shapes = new ArrayList<>();
    for (Group g : d.groups()) {
      shapes.add(new Rect(g.box().x(), g.box().y(), g.box().width(), g.box().height(), 6, DiagramStyle.GROUP_FILL, DiagramStyle.FRAME, false));
      shapes.add(new Label(g.box().x() + DiagramStyle.GROUP_PADDING, g.box().y() + 18, DiagramStyle.NAME_FONT, DiagramStyle.TEXT,
          g.label() == null || g.label().isEmpty() ? g.name() : g.name() + "  " + g.label(), false)); //$NON-NLS-1$
    }
    for (Edge e : d.edges()) {
      double[] pts = new double[e.points().size() * 2];
      for (int i = 0; i < e.points().size(); i++) {
        pts[2 * i] = e.points().get(i).x();
        pts[2 * i + 1] = e.points().get(i).y();
      }
      shapes.add(new Polyline(pts, e.rework() ? DiagramStyle.REWORK_EDGE : DiagramStyle.EDGE, e.rework(), true));
    }
    for (Node n : d.nodes()) {
      Severity sev = severities.getOrDefault(n.id(), Severity.NONE);
      double r = switch (n.kind()) {
        case SOURCE, SINK -> n.box().height() / 2;
        case BUFFER -> 0;
        case STATION -> 4;
      };
      shapes.add(new Rect(n.box().x(), n.box().y(), n.box().width(), n.box().height(), r, DiagramStyle.fill(n.kind(), sev),
          DiagramStyle.stroke(n.kind(), sev), n.kind() == Kind.BUFFER));
      double x = n.box().x() + n.box().width() / 2;
      double y = n.box().y() + DiagramStyle.PADDING + 12;
      shapes.add(new Label(x, y, DiagramStyle.NAME_FONT, DiagramStyle.TEXT, n.name(), true));
      if (!n.label().isEmpty()) {
        y += DiagramStyle.ROW;
        shapes.add(new Label(x, y, DiagramStyle.TEXT_FONT, DiagramStyle.TEXT, n.label(), true));
      }
      if (!n.detail().isEmpty()) {
        y += DiagramStyle.ROW;
        shapes.add(new Label(x, y, DiagramStyle.TEXT_FONT, DiagramStyle.MUTED_TEXT, n.detail(), true));
      }
    }
    return new Figure(d.width(), d.height(), shapes);
  }
}
