package org.linebench.sim.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linebench.testing.ui.Workbenches.waitFor;
import static org.linebench.testing.ui.Workbenches.window;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.linebench.sim.Simulation;
import org.linebench.sim.ui.SimUi;
import org.linebench.ui.LineBenchUi;
import org.linebench.ui.internal.ExampleProjects;
import org.linebench.ui.internal.LineView;

/** The real workbench, driven from the UI thread: the body shop example simulated as a user would. */
final class Workbench {
  /** Two weeks, four replications: quick, and every part of the view has something to show. */
  static final Simulation.Options SHORT = new Simulation.Options(14 * Simulation.DAY, Simulation.DAY, 4, 1, true);

  private Workbench() {}

  /** Saves a picture of the window with one view maximized, then restores the layout. */
  static void screenshot(org.eclipse.ui.IViewPart part, String png) throws java.io.IOException {
    IWorkbenchPage page = part.getSite().getPage();
    page.activate(part);
    page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
    waitFor(() -> false, 800);
    org.linebench.ui.internal.Screenshots.save(window().getShell(), screenshots().resolve(png));
    page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED);
    waitFor(() -> false, 300);
  }

  static Path screenshots() {
    return Path.of(System.getProperty("linebench.screenshots", "target/screenshots"));
  }

  /** What a simulated body shop leaves on screen. */
  record Simulated(IFile file, LineView lineView, SimulationView view, SimulationJob job) {}

  /** Opens the body shop example in the editor with the line view, and simulates it as Simulate Line... does. */
  static Simulated simulateBodyShop() throws Exception {
    IFile file = ExampleProjects.openOrCreate("bodyshop", null);
    IWorkbenchPage page = window().getActivePage();
    LineView lineView = (LineView) page.showView(LineBenchUi.VIEW_LINE);
    IDE.openEditor(page, file);
    assertTrue(waitFor(() -> lineView.diagram() != null && !lineView.isBusy(), 60_000), "the diagram is laid out");
    SimulationJob job = SimulateHandler.run(new SimulationJob.Request(file, "BodyInWhite", SHORT));
    assertTrue(waitFor(() -> job.getResult() != null, 120_000), "the simulation ends");
    assertTrue(job.getResult().isOK(), job.getResult()::toString);
    assertTrue(waitFor(() -> page.findView(SimUi.VIEW_SIMULATION) instanceof SimulationView v && v.result() == job.result(), 30_000),
        "the Simulation view shows the result");
    SimulationView view = (SimulationView) page.findView(SimUi.VIEW_SIMULATION);
    waitFor(() -> false, 500); // let the views paint
    return new Simulated(file, lineView, view, job);
  }
}
