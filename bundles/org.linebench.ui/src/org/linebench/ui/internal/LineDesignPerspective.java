package org.linebench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.linebench.ui.LineBenchUi;

/** "Line Design": the editor in the middle, LineBench's views around it. */
public class LineDesignPerspective implements IPerspectiveFactory {

  @Override
  public void createInitialLayout(IPageLayout layout) {
    String editorArea = layout.getEditorArea();
    layout.setEditorAreaVisible(true);
    IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, editorArea); //$NON-NLS-1$
    left.addView(LineBenchUi.VIEW_OVERVIEW);
    left.addPlaceholder("org.eclipse.ui.navigator.ProjectExplorer"); //$NON-NLS-1$
    IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editorArea); //$NON-NLS-1$
    bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
    bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
    layout.addPlaceholder(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);
  }
}
