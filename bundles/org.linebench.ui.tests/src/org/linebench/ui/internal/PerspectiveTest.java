package org.linebench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.linebench.testing.ui.Workbenches;
import org.linebench.ui.LineBenchUi;

/** The Line Design perspective holds the project explorer, the outline, problems, properties and the line view. */
class PerspectiveTest {

  @Test
  void lineDesignHasItsViews() throws Exception {
    IWorkbenchPage page = Workbenches.window().getActivePage();
    page.setPerspective(page.getWorkbenchWindow().getWorkbench().getPerspectiveRegistry()
        .findPerspectiveWithId(LineBenchUi.PERSPECTIVE_LINE_DESIGN));
    page.resetPerspective();
    assertEquals(LineBenchUi.PERSPECTIVE_LINE_DESIGN, page.getPerspective().getId());
    for (String id : List.of(LineBenchUi.VIEW_PROJECT_EXPLORER, LineBenchUi.VIEW_LINE, LineBenchUi.VIEW_OVERVIEW,
        IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE)) {
      assertNotNull(page.findViewReference(id), id + " is in the perspective");
    }
    assertTrue(Arrays.asList(page.getNewWizardShortcuts()).contains(LineBenchUi.WIZARD_NEW_PROJECT), "File > New lists the wizard");
  }

  @Test
  void theProjectExplorerShowsAnExampleProject() throws Exception {
    IFile main = ExampleProjects.openOrCreate("bodyshop", null);
    IWorkbenchPage page = Workbenches.window().getActivePage();
    CommonNavigator explorer = (CommonNavigator) page.showView(LineBenchUi.VIEW_PROJECT_EXPLORER);
    assertTrue(Workbenches.waitFor(() -> Arrays.stream(explorer.getCommonViewer().getTree().getItems()).map(TreeItem::getText)
        .anyMatch("bodyshop"::equals), 10_000), "the project is listed");
    explorer.selectReveal(new org.eclipse.jface.viewers.StructuredSelection(main));
    Workbenches.settle();
    assertEquals(main, explorer.getCommonViewer().getStructuredSelection().getFirstElement(), "its line file can be selected");
  }
}
