package org.linebench.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.linebench.diagram.LineDiagrams;
import org.linebench.dsl.ui.internal.LineUi;
import org.linebench.project.LineMarkers;
import org.linebench.ui.LineBenchUi;

/**
 * Opens one window in the Line Design perspective on the workspace; optionally opens an example
 * project's line file (reporting the time from launch), and saves a screenshot and closes.
 */
final class LineBenchWorkbenchAdvisor extends WorkbenchAdvisor {
  /** How long the window may settle (layout, fonts) before a screenshot is taken. */
  private static final int SCREENSHOT_DELAY_MS = 1500;
  /** How long a screenshot waits at most for the line diagram and the validation. */
  private static final int SCREENSHOT_PATIENCE_MS = 20_000;


  /** How often the UI thread wakes while the windows are being opened (see {@link #openWindows()}). */
  private static final int OPEN_WINDOWS_TICK_MS = 50;

  private final WorkbenchRunner.Options options;
  /** When the window was open, in ms after the launch of the JVM. */
  private static long windowOpenMs;

  LineBenchWorkbenchAdvisor(WorkbenchRunner.Options options) {
    this.options = options;
  }

  @Override
  public void initialize(IWorkbenchConfigurer configurer) {
    configurer.setSaveAndRestore(options.screenshot() == null);
    IDE.registerAdapters();
    declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png"); //$NON-NLS-1$
    declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png"); //$NON-NLS-1$
  }

  private static void declare(IWorkbenchConfigurer configurer, String key, String path) {
    var url = FileLocator.find(Platform.getBundle("org.eclipse.ui.ide"), IPath.fromPortableString(path)); //$NON-NLS-1$
    if (url != null) {
      configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
    }
  }

  /**
   * Starts the line language (Guice injector, parser, linker) and ELK in the background while the
   * window is being built, so that the first line editor and the line view do not wait for them.
   */
  @Override
  public void preStartup() {
    org.linebench.dsl.api.LineModels.quietLogging(); // Xtext logs through log4j 1.x, which complains unconfigured
    Job warmUp = Job.create(Messages.Workbench_warmUp, monitor -> {
      try {
        LineUi.read(ExampleProjects.starter("warmup"), null, //$NON-NLS-1$
            resource -> resource.getContents().isEmpty() ? null : LineDiagrams.layout(resource.getContents().get(0)));
      } catch (RuntimeException | LinkageError e) {
        ILog.of(LineBenchWorkbenchAdvisor.class).warn("warming up the line language failed", e); //$NON-NLS-1$
      }
    });
    warmUp.setSystem(true);
    warmUp.setPriority(Job.SHORT);
    warmUp.schedule();
  }

  /**
   * The platform opens the windows from a second thread while the UI thread sleeps in the event
   * loop until that thread is done and wakes it. Now and then (about one start in ten here, GTK)
   * that wake-up is lost and the UI thread sleeps until some other event comes, 5 s later; the
   * thread dumps show it idle in {@code Display.sleep} with the opening thread gone. A timer that
   * ticks while the windows open bounds such a sleep to one tick.
   */
  @Override
  public boolean openWindows() {
    Display display = Display.getCurrent();
    boolean[] open = {false};
    Runnable tick = new Runnable() {
      @Override
      public void run() {
        if (!open[0]) {
          display.timerExec(OPEN_WINDOWS_TICK_MS, this);
        }
      }
    };
    if (display != null) {
      display.timerExec(OPEN_WINDOWS_TICK_MS, tick);
    }
    try {
      return super.openWindows();
    } finally {
      open[0] = true;
    }
  }

  @Override
  public String getInitialWindowPerspectiveId() {
    return LineBenchUi.PERSPECTIVE_LINE_DESIGN;
  }

  @Override
  public IAdaptable getDefaultPageInput() {
    return ResourcesPlugin.getWorkspace().getRoot();
  }

