package org.linebench.ml.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.ui.MlUi;
import org.linebench.ml.ui.internal.MetricsView;
import org.linebench.ml.ui.internal.TrainModelWizard;
import org.linebench.testing.ui.Workbenches;

/** The training wizard on the AI4I data, driven through its widgets in the real workbench. */
class TrainWizardTest {
  @TempDir
  Path dir;

  static Path ai4i() {
    String root = System.getProperty("linebench.root");
    Path p = Path.of(root == null ? "../.." : root).toAbsolutePath().normalize().resolve("data/ai4i2020/ai4i2020.csv");
    assertTrue(Files.isRegularFile(p), "the reference data set is expected at " + p);
    return p;
  }

  private static void collect(Control c, List<Button> buttons) {
    if (c instanceof Button b) {
      buttons.add(b);
    }
    if (c instanceof Composite comp) {
      for (Control child : comp.getChildren()) {
        collect(child, buttons);
      }
    }
  }

  /** Presses a dialog button the way a click does. */
  private static void press(Shell shell, String label) {
    List<Button> buttons = new ArrayList<>();
    collect(shell, buttons);
    Button b = buttons.stream().filter(x -> x.getText().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    assertTrue(b.isEnabled(), label + " is enabled");
    b.notifyListeners(SWT.Selection, null);
    Workbenches.settle();
  }

  /** Opens the wizard in its dialog, without blocking. */
  private static WizardDialog open(TrainModelWizard wizard) {
    WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    Workbenches.settle();
    return dialog;
  }

  /** Waits (at most 3 minutes) for a training job to end, the UI kept running. */
  private static void await(Job job) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    while (job.getState() != Job.NONE && System.currentTimeMillis() < deadline) {
      Workbenches.settle();
      Thread.sleep(20);
    }
    Workbenches.settle();
    assertEquals(Job.NONE, job.getState(), "training finished");
  }

  @Test
  void theWizardTrainsOnAi4iAndTheMetricsViewShowsTheFigures() throws Exception {
    Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    TrainModelWizard wizard = new TrainModelWizard();
    WizardDialog dialog = open(wizard);
    wizard.dataPage().setFile(ai4i().toString());
    Workbenches.settle();
    assertEquals(14, wizard.dataPage().previewRows(), "one preview row per column");
    assertEquals(null, wizard.dataPage().getErrorMessage());
    wizard.dataPage().setTarget("Machine failure");
    press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
    Path out = dir.resolve("ai4i-j48");
    wizard.trainingPage().choose(Recipe.CUSTOM, "weka.classifiers.trees.J48", 3, out.toString());
    Workbenches.settle();
    press(dialog.getShell(), IDialogConstants.FINISH_LABEL);
    Job job = wizard.job();
    assertNotNull(job, "Finish starts the training job");
    await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertTrue(Files.isRegularFile(out.resolve(ModelFolder.CARD)));

    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    MetricsView view = (MetricsView) page.findView(MlUi.VIEW_METRICS);
    assertNotNull(view, "the metrics view opens with the result");
    assertEquals("Machine failure", view.card().schema().target().name());
    assertEquals(2, view.perClassTable().getItemCount(), "a row per class");
    assertEquals("1", view.perClassTable().getItem(1).getText(0));
    assertEquals("339", view.perClassTable().getItem(1).getText(1));
    assertEquals(2, view.confusionTable().getItemCount());
    assertEquals(2, view.rocCanvas().curves().size());
    // the view maximized, as one reads the figures
    page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
    Workbenches.settle();
    Path screenshots = Path.of(System.getProperty("linebench.screenshots", "target/screenshots"));
    Files.createDirectories(screenshots);
    // a picture of the window with the metrics, for the docs (target/screenshots)
    org.eclipse.swt.graphics.Rectangle r = shell.getBounds();
    org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), r.width, r.height);
    org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
    gc.copyArea(image, r.x, r.y);
    gc.dispose();
    org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
    loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
    loader.save(screenshots.resolve("metrics-view.png").toString(), SWT.IMAGE_PNG);
    image.dispose();
    page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
  }

  @Test
  void seriesAreRecognizedAndSplitByUnit() throws Exception {
    StringBuilder b = new StringBuilder("machine,cycle,temperature [°C],failure soon\n");
    java.util.Random random = new java.util.Random(2);
    for (int m = 1; m <= 8; m++) {
      for (int c = 1; c <= 30; c++) {
        b.append("M").append(m).append(',').append(c).append(',').append(String.format(java.util.Locale.ROOT, "%.2f", 60 + c + random.nextGaussian()))
            .append(',').append(c > 25 ? "yes" : "no").append('\n');
      }
    }
    Path data = dir.resolve("machines.csv");
    Files.writeString(data, b.toString());
    TrainModelWizard wizard = new TrainModelWizard();
    WizardDialog dialog = open(wizard);
    wizard.dataPage().setFile(data.toString());
    Workbenches.settle();
    wizard.dataPage().setTarget("failure soon");
    press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
    assertEquals("machine", wizard.trainingPage().series().unit(), "the unit column the data show is chosen");
    assertEquals("cycle", wizard.trainingPage().series().time());
    wizard.trainingPage().choose(Recipe.CUSTOM, "weka.classifiers.trees.J48", 4, dir.resolve("machines").toString());
    Workbenches.settle();
    press(dialog.getShell(), IDialogConstants.FINISH_LABEL);
    Job job = wizard.job();
    await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    MetricsView view = (MetricsView) page.findView(MlUi.VIEW_METRICS);
    assertEquals("grouped", view.card().split().kind());
    assertTrue(view.summaryText().contains("Grouped 4-fold cross-validation by 'machine' (every unit in one fold), seed 1"), view.summaryText());
  }

  @Test
  void badDataIsNamedWithFileAndLineOnThePage() throws Exception {
    Path bad = dir.resolve("ragged.csv");
    Files.writeString(bad, "a,b,c\n1,2,3\n4,5\n");
    TrainModelWizard wizard = new TrainModelWizard();
    WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      wizard.dataPage().setFile(bad.toString());
      Workbenches.settle();
      String error = wizard.dataPage().getErrorMessage();
      assertNotNull(error);
      assertTrue(error.startsWith(bad + ":3"), error);
      assertTrue(!wizard.canFinish());
    } finally {
      dialog.close();
    }
  }
}
