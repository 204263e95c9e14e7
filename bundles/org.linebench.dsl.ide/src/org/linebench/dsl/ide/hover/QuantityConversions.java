package org.linebench.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Numbers;
import org.linebench.model.units.Units;

/**
 * A quantity's value in every unit of its dimension ({@code 52 s = 52000 ms = 0.8667 min = 0.0144 h}):
 * what the editor's hover and the language server's hover show. Headless.
 */
public final class QuantityConversions {
  /** Decimals of the converted values: {@code 0.8667 min}. */
  private static final int DECIMALS = 4;

  /** A quantity found in a text, with the text region it covers. */
  public record At(Quantity quantity, int offset, int length) {}

  private QuantityConversions() {}

  /** The quantity whose text covers {@code offset} of a parsed resource, if there is one. */
  public static At at(XtextResource resource, int offset) {
    if (resource == null || resource.getParseResult() == null) {
      return null;
    }
    ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
    for (EObject o = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); o != null; o = o.eContainer()) {
      if (o instanceof Quantity q) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(q);
        return new At(q, node == null ? offset : node.getOffset(), node == null ? 0 : node.getLength());
      }
    }
    return null;
  }

  /** The conversions of the quantity at {@code offset}, or null if there is none or its unit is unknown. */
  public static String describeAt(XtextResource resource, int offset) {
    At at = at(resource, offset);
    return at == null ? null : describe(at.quantity());
  }

  /** {@code 52 s = 52000 ms = 0.8667 min = 0.0144 h}; null for an unknown unit. */
  public static String describe(Quantity q) {
    if (q == null || Units.find(q.getUnit()).isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add(Numbers.rounded(q.getValue(), DECIMALS) + " " + q.getUnit()); //$NON-NLS-1$
    for (String unit : Units.symbols()) {
      if (!unit.equals(q.getUnit())) {
        Units.convert(q, unit).ifPresent(v -> parts.add(Numbers.rounded(v, DECIMALS) + " " + unit)); //$NON-NLS-1$
      }
    }
    return String.join(" = ", parts); //$NON-NLS-1$
  }
}
