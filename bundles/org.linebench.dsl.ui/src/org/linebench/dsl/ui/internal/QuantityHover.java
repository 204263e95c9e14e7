package org.linebench.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Numbers;
import org.linebench.model.units.Units;

/** Hover over a quantity: its value in every unit of its dimension (52 s = 0.867 min = 52000 ms). */
public class QuantityHover implements ITextHover {
  /** Decimals of the converted values: {@code 0.8667 min}. */
  private static final int DECIMALS = 4;

  @Override
  public IRegion getHoverRegion(ITextViewer viewer, int offset) {
    return new Region(offset, 0);
  }

  @Override
  public String getHoverInfo(ITextViewer viewer, IRegion region) {
    return describeAt(viewer.getDocument().get(), region.getOffset());
  }

  /** The conversions of the quantity at an offset of a line file's text, or null if there is none. */
  public static String describeAt(String text, int offset) {
    XtextResource resource = LineUi.parse(text, null);
    if (resource.getParseResult() == null) {
      return null;
    }
    ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
    for (EObject o = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); o != null; o = o.eContainer()) {
      if (o instanceof Quantity q) {
        return describe(q);
      }
    }
    return null;
  }

  /** {@code 52 s = 0.867 min = 52000 ms = 0.0144 h}; null for an unknown unit. */
  public static String describe(Quantity q) {
    if (Units.find(q.getUnit()).isEmpty()) {
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
