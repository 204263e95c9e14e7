package org.linebench.sim.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.linebench.core.AtomicFiles;
import org.linebench.sim.Durations;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.BufferResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.SimulationResult.StationResult;
import org.linebench.sim.SimulationResult.WhatIf;
import org.linebench.sim.report.SimulationReport;

/**
 * The Simulation view: the run's throughput with its 95 % interval and the line's OEE, a bar per
 * station of the time it spent working, starved, blocked, failed, setting up and off shift, the
 * bottleneck marked, what a change there buys, and the buffers' fill. Painted with SWT.
 */
public class SimulationView extends ViewPart {
  private static final int MARGIN = 10;
  private static final int ROW = 24;
  private static final int BAR_HEIGHT = 14;

  private Canvas canvas;
  private SimulationResult result;
  private SimulationJob.Request request;

  @Override
  public void createPartControl(Composite parent) {
    canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL);
    canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
    canvas.addPaintListener(e -> paint(e.gc, -canvas.getVerticalBar().getSelection()));
    canvas.addListener(SWT.Resize, e -> updateScrollBar());
    canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
    IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
    Action again = new Action(Messages.View_again) {
      @Override
      public void run() {
        SimulationJob.Request last = request != null ? request : SimulateHandler.last();
        if (last != null) {
          SimulateHandler.run(last);
        }
      }
    };
    again.setToolTipText(Messages.View_againTip);
    toolbar.add(again);
    Action save = new Action(Messages.View_saveReport) {
      @Override
      public void run() {
        saveReport();
      }
    };
    save.setToolTipText(Messages.View_saveReportTip);
    toolbar.add(save);
  }

  @Override
  public void setFocus() {
    canvas.setFocus();
  }

  /** Shows a simulation's result. */
  public void show(SimulationResult r, SimulationJob.Request from) {
    result = r;
    request = from;
    setContentDescription(from == null ? "" : from.file().getFullPath().makeRelative().toString()); //$NON-NLS-1$
    updateScrollBar();
    canvas.redraw();
  }

  /** The result shown, or null. */
  public SimulationResult result() {
    return result;
  }

  Canvas canvas() {
    return canvas;
  }

  private int contentHeight() {
    SimulationResult r = result;
    if (r == null) {
      return 0;
    }
    return MARGIN * 2 + ROW * (5 + r.stations().size() + r.whatIfs().size() + r.buffers().size());
  }

  private void updateScrollBar() {
    Rectangle area = canvas.getClientArea();
    int content = contentHeight();
    var bar = canvas.getVerticalBar();
    bar.setMaximum(Math.max(1, content));
    bar.setThumb(Math.max(1, Math.min(content, area.height)));
    bar.setPageIncrement(Math.max(1, area.height - ROW));
    bar.setIncrement(ROW);
    bar.setVisible(content > area.height);
    if (content <= area.height) {
      bar.setSelection(0);
    }
    canvas.redraw();
  }

  private Color color(int rgb) {
    return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
  }

  private static String n(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** Paints the result (or the hint that there is none), shifted up by the scroll position. */
  void paint(GC gc, int dy) {
    gc.setAntialias(SWT.ON);
    gc.setTextAntialias(SWT.ON);
    Font normal = JFaceResources.getDefaultFont();
    Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    gc.setFont(normal);
    gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
    SimulationResult r = result;
    if (r == null) {
      gc.drawText(Messages.View_empty, MARGIN, MARGIN + dy, true);
      return;
    }
    int width = canvas.getClientArea().width;
    int y = MARGIN + dy;
    gc.setFont(bold);
    gc.drawText(NLS.bind(Messages.View_title, new Object[] {r.line(), r.options().replications(), Durations.format(r.options().horizon()),
        Durations.format(r.options().warmup()), r.options().seed()}), MARGIN, y, true);
    y += ROW;
    gc.setFont(normal);
    gc.drawText(NLS.bind(Messages.View_throughput, new Object[] {n(r.throughput().mean(), 2), n(r.throughput().low(), 2),
        n(r.throughput().high(), 2), n(100 * r.lineOee().oee(), 1), n(r.wip().mean(), 1), Durations.format(r.leadTime().mean())}),
        MARGIN, y, true);
    y += ROW;
    int x = MARGIN;
    for (State s : State.values()) {
      gc.setBackground(color(SimulationReport.STATE_COLORS[s.ordinal()]));
      gc.fillRectangle(x, y + 3, 12, 12);
      String name = SimulationReport.stateName(s);
      gc.drawText(name, x + 16, y, true);
      x += 16 + gc.textExtent(name).x + 14;
    }
    y += ROW;
    int nameWidth = 0;
    for (StationResult s : r.stations()) {
      nameWidth = Math.max(nameWidth, gc.textExtent(s.name() + " \u2605").x); //$NON-NLS-1$
    }
    int barX = MARGIN + nameWidth + 10;
    int figures = gc.textExtent(NLS.bind(Messages.View_station, new Object[] {"100.0", "100.0", "000.00"})).x + 10; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int barWidth = Math.max(80, width - barX - figures - MARGIN);
    for (StationResult s : r.stations()) {
      boolean bottleneck = s.name().equals(r.bottleneck());
      gc.setFont(bottleneck ? bold : normal);
      gc.setForeground(bottleneck ? color(0xB71C1C) : canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
      gc.drawText(bottleneck ? s.name() + " \u2605" : s.name(), MARGIN, y, true); //$NON-NLS-1$
      paintBar(gc, s, barX, y + (ROW - BAR_HEIGHT) / 2 - 2, barWidth);
      if (bottleneck) {
        gc.setForeground(color(0xB71C1C));
        gc.setLineWidth(2);
        gc.drawRectangle(barX - 2, y + (ROW - BAR_HEIGHT) / 2 - 4, barWidth + 4, BAR_HEIGHT + 4);
      }
      gc.setFont(normal);
      gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
      gc.drawText(NLS.bind(Messages.View_station, new Object[] {n(100 * s.utilisation(), 1), n(100 * s.oee().oee(), 1),
          n(s.throughput().mean(), 2)}), barX + barWidth + 10, y, true);
      y += ROW;
    }
    for (WhatIf w : r.whatIfs()) {
      gc.drawText(SimulationReport.whatIf(w), MARGIN, y, true);
      y += ROW;
    }
    for (BufferResult b : r.buffers()) {
      String text = NLS.bind(Messages.View_buffer, new Object[] {b.name(), n(b.meanFill().mean(), 2), b.capacity()});
      gc.drawText(text, MARGIN, y, true);
      paintHistogram(gc, b, MARGIN + gc.textExtent(text).x + 12, y);
      y += ROW;
    }
  }

  /** The station's time shares as one bar, state by state. */
  private void paintBar(GC gc, StationResult s, int x, int y, int width) {
    double at = 0;
    for (State st : State.values()) {
      double share = Math.max(0, s.state(st).mean());
      int from = x + (int) Math.round(at * width);
      int to = x + (int) Math.round((at + share) * width);
      if (to > from) {
        gc.setBackground(color(SimulationReport.STATE_COLORS[st.ordinal()]));
        gc.fillRectangle(from, y, to - from, BAR_HEIGHT);
      }
      at += share;
    }
    gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
    gc.setLineWidth(1);
    gc.drawRectangle(x, y, width, BAR_HEIGHT);
  }

  /** The share of the time at each fill level, as small columns. */
  private void paintHistogram(GC gc, BufferResult b, int x, int y) {
    double max = 0;
    for (double v : b.histogram()) {
      max = Math.max(max, v);
    }
    gc.setBackground(color(0x1E88E5));
    int height = ROW - 6;
    for (int i = 0; i < b.histogram().length; i++) {
      int h = max > 0 ? (int) Math.round(b.histogram()[i] / max * height) : 0;
      gc.fillRectangle(x + i * 8, y + 2 + height - h, 6, Math.max(h, 1));
    }
  }

  private void saveReport() {
    SimulationResult r = result;
    if (r == null) {
      return;
    }
    FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
    dialog.setOverwrite(true);
    dialog.setFilterExtensions(new String[] {"*.html"}); //$NON-NLS-1$
    dialog.setFileName(r.line() + "-simulation.html"); //$NON-NLS-1$
    String chosen = dialog.open();
    if (chosen != null) {
      Path target = Path.of(chosen);
      try {
        AtomicFiles.write(target, SimulationReport.render(r, SimulationReport.Format.HTML).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        MessageDialog.openError(getSite().getShell(), Messages.View_saveReport, NLS.bind(Messages.View_saveFailed, target, e.getMessage()));
      }
    }
  }

  /** The size the view needs to show everything, for tests and screenshots. */
  Point preferredSize() {
    return new Point(canvas.getClientArea().width, contentHeight());
  }
}
