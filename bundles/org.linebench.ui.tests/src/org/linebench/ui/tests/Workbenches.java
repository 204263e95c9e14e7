package org.linebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The running workbench, for tests on the UI thread. */
final class Workbenches {

  private Workbenches() {
  }

  /** The active window; fails the test when none is open. */
  static IWorkbenchWindow window() {
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    assertNotNull(w, "no workbench window is open");
    return w;
  }

  /** Runs the pending UI events. */
  static void settle() {
    Display d = Display.getCurrent();
    while (d.readAndDispatch()) {
      // run pending UI events
    }
  }
}
