package org.linebench.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.linebench.ui.LineBenchUi;

/** Opens one window in the Line Design perspective; optionally saves a screenshot and closes. */
final class LineBenchWorkbenchAdvisor extends WorkbenchAdvisor {
  /** How long the window may settle (layout, fonts) before a screenshot is taken. */
  private static final int SCREENSHOT_DELAY_MS = 1500;

  private final Path screenshot;

  LineBenchWorkbenchAdvisor(Path screenshot) {
    this.screenshot = screenshot;
  }

  @Override
  public void initialize(IWorkbenchConfigurer configurer) {
    configurer.setSaveAndRestore(screenshot == null);
  }

  @Override
  public String getInitialWindowPerspectiveId() {
    return LineBenchUi.PERSPECTIVE_LINE_DESIGN;
  }

  @Override
  public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    return new WorkbenchWindowAdvisor(configurer) {
      @Override
      public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setTitle(Messages.Workbench_title);
        c.setInitialSize(new Point(1280, 800));
        c.setShowStatusLine(true);
        c.setShowCoolBar(false);
      }

      @Override
      public void postWindowOpen() {
        if (screenshot == null) {
          return;
        }
        Shell shell = getWindowConfigurer().getWindow().getShell();
        Display display = shell.getDisplay();
        display.timerExec(SCREENSHOT_DELAY_MS, () -> {
          try {
            Screenshots.save(shell, screenshot);
          } catch (RuntimeException | java.io.IOException e) {
            System.err.println(org.eclipse.osgi.util.NLS.bind(Messages.Workbench_badScreenshot, screenshot, e.getMessage()));
          } finally {
            getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().close();
          }
        });
      }
    };
  }
}
