package org.linebench.rules.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.linebench.project.LineProjects;
import org.linebench.rules.report.TechnicalFile;

/**
 * "Export Technical File...": the technical file (PDF) of the selected project's line files, or of
 * the project of the file in the active editor, in the workbench's language (with the parameter
 * {@value #BILINGUAL}: Chinese and English side by side), written atomically by the headless
 * {@link TechnicalFile} in a job.
 */
public class ExportTechnicalFileHandler extends AbstractHandler {
  /** The command's parameter: "true" for both languages. */
  public static final String BILINGUAL = "org.linebench.rules.ui.exportTechnicalFile.bilingual"; //$NON-NLS-1$

  @Override
  public Object execute(ExecutionEvent event) {
    boolean bilingual = Boolean.parseBoolean(event.getParameter(BILINGUAL));
    Shell shell = HandlerUtil.getActiveShell(event);
    IProject project = project(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
    if (project == null) {
      MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_noProject);
      return null;
    }
    FileDialog dialog = new FileDialog(shell, SWT.SAVE);
    dialog.setText(Messages.Export_title);
    dialog.setFilterExtensions(new String[] {"*.pdf"}); //$NON-NLS-1$
    dialog.setFileName(project.getName() + "-technical-file.pdf"); //$NON-NLS-1$
    dialog.setOverwrite(true);
    String chosen = dialog.open();
    if (chosen != null) {
      export(project, Path.of(chosen), bilingual).schedule();
    }
    return null;
  }

  /** The project to export: the selection's, else the active editor's file's, else the only open one; null if none. */
  public static IProject project(ISelection selection, IEditorPart editor) {
    if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
      IResource r = Adapters.adapt(s.getFirstElement(), IResource.class);
      if (r != null) {
        return r.getProject();
      }
    }
    if (editor != null) {
      IResource r = Adapters.adapt(editor.getEditorInput(), IResource.class);
      if (r != null) {
        return r.getProject();
      }
    }
    List<IProject> open = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isAccessible).toList();
    return open.size() == 1 ? open.get(0) : null;
  }

  /** A job that writes the project's technical file; it ends with an error status naming the file and the reason. */
  public static Job export(IProject project, Path output, boolean bilingual) {
    Job job = Job.create(NLS.bind(Messages.Export_job, project.getName(), output), (ICoreRunnable) monitor -> {
      try {
        TechnicalFile.write(LineProjects.linePaths(project), LineProjects.rulePacks(), LineProjects.findingsLanguage(), bilingual, "pdf", output); //$NON-NLS-1$
      } catch (IOException | RuntimeException e) {
        throw new CoreException(Status.error(NLS.bind(Messages.Export_failed, output, e.getMessage()), e));
      }
    });
    job.setRule(project);
    job.setUser(true);
    return job;
  }
}
