package org.linebench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Helpers for driving the real workbench from tests on the UI thread. */
final class UiTesting {
  private UiTesting() {}

  static IWorkbenchWindow window() {
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
      w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }
    assertNotNull(w, "no workbench window is open");
    return w;
  }

  /** Runs the UI's events until the condition holds or the time is out; returns the condition. */
  static boolean waitFor(BooleanSupplier condition, long millis) {
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

  static void settle() {
    Display d = Display.getCurrent();
    while (d.readAndDispatch()) {
      // run pending UI events
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends Control> List<T> find(Control root, Class<T> type) {
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

  static Path screenshots() {
    return Path.of(System.getProperty("linebench.screenshots", "target/screenshots"));
  }

  static Path examples() {
    String root = System.getProperty("linebench.root");
    Path p = (root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize()).resolve("examples");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("no examples folder at " + p);
    }
    return p;
  }
}
