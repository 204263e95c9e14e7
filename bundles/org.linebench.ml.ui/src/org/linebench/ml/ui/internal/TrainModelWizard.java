package org.linebench.ml.ui.internal;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** File > New > Train Model: data, target, recipe; the training runs as a cancellable job. */
public class TrainModelWizard extends Wizard implements INewWizard {
  private final DataPage data = new DataPage();
  private final TrainingPage training = new TrainingPage(data);
  private TrainJob job;

  public TrainModelWizard() {
    setWindowTitle(Messages.Wizard_title);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    // the data file is chosen on the first page
  }

  @Override
  public void addPages() {
    addPage(data);
    addPage(training);
  }

  @Override
  public boolean canFinish() {
    return data.isPageComplete() && training.isPageComplete() && data.table() != null;
  }

  @Override
  public boolean performFinish() {
    job = new TrainJob(data.table(), training.options(data.target()), training.series(), training.output());
    job.setUser(true);
    job.schedule();
    return true;
  }

  public DataPage dataPage() {
    return data;
  }

  public TrainingPage trainingPage() {
    return training;
  }

  /** The job the last finish started, or null. */
  public TrainJob job() {
    return job;
  }
}