  @Override
  public void postShutdown() {
    try {
      ResourcesPlugin.getWorkspace().save(true, null);
    } catch (CoreException | RuntimeException e) {
      ILog.of(LineBenchWorkbenchAdvisor.class).error("the workspace could not be saved", e); //$NON-NLS-1$
    }
  }

  @Override
  public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    return new WorkbenchWindowAdvisor(configurer) {
      @Override
      public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer abc) {
        return new LineBenchActionBarAdvisor(abc);
      }

      @Override
      public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setTitle(Messages.Workbench_title);
        c.setInitialSize(new Point(1280, 800));
        c.setShowStatusLine(true);
        c.setShowCoolBar(false);
        c.setShowMenuBar(true);
        c.setShowProgressIndicator(true);
      }

      @Override
      public void postWindowOpen() {
        windowOpenMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        if (options.example() != null) {
          openExample(window, options.example());
        }
        if (options.screenshot() != null) {
          Shell shell = window.getShell();
          long deadline = System.currentTimeMillis() + SCREENSHOT_PATIENCE_MS;
          shell.getDisplay().timerExec(SCREENSHOT_DELAY_MS, () -> screenshotWhenSettled(window, deadline));
        }
      }
    };
  }

  /** Opens (creating it on first use) the example's project and its line file, with the line view. */
  static IFile openExample(IWorkbenchWindow window, String example) {
    try {
      IFile main = ExampleProjects.openOrCreate(example, null);
      IWorkbenchPage page = window.getActivePage();
      page.showView(LineBenchUi.VIEW_LINE, null, IWorkbenchPage.VIEW_VISIBLE);
      IDE.openEditor(page, main);
      long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      System.err.println(NLS.bind(Messages.Workbench_editorOpened, new Object[] {main.getFullPath().makeRelative(), ms, windowOpenMs}));
      window.getShell().getDisplay().asyncExec(() -> BasicNewResourceWizard.selectAndReveal(main, window));
      return main;
    } catch (CoreException e) {
      System.err.println(e.getStatus().getMessage());
      return null;
    }
  }

  /** Prints how many problem markers the workspace has, so that a headless run can check them. */
  private static void reportMarkers() {
    try {
      int errors = 0;
      int warnings = 0;
      int findings = 0;
      for (IMarker m : ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
        int severity = m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
        errors += severity == IMarker.SEVERITY_ERROR ? 1 : 0;
        warnings += severity == IMarker.SEVERITY_WARNING ? 1 : 0;
        findings += m.isSubtypeOf(LineMarkers.FINDING) ? 1 : 0;
      }
      System.err.println(NLS.bind(Messages.Workbench_markers, new Object[] {errors, warnings, findings}));
    } catch (CoreException e) {
      ILog.of(LineBenchWorkbenchAdvisor.class).warn("the markers could not be counted", e); //$NON-NLS-1$
    }
  }

  /** Takes the screenshot once the line view has its diagram and no job runs (or the patience is out). */
  private void screenshotWhenSettled(IWorkbenchWindow window, long deadline) {
    Shell shell = window.getShell();
    Display display = shell.getDisplay();
    boolean settled = Job.getJobManager().isIdle();
    IWorkbenchPage page = window.getActivePage();
    if (options.example() != null && page != null && page.findView(LineBenchUi.VIEW_LINE) instanceof LineView v) {
      settled &= v.diagram() != null && !v.isBusy();
    }
    if (!settled && System.currentTimeMillis() < deadline) {
      display.timerExec(200, () -> screenshotWhenSettled(window, deadline));
      return;
    }
    reportMarkers();
    display.timerExec(300, () -> {
      Path screenshot = options.screenshot();
      try {
        Screenshots.save(shell, screenshot);
      } catch (RuntimeException | java.io.IOException e) {
        System.err.println(NLS.bind(Messages.Workbench_badScreenshot, screenshot, e.getMessage()));
      } finally {
        window.getWorkbench().close();
      }
    });
  }
}
