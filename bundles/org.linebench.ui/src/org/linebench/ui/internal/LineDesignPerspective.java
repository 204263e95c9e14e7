package org.linebench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.linebench.ui.LineBenchUi;

/**
 * "Line Design": the projects on the left, the line editor in the middle with its outline on the
 * right, and below it the line diagram beside the Problems view and the properties.
 */
public class LineDesignPerspective implements IPerspectiveFactory {

  @Override
  public void createInitialLayout(IPageLayout layout) {
    String editorArea = layout.getEditorArea();
    layout.setEditorAreaVisible(true);
    IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editorArea); //$NON-NLS-1$
    left.addView(LineBenchUi.VIEW_PROJECT_EXPLORER);
    left.addView(LineBenchUi.VIEW_OVERVIEW);
    IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editorArea); //$NON-NLS-1$
    bottom.addView(LineBenchUi.VIEW_LINE);
    IFolderLayout findings = layout.createFolder("findings", IPageLayout.RIGHT, 0.7f, "bottom"); //$NON-NLS-1$ //$NON-NLS-2$
    findings.addView(IPageLayout.ID_PROBLEM_VIEW);
    // stacked here rather than by perspectiveExtensions relative to the Problems view: the e4 layout
    // does not find that view while it reads the extensions, logs an error and opens a stack of its own
    findings.addView(LineBenchUi.VIEW_RULE);
    findings.addView(IPageLayout.ID_PROP_SHEET);
    findings.addPlaceholder(LineBenchUi.VIEW_MODEL_METRICS);
    findings.addPlaceholder(LineBenchUi.VIEW_SIMULATION);
    layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);

    for (String view : new String[] {LineBenchUi.VIEW_PROJECT_EXPLORER, LineBenchUi.VIEW_LINE, LineBenchUi.VIEW_OVERVIEW,
        IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE}) {
      layout.addShowViewShortcut(view);
    }
    layout.addNewWizardShortcut(LineBenchUi.WIZARD_NEW_PROJECT);
    layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
    layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file"); //$NON-NLS-1$
  }
}
