package org.linebench.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The application {@code org.linebench.ui.workbench}: the workbench window alone. */
public class LineBenchWorkbenchApplication implements IApplication {

  @Override
  public Object start(IApplicationContext context) throws Exception {
    WorkbenchRunner.useWorkspace(WorkbenchRunner.defaultWorkspace());
    int code = WorkbenchRunner.run(WorkbenchRunner.Options.NONE);
    return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
  }

  @Override
  public void stop() {
    if (!PlatformUI.isWorkbenchRunning()) {
      return;
    }
    IWorkbench workbench = PlatformUI.getWorkbench();
    Display display = workbench.getDisplay();
    display.syncExec(() -> {
      if (!display.isDisposed()) {
        workbench.close();
      }
    });
  }
}
