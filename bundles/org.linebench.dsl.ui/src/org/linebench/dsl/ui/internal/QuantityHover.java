package org.linebench.dsl.ui.internal;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.linebench.dsl.ide.hover.QuantityConversions;

/**
 * Hover over a quantity: its value in every unit of its dimension ({@link QuantityConversions},
 * shared with the language server), read from the document's one parse.
 */
public class QuantityHover implements ITextHover {

  @Override
  public IRegion getHoverRegion(ITextViewer viewer, int offset) {
    return new Region(offset, 0);
  }

  @Override
  public String getHoverInfo(ITextViewer viewer, IRegion region) {
    return LineUi.read(viewer.getDocument(), resource -> QuantityConversions.describeAt(resource, region.getOffset()));
  }

  /** The conversions of the quantity at an offset of a line file's text, or null if there is none. */
  public static String describeAt(String text, int offset) {
    return LineUi.read(text, null, resource -> QuantityConversions.describeAt(resource, offset));
  }
}
