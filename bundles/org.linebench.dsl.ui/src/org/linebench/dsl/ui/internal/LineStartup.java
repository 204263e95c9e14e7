package org.linebench.dsl.ui.internal;

import org.eclipse.ui.IStartup;
import org.linebench.project.LineProjects;

/**
 * When the workbench has started: projects that hold line files become LineBench projects and are
 * built (markers and index are not kept across sessions), and a file's working copy goes when the
 * last editor of it closes.
 */
public class LineStartup implements IStartup {
  @Override
  public void earlyStartup() {
    LineUi.releaseWorkingCopiesWithTheirBuffers();
    LineProjects.startWorkbench();
  }
}
