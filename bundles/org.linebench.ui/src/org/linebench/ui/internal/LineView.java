package org.linebench.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.linebench.diagram.DiagramStyle;
import org.linebench.diagram.LineDiagram;
import org.linebench.diagram.LineDiagram.Edge;
import org.linebench.diagram.LineDiagram.Group;
import org.linebench.diagram.LineDiagram.Mark;
import org.linebench.diagram.LineDiagram.Node;
import org.linebench.diagram.LineDiagram.Severity;
import org.linebench.diagram.LineDiagrams;
import org.linebench.diagram.SvgExport;
import org.linebench.dsl.ui.internal.LineUi;
import org.linebench.ui.LineOverlays;
import org.linebench.core.AtomicFiles;

/**
 * The line view: a diagram of the line file in the active editor (sources, stations, buffers,
 * sinks and flows, laid out by ELK in {@link LineDiagrams}), painted with SWT. Stations take the
 * colour of the worst problem marker inside their text, whatever its type (structural findings
 * today, certification findings once rule packs create problem markers). Without a marker, a
 * station takes the colour of its utilisation when a simulation put its figures here
 * ({@link LineOverlays}), and a buffer shows its mean fill. Double-click jumps to the text; the
 * toolbar exports SVG and PNG.
 */
public class LineView extends ViewPart {
  private static final int MARGIN = 10;
  private static final int REFRESH_DELAY_MS = 400;

  private Canvas canvas;
  /** Whether the whole diagram is shrunk into the view (else 100 % with scroll bars). */
  private boolean fit = true;
  private ITextEditor editor;
  private IFile file;
  private IDocument document;
  private LineDiagram diagram;
  private Map<String, Severity> severities = Map.of();
  private final AtomicInteger generation = new AtomicInteger();
  private volatile boolean busy;
  private final Runnable refresh = this::refresh;
  /** Redraws when another bundle changes the figures painted over the diagram (the simulation's). */
  private final Runnable overlayListener = () -> {
    Canvas c = canvas;
    if (c != null && !c.isDisposed()) {
      c.getDisplay().asyncExec(() -> {
        if (!c.isDisposed()) {
          c.redraw();
        }
      });
    }
  };

  private final IDocumentListener documentListener = new IDocumentListener() {
    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
      // wait for the change
    }

