package org.linebench.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.NamedElement;

/**
 * The outline of a line file: its named elements as a tree (plant, lines, stations, their
 * equipment, zones, devices, sensors, ...) in the order of the text, each with its place in it. Headless; the editor's
 * outline page shows it.
 */
public final class LineOutline {

  /** One element of the outline. */
  public record Node(String kind, String name, String label, int offset, int length, List<Node> children) {
    /** What the outline shows: the name, then the label in quotes if there is one. */
    public String text() {
      return label == null || label.isEmpty() ? name : name + " \u2014 " + label; //$NON-NLS-1$
    }
  }

  private LineOutline() {}

  /** The outline of a parsed file. */
  public static List<Node> of(LineFile file) {
    return children(file);
  }

  private static List<Node> children(EObject parent) {
    List<Node> nodes = new ArrayList<>();
    for (EObject child : parent.eContents()) {
      if (child instanceof NamedElement n && n.getName() != null) {
        ICompositeNode node = NodeModelUtils.getNode(n);
        nodes.add(new Node(n.eClass().getName(), n.getName(), n.getLabel(), node == null ? 0 : node.getOffset(),
            node == null ? 0 : node.getLength(), children(n)));
      }
    }
    nodes.sort(java.util.Comparator.comparingInt(Node::offset)); // as they stand in the text
    return nodes;
  }
}
