package org.linebench.ml.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.linebench.ml.card.Metrics;

/** ROC curves (false-positive rate against true-positive rate), one colour per class, painted with SWT. */
public class RocCanvas extends Canvas {
  private static final int[] COLOURS = {SWT.COLOR_DARK_RED, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
      SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW};
  private static final int MARGIN = 30;
  private List<Metrics.Curve> curves = List.of();

  RocCanvas(Composite parent) {
    super(parent, SWT.DOUBLE_BUFFERED);
    setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
    addPaintListener(e -> paint(e.gc));
  }

  void setCurves(List<Metrics.Curve> c) {
    curves = List.copyOf(c);
    redraw();
  }

  /** The curves drawn (tests). */
  public List<Metrics.Curve> curves() {
    return curves;
  }

  private void paint(GC gc) {
    Rectangle r = getClientArea();
    int size = Math.max(10, Math.min(r.width, r.height) - 2 * MARGIN);
    int x0 = MARGIN;
    int y0 = MARGIN + size;
    gc.setAntialias(SWT.ON);
    Color grey = getDisplay().getSystemColor(SWT.COLOR_GRAY);
    Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
    gc.setForeground(black);
    gc.drawRectangle(x0, MARGIN, size, size);
    gc.setForeground(grey);
    gc.setLineStyle(SWT.LINE_DOT);
    gc.drawLine(x0, y0, x0 + size, MARGIN);
    gc.setLineStyle(SWT.LINE_SOLID);
    gc.setForeground(black);
    gc.drawText(Messages.Roc_title, x0, 4, true);
    Point fpr = gc.textExtent(Messages.Roc_fpr);
    gc.drawText(Messages.Roc_fpr, x0 + size - fpr.x, y0 + 4, true);
    gc.drawText(Messages.Roc_tpr, x0 + 4, MARGIN + 4, true);
    int legend = 0;
    for (int i = 0; i < curves.size(); i++) {
      Metrics.Curve c = curves.get(i);
      gc.setForeground(getDisplay().getSystemColor(COLOURS[i % COLOURS.length]));
      gc.setLineWidth(2);
      int[] points = new int[c.fpr().length * 2];
      for (int p = 0; p < c.fpr().length; p++) {
        points[2 * p] = x0 + (int) Math.round(c.fpr()[p] * size);
        points[2 * p + 1] = y0 - (int) Math.round(c.tpr()[p] * size);
      }
      gc.drawPolyline(points);
      gc.setLineWidth(1);
      gc.drawText(c.value(), x0 + size - 60, y0 - 20 - legend, true);
      legend += 16;
    }
  }
}
