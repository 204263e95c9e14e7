package org.linebench.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.linebench.dsl.ui.internal.LineContentAssistProcessor;
import org.linebench.dsl.ui.internal.LineOutlinePage;
import org.linebench.dsl.ui.internal.LineValidationReconciler;
import org.linebench.dsl.ui.internal.QuantityHover;
import org.linebench.testing.Projects;
import org.linebench.testing.ui.Workbenches;
import org.linebench.ui.internal.Screenshots;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.project.WorkingCopy;

/** A line file opened in the workbench: the generic editor with our highlighting, markers, assist and hover. */
class LineEditorTest {
  static final String TEXT = """
      namespace demo
      plant P {
      	country CN
      	line L {
      		takt 60 s
      		source In
      		station A manual-workstation {
      			cycle-time 50 sec
      			operators 1
      		}
      		sink Out
      		flow In -> A
      		flow A -> Out
      	}
      }
      """;

  private static IFile createFile() throws Exception {
    return Projects.file(Projects.fresh("demo"), "plant.line", TEXT);
  }

  @Test
  void lineFilesOpenInTheLineEditorWithMarkersHighlightingAssistAndHover() throws Exception {
    IFile file = createFile();
    IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
    assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());

    assertEquals(List.of("line.unknown-unit"),
        LineValidationReconciler.validate(TEXT, file).stream().map(i -> i.getCode()).toList(), "validation in the workbench");
    Workbenches.waitFor(() -> markers(file).length > 0, 20_000);
    IMarker[] markers = markers(file);
    assertEquals(1, markers.length, () -> Arrays.toString(markers));
    assertEquals("line.unknown-unit", markers[0].getAttribute(LineMarkers.CODE, ""));
    assertEquals(8, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
    assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));

    ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
    assertNotNull(viewer, "the editor's text viewer");
    Workbenches.waitFor(() -> viewer.getTextWidget().getStyleRangeAtOffset(TEXT.indexOf("plant")) != null, 5_000);
    StyleRange keyword = viewer.getTextWidget().getStyleRangeAtOffset(TEXT.indexOf("plant"));
    assertNotNull(keyword, "keywords are highlighted");
    assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);

    // one parse of this version, whoever reads it: validation, line view, outline, hover, content assist
    WorkingCopy wc = LineProjects.workingCopy(file);
    int parses = wc.parses();
    assertTrue(parses >= 1);

    int afterNumber = TEXT.indexOf("50 sec") + 3;
    List<String> proposals = Arrays.stream(new LineContentAssistProcessor().computeCompletionProposals(viewer, afterNumber))
        .map(ICompletionProposal::getDisplayString).toList();
    assertTrue(proposals.stream().anyMatch(p -> p.startsWith("s - time")), proposals::toString);

    assertEquals("60 s = 60000 ms = 1 min = 0.0167 h", QuantityHover.describeAt(TEXT, TEXT.indexOf("60 s")));
    assertEquals("60 s = 60000 ms = 1 min = 0.0167 h", new QuantityHover().getHoverInfo(viewer, new Region(TEXT.indexOf("60 s"), 0)));

    // the Outline view shows the file's structure
    ContentOutline outline = (ContentOutline) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
        .showView(IPageLayout.ID_OUTLINE);
    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor);
    Workbenches.waitFor(() -> outline.getCurrentPage() instanceof LineOutlinePage, 5_000);
    LineOutlinePage outlinePage = (LineOutlinePage) outline.getCurrentPage();
    TreeItem plant = outlinePage.getTreeViewer().getTree().getItem(0);
    assertEquals("P", plant.getText());
    outlinePage.getTreeViewer().expandAll();
    assertEquals("L", plant.getItem(0).getText());
    assertEquals(List.of("In", "A", "Out"), Arrays.stream(plant.getItem(0).getItems()).map(TreeItem::getText).toList());
    assertEquals(parses, wc.parses(), "the editor's features read the parse the validation made");

    Workbenches.waitFor(() -> false, 500);
    Screenshots.save(editor.getSite().getShell(),
        Path.of(System.getProperty("linebench.screenshots", "target/screenshots")).resolve("line-editor.png"));

    // quick fix from the marker: the document is repaired and the marker goes away
    // (the marker as it is now: a build since the first look may have replaced it)
    IMarker unit = Arrays.stream(markers(file)).filter(m -> "line.unknown-unit".equals(m.getAttribute(LineMarkers.CODE, ""))).findFirst()
        .orElseThrow(() -> new AssertionError(Arrays.toString(markers(file))));
    IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(unit);
    IMarkerResolution toSeconds = Arrays.stream(resolutions).filter(r -> r.getLabel().equals("replace 'sec' with 's'"))
        .findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(resolutions)));
    toSeconds.run(unit);
    IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
    assertEquals(TEXT.replace("50 sec", "50 s"), document.get());
    Workbenches.waitFor(() -> markers(file).length == 0, 20_000);
    assertEquals(0, markers(file).length, "the fixed line is clean");

    // Format (Ctrl+Shift+F)
    document.set("namespace demo plant P{country CN}");
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.linebench.dsl.ui.format", null);
    assertEquals("namespace demo\n\nplant P {\n\tcountry CN\n}\n", document.get());
  }

  private static IMarker[] markers(IFile file) {
    try {
      return file.findMarkers(LineMarkers.PROBLEM, false, IResource.DEPTH_ZERO);
    } catch (Exception e) {
      return new IMarker[0];
    }
  }
}
