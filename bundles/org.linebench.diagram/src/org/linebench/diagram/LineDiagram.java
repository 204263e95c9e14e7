package org.linebench.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A laid-out diagram of the lines of one line file: a box per line ({@link Group}), a box per
 * source, station, buffer and sink ({@link Node}), a polyline per flow ({@link Edge}). Coordinates
 * are absolute, in pixels at 100 %, the origin top left. Made by {@link LineDiagrams#layout}.
 */
public record LineDiagram(double width, double height, List<Group> groups, List<Node> nodes, List<Edge> edges) {

  public enum Kind {
    SOURCE, STATION, BUFFER, SINK
  }

  /** How bad the worst finding on an element is; ordered from none to error. */
  public enum Severity {
    NONE, INFO, WARNING, ERROR;

    public Severity worst(Severity other) {
      return other.ordinal() > ordinal() ? other : this;
    }
  }

  public record Point(double x, double y) {}

  public record Box(double x, double y, double width, double height) {
    public boolean contains(double px, double py) {
      return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /** True if the two boxes share inner area (touching edges do not count). */
    public boolean overlaps(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    public Point center() {
      return new Point(x + width / 2, y + height / 2);
    }
  }

  /** Where an element is in the text: character offset and length, first and last line (1-based). */
  public record TextRange(int offset, int length, int firstLine, int lastLine) {
    public boolean containsOffset(int o) {
      return o >= offset && o < offset + Math.max(length, 1);
    }

    public boolean containsLine(int line) {
      return line >= firstLine && line <= lastLine;
    }
  }

  /** A line of the file, drawn as a frame around its nodes. */
  public record Group(String name, String label, Box box, TextRange text) {}

  /**
   * A source, station, buffer or sink. {@code id} is unique in the diagram ({@code Line.Station});
   * {@code detail} is a short second text (station type and cycle time, buffer capacity).
   */
  public record Node(String id, Kind kind, String name, String label, String detail, Box box, TextRange text) {}

  /** A flow from one node to another; {@code rework} flows are drawn dashed. */
  public record Edge(String from, String to, boolean rework, List<Point> points) {}

  /** A finding on the file: at a character offset, or (offset -1) on a line (1-based). */
  public record Mark(int offset, int line, Severity severity) {}

  /** The node whose box contains the point, if any. */
  public Optional<Node> nodeAt(double x, double y) {
    return nodes.stream().filter(n -> n.box().contains(x, y)).findFirst();
  }

  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /**
   * The worst finding inside each node's text (by offset, or by line when a finding has no offset).
   * Nodes without findings are absent from the map.
   */
  public Map<String, Severity> severities(List<Mark> marks) {
    Map<String, Severity> result = new HashMap<>();
    for (Mark m : marks) {
      for (Node n : nodes) {
        boolean inside = m.offset() >= 0 ? n.text().containsOffset(m.offset()) : n.text().containsLine(m.line());
        if (inside && m.severity() != Severity.NONE) {
          result.merge(n.id(), m.severity(), Severity::worst);
        }
      }
    }
    return result;
  }
}
