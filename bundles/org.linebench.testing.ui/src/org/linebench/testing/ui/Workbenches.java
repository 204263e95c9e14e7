package org.linebench.testing.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The running workbench, for tests on the UI thread (tycho-surefire's UI harness). */
public final class Workbenches {
  private Workbenches() {}

  /** The active window, else the first one; fails the test when none is open. */
  public static IWorkbenchWindow window() {
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
      w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }
    assertNotNull(w, "no workbench window is open");
    return w;
  }

  /** Runs the pending UI events. */
  public static void settle() {
    Display d = Display.getCurrent();
    while (d.readAndDispatch()) {
      // run pending UI events
    }
  }

  /**
   * Runs the UI's events until the condition holds or the time is out (sleeping 20 ms when there is
   * nothing to do); returns the condition.
   */
  public static boolean waitFor(BooleanSupplier condition, long millis) {
    long end = System.currentTimeMillis() + millis;
    Display display = Display.getCurrent();
    while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
      if (!display.readAndDispatch()) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return condition.getAsBoolean();
        }
      }
    }
    return condition.getAsBoolean();
  }

  /** Every control of the given type below (and including) the root, in tree order. */
  @SuppressWarnings("unchecked")
  public static <T extends Control> List<T> find(Control root, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (type.isInstance(root)) {
      found.add((T) root);
    }
    if (root instanceof Composite c) {
      for (Control child : c.getChildren()) {
        found.addAll(find(child, type));
      }
    }
    return found;
  }
}