    @Override
    public void documentChanged(DocumentEvent event) {
      scheduleRefresh();
    }
  };

  private final IPartListener2 partListener = new IPartListener2() {
    @Override
    public void partActivated(IWorkbenchPartReference ref) {
      if (ref.getPart(false) instanceof IEditorPart e) {
        follow(e);
      }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
      partActivated(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
      if (editor != null && ref.getPart(false) == editor) {
        follow(null);
      }
    }
  };

  private final IResourceChangeListener markerListener = event -> {
    IFile f = file;
    if (f == null || event.getDelta() == null) {
      return;
    }
    var delta = event.getDelta().findMember(f.getFullPath());
    if (delta != null && (delta.getFlags() & org.eclipse.core.resources.IResourceDelta.MARKERS) != 0) {
      IMarkerDelta[] changes = delta.getMarkerDeltas();
      if (changes.length > 0 && canvas != null && !canvas.isDisposed()) {
        canvas.getDisplay().asyncExec(this::updateSeverities);
      }
    }
  };

  @Override
  public void createPartControl(Composite parent) {
    canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED);
    canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
    canvas.addPaintListener(e -> {
      Point o = origin();
      double scale = scale();
      if (scale == 1.0) {
        paint(e.gc, o.x, o.y);
      } else {
        Transform t = new Transform(e.gc.getDevice());
        try {
          t.translate(o.x, o.y);
          t.scale((float) scale, (float) scale);
          e.gc.setTransform(t);
          paint(e.gc, 0, 0);
          e.gc.setTransform(null);
        } finally {
          t.dispose();
        }
      }
    });
    canvas.addListener(SWT.Resize, e -> updateScrollBars());
    canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
    canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
    canvas.addListener(SWT.MouseDoubleClick, e -> nodeAt(e.x, e.y).ifPresent(n -> reveal(n.id())));
    canvas.addListener(SWT.MouseMove, e -> {
      String tip = nodeAt(e.x, e.y).map(n -> n.name() + (n.label().isEmpty() ? "" : "  " + n.label()) //$NON-NLS-1$ //$NON-NLS-2$
          + (n.detail().isEmpty() ? "" : "\n" + n.detail()) + "\n" + Messages.LineView_doubleClick).orElse(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
        canvas.setToolTipText(tip);
      }
    });
    canvas.addListener(SWT.MouseVerticalWheel, e -> {
      ScrollBar v = canvas.getVerticalBar();
      if (v != null && v.isVisible()) {
        v.setSelection(v.getSelection() - e.count * 20);
        canvas.redraw();
      }
    });
    IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
    Action fitAction = new Action(Messages.LineView_fit, IAction.AS_CHECK_BOX) {
      @Override
      public void run() {
        fit = isChecked();
        updateScrollBars();
      }
    };
    fitAction.setChecked(fit);
    fitAction.setToolTipText(Messages.LineView_fitTip);
    toolbar.add(fitAction);
    toolbar.add(new Action(Messages.LineView_exportSvg) {
      @Override
      public void run() {
        export("*.svg"); //$NON-NLS-1$
      }
    });
    toolbar.add(new Action(Messages.LineView_exportPng) {
      @Override
      public void run() {
        export("*.png"); //$NON-NLS-1$
      }
    });
    getSite().getPage().addPartListener(partListener);
    ResourcesPlugin.getWorkspace().addResourceChangeListener(markerListener, IResourceChangeEvent.POST_CHANGE);
    LineOverlays.addListener(overlayListener);
    follow(getSite().getPage().getActiveEditor());
  }

  @Override
  public void dispose() {
    getSite().getPage().removePartListener(partListener);
    ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerListener);
    LineOverlays.removeListener(overlayListener);
    if (document != null) {
      document.removeDocumentListener(documentListener);
    }
    super.dispose();
  }

  @Override
  public void setFocus() {
    canvas.setFocus();
  }

  /** The diagram shown now, or null (no line editor, or not laid out yet). */
  public LineDiagram diagram() {
    return diagram;
  }

  /** The canvas the diagram is painted on. */
  Canvas canvas() {
    return canvas;
  }

  /** Where a point of the diagram is on the canvas now (zoom and scrolling applied). */
  Point toCanvas(double x, double y) {
    Point o = origin();
    double scale = scale();
    return new Point(o.x + (int) Math.round(x * scale), o.y + (int) Math.round(y * scale));
  }

  /** Shows the diagram whole (true) or at 100 % with scroll bars. */
  void setFit(boolean value) {
    fit = value;
    updateScrollBars();
  }

  /** The file whose diagram is shown, or null. */
  public IFile file() {
    return file;
  }

  /** The worst finding on each station shown (absent: none). */
  public Map<String, Severity> severities() {
    return severities;
  }

  /** True while a layout is pending or running. */
  public boolean isBusy() {
    return busy;
  }

  /** Follows an editor: shows the diagram of its line file, or nothing if it is no line editor. */
  void follow(IEditorPart part) {
    ITextEditor next = part instanceof ITextEditor t && lineFile(t) != null ? t : null;
    if (next == null && part != null && editor != null && part != editor) {
      return; // another kind of editor came to the top: keep showing the last line file
    }
    if (next == editor) {
      return;
    }
    if (document != null) {
      document.removeDocumentListener(documentListener);
    }
    editor = next;
    file = next == null ? null : lineFile(next);
    document = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
    if (document != null) {
      document.addDocumentListener(documentListener);
    }
    diagram = null;
    severities = Map.of();
    setContentDescription(file == null ? Messages.LineView_noEditor : file.getFullPath().makeRelative().toString());
    refresh();
  }

  private static IFile lineFile(ITextEditor e) {
    IFile f = e.getEditorInput().getAdapter(IFile.class);
    return f != null && "line".equals(f.getFileExtension()) ? f : null; //$NON-NLS-1$
  }

  private void scheduleRefresh() {
    busy = true;
    canvas.getDisplay().timerExec(-1, refresh);
    canvas.getDisplay().timerExec(REFRESH_DELAY_MS, refresh);
  }

  /** Parses the editor's text and lays it out in a job; the result replaces the diagram on the UI thread. */
  private void refresh() {
    if (canvas == null || canvas.isDisposed()) {
      return;
    }
    int gen = generation.incrementAndGet();
    if (document == null) {
      busy = false;
      canvas.redraw();
      updateScrollBars();
      return;
    }
    busy = true;
    String text = document.get();
    IFile f = file;
    Job job = Job.create(Messages.LineView_job, (IProgressMonitor monitor) -> {
      LineDiagram d;
      try {
        d = LineUi.read(text, f, resource -> resource.getContents().isEmpty() ? null : LineDiagrams.layout(resource.getContents().get(0)));
      } catch (RuntimeException | LinkageError e) {
        ILog.of(LineView.class).error("the line diagram could not be laid out", e); //$NON-NLS-1$
        d = null;
      }
      LineDiagram result = d;
      if (!canvas.isDisposed()) {
        canvas.getDisplay().asyncExec(() -> {
          if (gen == generation.get() && !canvas.isDisposed()) {
            diagram = result;
            updateSeverities();
            updateScrollBars();
            busy = false;
          }
        });
      }
      return Status.OK_STATUS;
    });
    job.setSystem(true);
    job.schedule();
  }

  /** Reads the problem markers of the file (any type) and colours the stations. */
  void updateSeverities() {
    if (canvas == null || canvas.isDisposed()) {
      return;
    }
    LineDiagram d = diagram;
    IFile f = file;
    if (d == null || f == null || !f.exists()) {
      severities = Map.of();
    } else {
      List<Mark> marks = new ArrayList<>();
      try {
        for (IMarker m : f.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
          Severity s = switch (m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
            case IMarker.SEVERITY_ERROR -> Severity.ERROR;
            case IMarker.SEVERITY_WARNING -> Severity.WARNING;
            default -> Severity.INFO;
          };
          marks.add(new Mark(m.getAttribute(IMarker.CHAR_START, -1), m.getAttribute(IMarker.LINE_NUMBER, -1), s));
        }
      } catch (CoreException e) {
        // the file went away meanwhile: no colours
      }
      severities = d.severities(marks);
    }
    canvas.redraw();
  }

  /** The zoom: 1, or smaller when the whole diagram is fitted into the view. */
  double scale() {
    LineDiagram d = diagram;
    if (!fit || d == null || canvas == null || canvas.isDisposed()) {
      return 1.0;
    }
    Rectangle area = canvas.getClientArea();
    double sx = (area.width - 2.0 * MARGIN) / Math.max(1, d.width());
    double sy = (area.height - 2.0 * MARGIN) / Math.max(1, d.height());
    return Math.max(0.05, Math.min(1.0, Math.min(sx, sy)));
  }

  private Point origin() {
    if (fit) {
      return new Point(MARGIN, MARGIN);
    }
    ScrollBar h = canvas.getHorizontalBar();
    ScrollBar v = canvas.getVerticalBar();
    return new Point(MARGIN - (h == null ? 0 : h.getSelection()), MARGIN - (v == null ? 0 : v.getSelection()));
  }

  private void updateScrollBars() {
    if (canvas == null || canvas.isDisposed()) {
      return;
    }
    Rectangle area = canvas.getClientArea();
    LineDiagram d = diagram;
    int w = d == null || fit ? 0 : (int) Math.ceil(d.width()) + 2 * MARGIN;
    int h = d == null || fit ? 0 : (int) Math.ceil(d.height()) + 2 * MARGIN;
    configure(canvas.getHorizontalBar(), w, area.width);
    configure(canvas.getVerticalBar(), h, area.height);
    canvas.redraw();
  }

  private static void configure(ScrollBar bar, int content, int visible) {
    if (bar == null) {
      return;
    }
    bar.setMaximum(Math.max(content, 1));
    bar.setThumb(Math.max(1, Math.min(content, visible)));
    bar.setPageIncrement(Math.max(1, visible - 20));
    bar.setIncrement(20);
    bar.setVisible(content > visible);
    if (content <= visible) {
      bar.setSelection(0);
    }
  }

  /** The node under a point of the canvas. */
  java.util.Optional<Node> nodeAt(int x, int y) {
    Point o = origin();
    double scale = scale();
    return diagram == null ? java.util.Optional.empty() : diagram.nodeAt((x - o.x) / scale, (y - o.y) / scale);
  }

  /** Selects the node's text in the editor and activates the editor. */
  public boolean reveal(String nodeId) {
    if (diagram == null || editor == null) {
      return false;
    }
    java.util.Optional<Node> node = diagram.node(nodeId);
    if (node.isEmpty() || node.get().text().offset() < 0) {
      return false;
    }
    getSite().getPage().activate(editor);
    editor.selectAndReveal(node.get().text().offset(), node.get().text().length());
    return true;
  }

  private static Color color(int rgb) {
    return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
  }

  /** Paints the diagram (or the hint that there is none) with its top left corner at (ox, oy). */
  void paint(GC gc, int ox, int oy) {
    gc.setAntialias(SWT.ON);
    gc.setTextAntialias(SWT.ON);
    LineDiagram d = diagram;
    Font normal = JFaceResources.getDefaultFont();
    Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    if (d == null) {
      gc.setFont(normal);
      gc.setForeground(color(DiagramStyle.MUTED_TEXT));
      gc.drawText(file == null ? Messages.LineView_noEditor : busy ? Messages.LineView_layingOut : Messages.LineView_nothing,
          MARGIN, MARGIN, true);
      return;
    }
    for (Group g : d.groups()) {
      Rectangle r = rect(g.box(), ox, oy);
      gc.setBackground(color(DiagramStyle.GROUP_FILL));
      gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
      gc.setForeground(color(DiagramStyle.FRAME));
      gc.setLineWidth(1);
      gc.setLineStyle(SWT.LINE_SOLID);
      gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
      gc.setFont(bold);
      gc.setForeground(color(DiagramStyle.TEXT));
      String title = g.label() == null || g.label().isEmpty() ? g.name() : g.name() + "  " + g.label(); //$NON-NLS-1$
      gc.drawText(title, r.x + (int) DiagramStyle.GROUP_PADDING, r.y + 5, true);
    }
    for (Edge e : d.edges()) {
      int[] pts = new int[e.points().size() * 2];
      for (int i = 0; i < e.points().size(); i++) {
        pts[2 * i] = ox + (int) Math.round(e.points().get(i).x());
        pts[2 * i + 1] = oy + (int) Math.round(e.points().get(i).y());
      }
      Color c = color(e.rework() ? DiagramStyle.REWORK_EDGE : DiagramStyle.EDGE);
      gc.setForeground(c);
      gc.setBackground(c);
      gc.setLineWidth(e.rework() ? 2 : 1);
      gc.setLineStyle(e.rework() ? SWT.LINE_DASH : SWT.LINE_SOLID);
      gc.drawPolyline(pts);
      gc.setLineStyle(SWT.LINE_SOLID);
      if (pts.length >= 4) {
        arrow(gc, pts[pts.length - 4], pts[pts.length - 3], pts[pts.length - 2], pts[pts.length - 1]);
      }
    }
    LineOverlays.Overlay overlay = LineOverlays.of(file);
    for (Node n : d.nodes()) {
      Severity s = severities.getOrDefault(n.id(), Severity.NONE);
      Rectangle r = rect(n.box(), ox, oy);
      Double utilisation = overlay == null || s != Severity.NONE ? null : overlay.utilisation().get(n.id());
      gc.setBackground(color(utilisation != null ? DiagramStyle.utilisation(utilisation) : DiagramStyle.fill(n.kind(), s)));
      gc.setForeground(color(DiagramStyle.stroke(n.kind(), s)));
      gc.setLineWidth(s == Severity.ERROR || s == Severity.WARNING ? 3 : 2);
      gc.setLineStyle(n.kind() == LineDiagram.Kind.BUFFER ? SWT.LINE_DOT : SWT.LINE_SOLID);
      int arc = switch (n.kind()) {
        case SOURCE, SINK -> r.height;
        case BUFFER -> 0;
        case STATION -> 8;
      };
      gc.fillRoundRectangle(r.x, r.y, r.width, r.height, arc, arc);
      gc.drawRoundRectangle(r.x, r.y, r.width, r.height, arc, arc);
      gc.setLineStyle(SWT.LINE_SOLID);
      int y = r.y + (int) DiagramStyle.PADDING;
      y = centered(gc, bold, DiagramStyle.TEXT, n.name(), r, y);
      if (!n.label().isEmpty()) {
        y = centered(gc, normal, DiagramStyle.TEXT, n.label(), r, y);
      }
      if (!n.detail().isEmpty()) {
        centered(gc, normal, DiagramStyle.MUTED_TEXT, n.detail(), r, y);
      }
      if (overlay != null) {
        paintOverlay(gc, overlay, n, r);
      }
    }
  }

  /** A buffer's fill as a bar along its bottom, a station's figure in its corner, the marked node framed. */
  private static void paintOverlay(GC gc, LineOverlays.Overlay overlay, Node n, Rectangle r) {
    Double fill = overlay.fill().get(n.id());
    if (fill != null) {
      int width = (int) Math.round((r.width - 8) * Math.max(0, Math.min(1, fill)));
      gc.setBackground(color(DiagramStyle.FILL_BAR));
      gc.fillRectangle(r.x + 4, r.y + r.height - 8, Math.max(width, 1), 5);
    }
    String label = overlay.labels().get(n.id());
    if (label != null) {
      gc.setFont(JFaceResources.getDefaultFont());
      gc.setForeground(color(DiagramStyle.MUTED_TEXT));
      Point size = gc.textExtent(label);
      gc.drawText(label, r.x + r.width - size.x - 4, r.y + 2, true);
    }
    if (n.id().equals(overlay.marked())) {
      gc.setForeground(color(DiagramStyle.BOTTLENECK));
      gc.setLineWidth(3);
      gc.drawRoundRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6, 10, 10);
    }
  }

  /** Draws a text centred in the box, shortened with an ellipsis if it is wider (no clipping: it breaks under zoom). */
  private static int centered(GC gc, Font font, int rgb, String text, Rectangle r, int y) {
    gc.setFont(font);
    gc.setForeground(color(rgb));
    String shown = fit(gc, text, r.width - 6);
    Point size = gc.textExtent(shown);
    gc.drawText(shown, r.x + Math.max(3, (r.width - size.x) / 2), y, true);
    return y + (int) DiagramStyle.ROW;
  }

  static String fit(GC gc, String text, int width) {
    if (gc.textExtent(text).x <= width) {
      return text;
    }
    String ellipsis = "\u2026"; //$NON-NLS-1$
    int end = text.length();
    while (end > 0 && gc.textExtent(text.substring(0, end) + ellipsis).x > width) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end) + ellipsis;
  }

  private static void arrow(GC gc, int x1, int y1, int x2, int y2) {
    double angle = Math.atan2(y2 - y1, x2 - x1);
    double len = 9;
    double spread = Math.toRadians(24);
    int[] head = {x2, y2, (int) Math.round(x2 - len * Math.cos(angle - spread)), (int) Math.round(y2 - len * Math.sin(angle - spread)),
        (int) Math.round(x2 - len * Math.cos(angle + spread)), (int) Math.round(y2 - len * Math.sin(angle + spread))};
    gc.fillPolygon(head);
  }

  private static Rectangle rect(LineDiagram.Box b, int ox, int oy) {
    return new Rectangle(ox + (int) Math.round(b.x()), oy + (int) Math.round(b.y()), (int) Math.round(b.width()),
        (int) Math.round(b.height()));
  }

  private void export(String pattern) {
    if (diagram == null) {
      MessageDialog.openInformation(getSite().getShell(), Messages.LineView_exportTitle, Messages.LineView_nothing);
      return;
    }
    FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
    dialog.setOverwrite(true);
    dialog.setFilterExtensions(new String[] {pattern});
    String base = file == null ? "line" : file.getFullPath().removeFileExtension().lastSegment(); //$NON-NLS-1$
    dialog.setFileName(base + pattern.substring(1));
    String chosen = dialog.open();
    if (chosen == null) {
      return;
    }
    Path target = Path.of(chosen);
    try {
      if (pattern.endsWith("svg")) { //$NON-NLS-1$
        exportSvg(target);
      } else {
        exportPng(target);
      }
    } catch (IOException | RuntimeException e) {
      MessageDialog.openError(getSite().getShell(), Messages.LineView_exportTitle,
          NLS.bind(Messages.LineView_exportFailed, target, e.getMessage()));
    }
  }

  /** Writes the diagram as SVG (atomically). */
  public void exportSvg(Path target) throws IOException {
    LineDiagram d = diagram;
    if (d == null) {
      throw new IOException(Messages.LineView_nothing);
    }
    SvgExport.write(d, severities, target);
  }

  /** Writes the diagram as PNG, as it is painted in the view, whole (atomically). Call on the UI thread. */
  public void exportPng(Path target) throws IOException {
    LineDiagram d = diagram;
    if (d == null) {
      throw new IOException(Messages.LineView_nothing);
    }
    int w = (int) Math.ceil(d.width()) + 2 * MARGIN;
    int h = (int) Math.ceil(d.height()) + 2 * MARGIN;
    Image image = new Image(canvas.getDisplay(), w, h);
    ImageData data;
    try {
      GC gc = new GC(image);
      try {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, w, h);
        paint(gc, MARGIN, MARGIN);
      } finally {
        gc.dispose();
      }
      data = image.getImageData();
    } finally {
      image.dispose();
    }
    ImageLoader loader = new ImageLoader();
    loader.data = new ImageData[] {data};
    AtomicFiles.write(target, out -> loader.save(out, SWT.IMAGE_PNG));
  }
}
