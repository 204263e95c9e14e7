package org.linebench.ml.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;

/** The commands of the Machine Learning menu. */
public final class Handlers {
  private Handlers() {}

  /** Opens the training wizard. */
  public static class Train extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
      new WizardDialog(HandlerUtil.getActiveShell(event), new TrainModelWizard()).open();
      return null;
    }
  }

  /** Opens a model folder: verifies it and shows its card. */
  public static class Open extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
      Shell shell = HandlerUtil.getActiveShell(event);
      String dir = new DirectoryDialog(shell).open();
      if (dir == null) {
        return null;
      }
      try {
        ModelCard card = ModelFolder.verify(Path.of(dir));
        TrainJob.show(card, Path.of(dir));
      } catch (ModelException e) {
        MessageDialog.openError(shell, Messages.Open_failed, e.getMessage());
      }
      return null;
    }
  }

  /** Scores a data file with a model; the predictions go beside the data. */
  public static class Score extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
      Shell shell = HandlerUtil.getActiveShell(event);
      FileDialog data = new FileDialog(shell, SWT.OPEN);
      data.setText(Messages.Score_chooseData);
      data.setFilterExtensions(new String[] {"*.csv;*.tsv;*.txt;*.arff", "*.*"}); //$NON-NLS-1$ //$NON-NLS-2$
      String dataFile = data.open();
      if (dataFile == null) {
        return null;
      }
      DirectoryDialog model = new DirectoryDialog(shell);
      model.setText(Messages.Score_chooseModel);
      String modelDir = model.open();
      if (modelDir == null) {
        return null;
      }
      scoreJob(Path.of(modelDir), Path.of(dataFile), predictionsFor(Path.of(dataFile))).schedule();
      return null;
    }
  }

  /** {@code data.csv} -> {@code data-predictions.csv} beside it. */
  public static Path predictionsFor(Path data) {
    String name = data.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    return data.resolveSibling(name + "-predictions.csv"); //$NON-NLS-1$
  }

  /** A job that scores the data and writes the predictions, atomically; reports the result in a dialog. */
  public static Job scoreJob(Path model, Path data, Path output) {
    Job job = Job.create(NLS.bind(Messages.Score_job, data.getFileName()), monitor -> {
      try {
        ModelArtifacts.Loaded loaded = ModelArtifacts.load(model);
        Scorer.Predictions p = Scorer.score(loaded, CsvTable.readAny(data, null));
        Scorer.write(p, output, true); // with a byte order mark: Excel on a Chinese Windows reads it as UTF-8
        Display.getDefault().asyncExec(() -> {
          Shell shell = Display.getDefault().getActiveShell();
          if (shell != null) {
            MessageDialog.openInformation(shell, Messages.Score_doneTitle, NLS.bind(Messages.Score_done, p.rows().size(), output));
          }
        });
        return Status.OK_STATUS;
      } catch (ModelException e) {
        return Status.error(e.getMessage());
      } catch (DataException e) {
        return Status.error(e.describe());
      } catch (IOException e) {
        return Status.error(NLS.bind(Messages.TrainJob_cannotWrite, output, e.getMessage()), e);
      }
    });
    job.setUser(true);
    return job;
  }

}
