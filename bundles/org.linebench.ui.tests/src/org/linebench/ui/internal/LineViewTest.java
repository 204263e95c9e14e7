package org.linebench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linebench.diagram.DiagramStyle;
import org.linebench.diagram.LineDiagram;
import org.linebench.diagram.LineDiagram.Node;
import org.linebench.diagram.LineDiagram.Severity;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Line;
import org.linebench.testing.Sources;
import org.linebench.testing.ui.Workbenches;
import org.linebench.ui.LineBenchUi;

/** The line view beside the line editor: the body shop's diagram, markers as colours, jump to text, export. */
class LineViewTest {

  @AfterEach
  void closeEditors() {
    Workbenches.window().getActivePage().closeAllEditors(false);
  }

  private static LineView openBodyShop(IEditorPart[] editorOut) throws Exception {
    IFile file = ExampleProjects.openOrCreate("bodyshop", null);
    IWorkbenchPage page = Workbenches.window().getActivePage();
    LineView view = (LineView) page.showView(LineBenchUi.VIEW_LINE);
    IEditorPart editor = IDE.openEditor(page, file);
    editorOut[0] = editor;
    assertTrue(Workbenches.waitFor(() -> view.diagram() != null && !view.isBusy(), 30_000), "the diagram is laid out");
    assertEquals(file, view.file());
    return view;
  }

  @Test
  void theBodyShopIsDrawnWithEveryElementAndFlow() throws Exception {
    IEditorPart[] editor = new IEditorPart[1];
    LineView view = openBodyShop(editor);
    LineDiagram d = view.diagram();
    Path onDisk = Sources.examples().resolve("bodyshop/bodyshop.line");
    LineModels.Result r = LineModels.load(LineModels.collect(List.of(Sources.examples())));
    Line line = (Line) r.files().get(r.files().keySet().stream().filter(p -> p.endsWith(Path.of("bodyshop/bodyshop.line")))
        .findFirst().orElseThrow()).getElements().stream().filter(org.linebench.model.line.Plant.class::isInstance)
        .map(p -> ((org.linebench.model.line.Plant) p).getLines().get(0)).findFirst().orElseThrow();
    assertEquals(line.getSources().size() + line.getStations().size() + line.getBuffers().size() + line.getSinks().size(),
        d.nodes().size());
    assertEquals(line.getFlows().size(), d.edges().size());
    assertEquals(1, d.edges().stream().filter(LineDiagram.Edge::rework).count());
    assertEquals(Map.of(), view.severities(), "the example is clean: no station is coloured");
    assertTrue(Files.isRegularFile(onDisk));

    // double-click on OP20 selects its text in the editor
    Node op20 = d.node("BodyInWhite.OP20").orElseThrow();
    Point at = view.toCanvas(op20.box().center().x(), op20.box().center().y());
    assertEquals(op20, view.nodeAt(at.x, at.y).orElseThrow(), "hit-testing under the view's zoom");
    Event click = new Event();
    click.x = at.x;
    click.y = at.y;
    click.button = 1;
    view.canvas().notifyListeners(SWT.MouseDoubleClick, click);
    Workbenches.settle();
    ITextEditor text = (ITextEditor) editor[0];
    ITextSelection sel = (ITextSelection) text.getSelectionProvider().getSelection();
    String content = text.getDocumentProvider().getDocument(text.getEditorInput()).get();
    assertEquals(content.indexOf("station OP20"), sel.getOffset(), "double-click jumps to the station's text");
    assertTrue(sel.getText().startsWith("station OP20") && sel.getText().endsWith("}"), sel.getText());
    assertEquals(editor[0], Workbenches.window().getActivePage().getActiveEditor());
  }

  @Test
  void aStationWithAnErrorTurnsRedAndTheExportsShowIt() throws Exception {
    IEditorPart[] editor = new IEditorPart[1];
    LineView view = openBodyShop(editor);
    ITextEditor text = (ITextEditor) editor[0];
    IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
    int op30 = doc.get().indexOf("station OP30");
    int unit = doc.get().indexOf("300 ms", op30) + 3;
    doc.replace(unit, 3, " msec"); // an unknown unit inside OP30
    assertTrue(Workbenches.waitFor(() -> view.severities().get("BodyInWhite.OP30") == Severity.ERROR, 30_000),
        () -> "OP30 is coloured by its error marker: " + view.severities());
    assertEquals(Map.of("BodyInWhite.OP30", Severity.ERROR), view.severities(), "only OP30");
    Workbenches.window().getActivePage().activate(view);
    Workbenches.waitFor(() -> false, 300);
    Screenshots.save(Workbenches.window().getShell(), UiTesting.screenshots().resolve("line-view-error.png"));

    Path dir = UiTesting.screenshots();
    Path png = dir.resolve("bodyshop-line.png");
    Path svg = dir.resolve("bodyshop-line.svg");
    view.exportPng(png);
    view.exportSvg(svg);
    LineDiagram d = view.diagram();
    ImageData data;
    try (InputStream in = Files.newInputStream(png)) {
      data = new ImageData(in);
    }
    assertEquals((int) Math.ceil(d.width()) + 20, data.width);
    assertEquals((int) Math.ceil(d.height()) + 20, data.height);
    Node n30 = d.node("BodyInWhite.OP30").orElseThrow();
    Node n20 = d.node("BodyInWhite.OP20").orElseThrow();
    assertEquals(rgb(DiagramStyle.fill(LineDiagram.Kind.STATION, Severity.ERROR)), pixelInside(data, n30), "OP30 painted red");
    assertEquals(rgb(DiagramStyle.fill(LineDiagram.Kind.STATION, Severity.NONE)), pixelInside(data, n20), "OP20 painted blue");
    String svgText = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(svgText.contains("id=\"BodyInWhite.OP30\" data-severity=\"error\""), "the SVG carries the finding");
    assertEquals(d.nodes().size(), svgText.split("<g class=\"node ", -1).length - 1);

    doc.replace(unit, 5, " ms"); // repaired: the colour goes
    assertTrue(Workbenches.waitFor(() -> view.severities().isEmpty(), 30_000), () -> "no colour after the fix: " + view.severities());
    text.doRevertToSaved();
  }

  /** A pixel inside the node's box, clear of its border, rounded corners and text. */
  private static RGB pixelInside(ImageData data, Node n) {
    int x = 10 + (int) Math.round(n.box().x()) + 6;
    int y = 10 + (int) Math.round(n.box().y() + n.box().height()) - 6;
    return data.palette.getRGB(data.getPixel(x, y));
  }

  private static RGB rgb(int c) {
    return new RGB((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
  }

  @Test
  void theViewFollowsTheActiveLineEditor() throws Exception {
    IEditorPart[] editor = new IEditorPart[1];
    LineView view = openBodyShop(editor);
    IFile smt = ExampleProjects.openOrCreate("electronics", null);
    IDE.openEditor(Workbenches.window().getActivePage(), smt);
    assertTrue(Workbenches.waitFor(() -> smt.equals(view.file()) && view.diagram() != null && !view.isBusy(), 30_000));
    assertNotNull(view.diagram().node("ControlUnits.Screwing").orElse(null), "the electronics line is shown now");
    Workbenches.window().getActivePage().closeAllEditors(false);
    assertTrue(Workbenches.waitFor(() -> view.diagram() == null && view.file() == null, 10_000), "no editor: no diagram");
  }
}
