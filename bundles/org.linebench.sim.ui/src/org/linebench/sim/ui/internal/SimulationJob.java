package org.linebench.sim.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.sim.Durations;
import org.linebench.sim.Simulation;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.line.LineSimulations;
import org.linebench.sim.line.SimulationException;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.ui.SimUi;
import org.linebench.ui.LineOverlays;

/**
 * Loads the line files of the file's project, compiles the line, warns when the run would be long,
 * runs it (cancellable, with progress) and shows the result in the Simulation view and over the
 * line view.
 */
public final class SimulationJob extends Job {
  /** Beyond this a run asks first, with its estimated duration. */
  static final double ASK_SECONDS = 600;

  /** What to simulate: a line of a file, and how. */
  public record Request(IFile file, String line, Simulation.Options options) {}

  private final Request request;
  private volatile SimulationResult result;

  public SimulationJob(Request request) {
    super(NLS.bind(Messages.Job_name, request.line()));
    this.request = request;
  }

  /** The result once the job has run, or null. */
  public SimulationResult result() {
    return result;
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    monitor.beginTask(getName(), 1000);
    try {
      SimModel model = load(monitor);
      if (model == null) {
        return Status.CANCEL_STATUS;
      }
      double estimate = Simulation.estimateSeconds(model, request.options());
      if (estimate > ASK_SECONDS && !confirm(estimate)) {
        return Status.CANCEL_STATUS;
      }
      monitor.subTask(NLS.bind(Messages.Job_running, request.options().replications(), Durations.format(request.options().horizon())));
      int[] worked = {0};
      SimulationResult r = Simulation.run(model, request.options(), new Simulation.Monitor() {
        @Override
        public synchronized void progress(double done) {
          int now = (int) Math.round(done * 950);
          if (now > worked[0]) {
            monitor.worked(now - worked[0]);
            worked[0] = now;
          }
        }

        @Override
        public boolean cancelled() {
          return monitor.isCanceled();
        }
      });
      result = r;
      Display.getDefault().asyncExec(() -> show(r, model));
      return Status.OK_STATUS;
    } catch (Simulation.CancelledException e) {
      return Status.CANCEL_STATUS;
    } catch (SimulationException e) {
      fail(e.describe(folder()));
      return Status.OK_STATUS;
    } catch (IOException e) {
      fail(InputFiles.reason(e));
      return Status.OK_STATUS;
    } finally {
      monitor.done();
    }
  }

  private Path folder() {
    return request.file().getProject().getLocation().toFile().toPath();
  }

  /** The project's line files loaded together; the line compiled; null when the files have errors (said in a dialog). */
  private SimModel load(IProgressMonitor monitor) throws IOException, SimulationException {
    monitor.subTask(NLS.bind(Messages.Job_loading, request.file().getProject().getName()));
    List<Path> files = LineModels.collect(List.of(folder()));
    LineModels.Result loaded = LineModels.load(files);
    monitor.worked(30);
    List<LineIssue> errors = LineSimulations.errors(loaded, files);
    if (!errors.isEmpty()) {
      String shown = errors.stream().limit(10).map(i -> LineSimulations.describe(i, folder().relativize(i.file().toAbsolutePath().normalize()),
          Messages.Job_error)).collect(Collectors.joining("\n")); //$NON-NLS-1$
      fail(NLS.bind(Messages.Job_invalid, errors.size(), shown));
      return null;
    }
    Path path = request.file().getLocation().toFile().toPath().toAbsolutePath().normalize();
    LineFile file = loaded.files().entrySet().stream().filter(e -> e.getKey().toAbsolutePath().normalize().equals(path))
        .map(Map.Entry::getValue).findFirst().orElse(null);
    Line line = file == null ? null : LineSimulations.lines(List.of(file)).stream().filter(l -> l.getName().equals(request.line()))
        .findFirst().orElse(null);
    if (line == null) {
      fail(NLS.bind(Messages.Handler_noLines, request.file().getName()));
      return null;
    }
    monitor.subTask(NLS.bind(Messages.Job_compiling, line.getName()));
    SimModel model = LineSimulations.compile(line, s -> { });
    monitor.worked(20);
    return model;
  }

  private boolean confirm(double estimate) {
    AtomicBoolean yes = new AtomicBoolean();
    Display.getDefault().syncExec(() -> yes.set(MessageDialog.openQuestion(shell(), Messages.Job_estimateTitle,
        NLS.bind(Messages.Job_estimate, new Object[] {Durations.format(estimate), request.options().replications(),
            Durations.format(request.options().horizon())}))));
    return yes.get();
  }

  private static org.eclipse.swt.widgets.Shell shell() {
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    return w == null ? null : w.getShell();
  }

  private static void fail(String message) {
    Display.getDefault().asyncExec(() -> MessageDialog.openError(shell(), Messages.Job_failed, message));
  }

  /** The result into the Simulation view, and the stations' utilisation and the buffers' fill over the line view. */
  private void show(SimulationResult r, SimModel model) {
    LineOverlays.show(request.file(), overlay(r, model));
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    IWorkbenchPage page = w == null ? null : w.getActivePage();
    if (page == null) {
      return;
    }
    try {
      SimulationView view = (SimulationView) page.showView(SimUi.VIEW_SIMULATION, null, IWorkbenchPage.VIEW_VISIBLE);
      view.show(r, request);
    } catch (PartInitException e) {
      org.eclipse.core.runtime.ILog.of(SimulationJob.class).error("the Simulation view cannot be opened", e); //$NON-NLS-1$
    }
  }

  /** The figures the line view paints: utilisation per station, mean fill per buffer, the bottleneck framed. */
  static LineOverlays.Overlay overlay(SimulationResult r, SimModel model) {
    String prefix = r.line() + "."; //$NON-NLS-1$
    Map<String, Double> utilisation = new HashMap<>();
    Map<String, Double> fill = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (SimulationResult.StationResult s : r.stations()) {
      utilisation.put(prefix + s.name(), s.utilisation());
      labels.put(prefix + s.name(), Math.round(100 * s.utilisation()) + " %"); //$NON-NLS-1$
    }
    for (SimulationResult.BufferResult b : r.buffers()) {
      if (model.indexOf(b.name()).isPresent()) {
        fill.put(prefix + b.name(), b.meanFill().mean() / Math.max(1, b.capacity()));
        labels.put(prefix + b.name(), String.format(java.util.Locale.ROOT, "%.1f/%d", b.meanFill().mean(), b.capacity())); //$NON-NLS-1$
      }
    }
    String title = NLS.bind(Messages.Overlay_title, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"))); //$NON-NLS-1$
    return new LineOverlays.Overlay(title, utilisation, fill, labels, r.bottleneck() == null ? null : prefix + r.bottleneck());
  }
}
