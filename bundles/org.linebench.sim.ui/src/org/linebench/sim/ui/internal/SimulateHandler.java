package org.linebench.sim.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Line;
import org.linebench.sim.Simulation;
import org.linebench.sim.line.LineSimulations;

/**
 * Simulation > Simulate Line...: asks for the line of the active editor's file and how long to
 * simulate, then runs the simulation as a job; its results go to the Simulation view and the line
 * view.
 */
public class SimulateHandler extends AbstractHandler {
  /** The last run, for Simulate Again. */
  private static volatile SimulationJob.Request last;

  @Override
  public Object execute(ExecutionEvent event) {
    Shell shell = HandlerUtil.getActiveShell(event);
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    IFile file = lineFile(page == null ? null : page.getActiveEditor());
    if (file == null) {
      MessageDialog.openInformation(shell, Messages.Dialog_title, Messages.Handler_noLineEditor);
      return null;
    }
    if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
      return null;
    }
    List<String> lines = lineNames(file);
    if (lines.isEmpty()) {
      MessageDialog.openInformation(shell, Messages.Dialog_title, NLS.bind(Messages.Handler_noLines, file.getName()));
      return null;
    }
    SimulationJob.Request previous = last;
    SimulateDialog dialog = new SimulateDialog(shell, file.getName(), lines,
        previous != null && previous.file().equals(file) ? previous.options() : Simulation.Options.defaults(),
        previous != null && previous.file().equals(file) ? previous.line() : null);
    if (dialog.open() == Window.OK) {
      run(new SimulationJob.Request(file, dialog.line(), dialog.options()));
    }
    return null;
  }

  /** Schedules a simulation; it shows its results when it is done. */
  public static SimulationJob run(SimulationJob.Request request) {
    last = request;
    SimulationJob job = new SimulationJob(request);
    job.setUser(true);
    job.schedule();
    return job;
  }

  /** The last simulation asked for, or null. */
  static SimulationJob.Request last() {
    return last;
  }

  /** The line file of an editor, or null. */
  static IFile lineFile(IEditorPart editor) {
    IFile f = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
    return f != null && LineModels.EXTENSION.equals(f.getFileExtension()) ? f : null;
  }

  /** The names of the lines declared in a file (as saved). */
  static List<String> lineNames(IFile file) {
    try {
      Path path = file.getLocation().toFile().toPath();
      LineModels.Result r = LineModels.load(List.of(path));
      return LineSimulations.lines(List.copyOf(r.files().values())).stream().map(Line::getName).toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
