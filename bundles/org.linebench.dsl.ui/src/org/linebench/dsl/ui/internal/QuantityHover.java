package org.linebench.dsl.ui.internal;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.linebench.dsl.ide.hover.QuantityConversions;

/** Hover over a quantity: its value in every unit of its dimension ({@link QuantityConversions}, shared with the language server). */
public class QuantityHover implements ITextHover {

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
    return QuantityConversions.describeAt(LineUi.parse(text, null), offset);
  }
}
