package org.linebench.rules.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.linebench.model.line.NamedElement;

/** Where a model element stands: its file, line and column, and its dotted name. */
public final class Locations {
  private Locations() {}

  /** The file of an element's resource; null if it was not loaded from a file. */
  public static Path file(EObject o) {
    Resource r = o == null ? null : o.eResource();
    URI uri = r == null ? null : r.getURI();
    return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
  }

  /** 1-based line and column of where the element's text starts; {0, 0} if unknown. */
  public static int[] lineAndColumn(EObject o) {
    ICompositeNode node = o == null ? null : NodeModelUtils.findActualNodeFor(o);
    if (node == null) {
      return new int[] {0, 0};
    }
    LineAndColumn lc = NodeModelUtils.getLineAndColumn(node, node.getOffset());
    return new int[] {lc.getLine(), lc.getColumn()};
  }

  /** The element's name with those of its named containers: {@code Changchun.BodyInWhite.OP20.LC20}. */
  public static String qualifiedName(EObject o) {
    List<String> names = new ArrayList<>();
    for (EObject e = o; e != null; e = e.eContainer()) {
      if (e instanceof NamedElement n && n.getName() != null) {
        names.add(n.getName());
      }
    }
    Collections.reverse(names);
    return String.join(".", names); //$NON-NLS-1$
  }
}
