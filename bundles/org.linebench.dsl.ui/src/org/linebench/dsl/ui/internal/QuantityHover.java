package org.linebench.dsl.ui.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Units;

/** Hover over a quantity: its value in every unit of its dimension (52 s = 0.867 min = 52000 ms). */
public class QuantityHover implements ITextHover {

  @Override
  public IRegion getHoverRegion(ITextViewer viewer, int offset) {
    return new Region(offset, 0);
  }

  @Override
  public String getHoverInfo(ITextViewer viewer, IRegion region) {
    return LineUi.read(viewer.getDocument(), resource -> describeAt(resource, region.getOffset()));
  }

  /** The conversions of the quantity at an offset of a line file's text, or null if there is none. */
  public static String describeAt(String text, int offset) {
    return LineUi.read(text, null, resource -> describeAt(resource, offset));
  }

  /** The conversions of the quantity at an offset of a parsed line file, or null if there is none. */
  static String describeAt(XtextResource resource, int offset) {
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
    DecimalFormat f = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)); //$NON-NLS-1$
    List<String> parts = new ArrayList<>();
    parts.add(f.format(q.getValue()) + " " + q.getUnit()); //$NON-NLS-1$
    for (String unit : Units.symbols()) {
      if (!unit.equals(q.getUnit())) {
        Units.convert(q, unit).ifPresent(v -> parts.add(f.format(v) + " " + unit)); //$NON-NLS-1$
      }
    }
    return String.join(" = ", parts); //$NON-NLS-1$
  }
}
