package org.linebench.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linebench.diagram.LineDiagram.Edge;
import org.linebench.diagram.LineDiagram.Group;
import org.linebench.diagram.LineDiagram.Node;
import org.linebench.diagram.LineDiagram.Point;
import org.linebench.diagram.LineDiagram.Severity;
import org.linebench.core.AtomicFiles;

/** Writes a line diagram as a self-contained SVG 1.1 document, looking like the workbench's view. */
public final class SvgExport {
  private static final double MARGIN = 10;

  private SvgExport() {}

  /** The SVG text; stations are coloured by the given severities (by node id). */
  public static String toSvg(LineDiagram d, Map<String, Severity> severities) {
    StringBuilder s = new StringBuilder();
    double w = d.width() + 2 * MARGIN;
    double h = d.height() + 2 * MARGIN;
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(w)).append("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$
        .append(n(h)).append("\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h)).append("\"") //$NON-NLS-1$ //$NON-NLS-2$
        .append(" font-family=\"sans-serif\">\n"); //$NON-NLS-1$
    s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"") //$NON-NLS-1$
        .append(" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(rgb(DiagramStyle.EDGE)).append("\"/></marker>") //$NON-NLS-1$ //$NON-NLS-2$
        .append("<marker id=\"arrow-rework\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"") //$NON-NLS-1$
        .append(" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(rgb(DiagramStyle.REWORK_EDGE)) //$NON-NLS-1$
        .append("\"/></marker></defs>\n"); //$NON-NLS-1$
    s.append("<g transform=\"translate(").append(n(MARGIN)).append(',').append(n(MARGIN)).append(")\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
    for (Group g : d.groups()) {
      s.append("<g class=\"line\" id=\"").append(esc(g.name())).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
      rect(s, g.box().x(), g.box().y(), g.box().width(), g.box().height(), 6, DiagramStyle.GROUP_FILL, DiagramStyle.FRAME, false);
      text(s, g.box().x() + DiagramStyle.GROUP_PADDING, g.box().y() + 18, DiagramStyle.NAME_FONT, true, DiagramStyle.TEXT,
          g.label() == null || g.label().isEmpty() ? g.name() : g.name() + "  " + g.label(), false); //$NON-NLS-1$
      s.append("</g>\n"); //$NON-NLS-1$
    }
    for (Edge e : d.edges()) {
      s.append("<polyline class=\"flow").append(e.rework() ? " rework" : "").append("\" points=\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      List<Point> pts = e.points();
      for (int i = 0; i < pts.size(); i++) {
        s.append(i == 0 ? "" : " ").append(n(pts.get(i).x())).append(',').append(n(pts.get(i).y())); //$NON-NLS-1$ //$NON-NLS-2$
      }
      s.append("\" fill=\"none\" stroke=\"").append(rgb(e.rework() ? DiagramStyle.REWORK_EDGE : DiagramStyle.EDGE)) //$NON-NLS-1$
          .append("\" stroke-width=\"1.5\"").append(e.rework() ? " stroke-dasharray=\"6,4\"" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .append(" marker-end=\"url(#").append(e.rework() ? "arrow-rework" : "arrow").append(")\"><title>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          .append(esc(e.from())).append(" -&gt; ").append(esc(e.to())).append("</title></polyline>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    for (Node node : d.nodes()) {
      Severity sev = severities.getOrDefault(node.id(), Severity.NONE);
      s.append("<g class=\"node ").append(node.kind().name().toLowerCase(Locale.ROOT)).append("\" id=\"") //$NON-NLS-1$ //$NON-NLS-2$
          .append(esc(node.id())).append("\" data-severity=\"").append(sev.name().toLowerCase(Locale.ROOT)).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
      double r = switch (node.kind()) {
        case SOURCE, SINK -> node.box().height() / 2;
        case BUFFER -> 0;
        case STATION -> 4;
      };
      rect(s, node.box().x(), node.box().y(), node.box().width(), node.box().height(), r,
          DiagramStyle.fill(node.kind(), sev), DiagramStyle.stroke(node.kind(), sev), node.kind() == LineDiagram.Kind.BUFFER);
      double x = node.box().x() + node.box().width() / 2;
      double y = node.box().y() + DiagramStyle.PADDING + 12;
      text(s, x, y, DiagramStyle.NAME_FONT, true, DiagramStyle.TEXT, node.name());
      if (!node.label().isEmpty()) {
        y += DiagramStyle.ROW;
        text(s, x, y, DiagramStyle.TEXT_FONT, false, DiagramStyle.TEXT, node.label());
      }
      if (!node.detail().isEmpty()) {
        y += DiagramStyle.ROW;
        text(s, x, y, DiagramStyle.TEXT_FONT, false, DiagramStyle.MUTED_TEXT, node.detail());
      }
      s.append("</g>\n"); //$NON-NLS-1$
    }
    s.append("</g>\n</svg>\n"); //$NON-NLS-1$
    return s.toString();
  }

  /** Writes the SVG atomically (see {@link AtomicFiles}). */
  public static void write(LineDiagram d, Map<String, Severity> severities, Path file) throws IOException {
    AtomicFiles.writeString(file, toSvg(d, severities));
  }


  private static void rect(StringBuilder s, double x, double y, double w, double h, double r, int fill, int stroke, boolean dashed) {
    s.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(r)).append("\" fill=\"").append(rgb(fill)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        .append("\" stroke=\"").append(rgb(stroke)).append("\" stroke-width=\"1.5\"") //$NON-NLS-1$ //$NON-NLS-2$
        .append(dashed ? " stroke-dasharray=\"3,2\"" : "").append("/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static void text(StringBuilder s, double x, double y, double size, boolean bold, int color, String text) {
    text(s, x, y, size, bold, color, text, true);
  }

  private static void text(StringBuilder s, double x, double y, double size, boolean bold, int color, String text,
      boolean centered) {
    s.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        .append("\" fill=\"").append(rgb(color)).append('"') //$NON-NLS-1$
        .append(bold ? " font-weight=\"bold\"" : "").append(centered ? " text-anchor=\"middle\"" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .append('>').append(esc(text)).append("</text>"); //$NON-NLS-1$
  }

  private static String n(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
  }

  private static String rgb(int c) {
    return String.format(Locale.ROOT, "#%06x", c); //$NON-NLS-1$
  }

  static String esc(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (char c : t.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;"); //$NON-NLS-1$
        case '>' -> b.append("&gt;"); //$NON-NLS-1$
        case '&' -> b.append("&amp;"); //$NON-NLS-1$
        case '"' -> b.append("&quot;"); //$NON-NLS-1$
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
