package org.linebench.ml.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;
import org.linebench.ml.ui.MlUi;

/** Trains, writes the model folder and shows the metrics; cancellable between folds. */
public class TrainJob extends Job {
  private final CsvTable table;
  private final TrainingOptions options;
  private final SeriesOptions series;
  private final Path output;
  private volatile ModelCard card;

  TrainJob(CsvTable table, TrainingOptions options, SeriesOptions series, Path output) {
    super(NLS.bind(Messages.TrainJob_name, options.target()));
    this.table = table;
    this.options = options;
    this.series = series;
    this.output = output;
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    monitor.beginTask(getName(), options.folds() + 2);
    try {
      TrainingResult result = Trainer.train(table, options, series, new TrainingMonitor() {
        @Override
        public void stage(String message) {
          monitor.subTask(message);
          monitor.worked(1);
        }

        @Override
        public void warning(String message) {
          monitor.subTask(message);
        }

        @Override
        public void fold(int fold, int of) {
          monitor.subTask(NLS.bind(Messages.TrainJob_fold, fold, of));
          monitor.worked(1);
        }

        @Override
        public boolean isCanceled() {
          return monitor.isCanceled();
        }
      });
      String name = output.getFileName() == null ? "model" : output.getFileName().toString(); //$NON-NLS-1$
      card = ModelArtifacts.write(output, name, result, table);
      Display.getDefault().asyncExec(() -> show(card, output));
      return Status.OK_STATUS;
    } catch (CancellationException e) {
      return Status.CANCEL_STATUS;
    } catch (DataException e) {
      return Status.error(e.describe());
    } catch (TrainingException e) {
      return Status.error(e.getMessage());
    } catch (IOException e) {
      return Status.error(NLS.bind(Messages.TrainJob_cannotWrite, output, e.getMessage()), e);
    } finally {
      monitor.done();
    }
  }

  /** Shows a card in the metrics view. */
  static void show(ModelCard card, Path folder) {
    if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
      return;
    }
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    try {
      MetricsView view = (MetricsView) page.showView(MlUi.VIEW_METRICS);
      view.show(card, folder);
    } catch (PartInitException e) {
      // the view cannot open: the model is written all the same
    }
  }

  /** The card written, once the job is done. */
  public ModelCard card() {
    return card;
  }
}
