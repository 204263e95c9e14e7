package org.linebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linebench.testing.ui.Workbenches.settle;
import static org.linebench.testing.ui.Workbenches.window;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.junit.jupiter.api.Test;
import org.linebench.ui.LineBenchUi;
import org.linebench.ui.internal.Messages;
import org.linebench.ui.internal.Screenshots;

/** The real LineBench workbench, started by the UI harness with our application. */
class WorkbenchTest {

  @Test
  void theWindowOpensInTheLineDesignPerspective() {
    assertTrue(PlatformUI.isWorkbenchRunning());
    assertSame(Display.getCurrent(), PlatformUI.getWorkbench().getDisplay(), "tests run on the UI thread");
    IWorkbenchPage page = window().getActivePage();
    assertEquals(LineBenchUi.PERSPECTIVE_LINE_DESIGN, page.getPerspective().getId());
    assertEquals(Messages.Workbench_title, window().getShell().getText());
    assertTrue(window().getShell().isVisible());
  }

  @Test
  void theOverviewViewShowsWhatLineBenchIsFor() throws Exception {
    IViewPart view = window().getActivePage().showView(LineBenchUi.VIEW_OVERVIEW);
    settle();
    List<String> texts = new ArrayList<>();
    collectLabels(((ViewPart) view).getSite().getShell(), texts);
    assertTrue(texts.contains(Messages.Overview_body), texts::toString);
    assertTrue(Messages.Overview_body.contains(".line"), Messages.Overview_body);
  }

  @Test
  void aScreenshotOfTheWindowIsAPngOfItsSize() throws Exception {
    settle();
    Path dir = Path.of(System.getProperty("linebench.screenshots", "target/screenshots"));
    Path png = dir.resolve("workbench.png");
    Screenshots.save(window().getShell(), png);
    assertTrue(Files.size(png) > 1000, "a real picture, not an empty file");
    try (InputStream in = Files.newInputStream(png)) {
      ImageData data = new ImageData(in);
      assertEquals(window().getShell().getBounds().width, data.width);
      assertEquals(window().getShell().getBounds().height, data.height);
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of(png), files.filter(p -> p.getFileName().toString().startsWith("workbench")).toList(),
          "no temporary file left behind");
    }
  }

  private static void collectLabels(Control c, List<String> into) {
    if (c instanceof Label l) {
      into.add(l.getText());
    }
    if (c instanceof Composite comp) {
      for (Control child : comp.getChildren()) {
        collectLabels(child, into);
      }
    }
  }
}
