package org.linebench.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Opens the LineBench workbench: shared by the application and by {@code linebench workbench}. */
public final class WorkbenchRunner {

  private WorkbenchRunner() {}

  /**
   * The workspace used when none is given: the one the launcher chose for the OS ({@code linebench.defaultWorkspace}:
   * {@code ~/Documents/LineBench} on macOS), else {@code linebench-workspace} in the user's home.
   */
  public static Path defaultWorkspace() {
    String chosen = System.getProperty("linebench.defaultWorkspace"); //$NON-NLS-1$
    if (chosen != null && !chosen.isBlank()) {
      return Path.of(chosen);
    }
    return Path.of(System.getProperty("user.home"), "linebench-workspace"); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /**
   * Sets the platform's instance location (the workspace) unless the launcher already set it.
   *
   * @throws IllegalStateException with a localized message when another window holds its lock
   */
  public static void useWorkspace(Path folder) throws IOException {
    Location location = Platform.getInstanceLocation();
    if (location == null || location.isSet()) {
      return;
    }
    Files.createDirectories(folder);
    URL url = folder.toUri().toURL();
    if (!location.set(url, true)) {
      throw new IllegalStateException(NLS.bind(Messages.Workbench_instanceInUse, folder));
    }
  }

  /**
   * What to do once the window is open.
   *
   * @param screenshot where to save a picture of the window once it has settled (then it closes), or null
   * @param example the bundled example whose project to open (created on first use), or null
   */
  public record Options(Path screenshot, String example) {
    public static final Options NONE = new Options(null, null);
  }

  /**
   * Runs the workbench until its window is closed.
   *
   * @return {@link PlatformUI#RETURN_OK} or {@link PlatformUI#RETURN_RESTART}
   */
  public static int run(Options options) {
    Display display = PlatformUI.createDisplay();
    try {
      return PlatformUI.createAndRunWorkbench(display, new LineBenchWorkbenchAdvisor(options));
    } finally {
      display.dispose();
    }
  }
}
