package org.linebench.aml.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.linebench.aml.AmlException;
import org.linebench.aml.AmlImport;
import org.linebench.aml.ImportReport;
import org.linebench.dsl.api.LineIssue;

/**
 * File > Import > LineBench > AutomationML File: an AutomationML file (CAEX 3.0) into line files
 * of a workspace folder; then the report of what could not be mapped, element by element, and what
 * validating the written files found.
 */
public class AmlImportWizard extends Wizard implements IImportWizard {
  static final String PLUGIN = "org.linebench.aml.ui"; //$NON-NLS-1$

  private AmlImportPage page;
  private IContainer initial;
  private AmlImport.Result result;

  public AmlImportWizard() {
    setWindowTitle(Messages.Import_title);
    setNeedsProgressMonitor(true);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    Object first = selection == null ? null : selection.getFirstElement();
    if (first instanceof IResource r) {
      initial = r instanceof IContainer c ? c : r.getParent();
    }
  }

  @Override
  public void addPages() {
    page = new AmlImportPage(initial);
    addPage(page);
  }

  public AmlImportPage page() {
    return page;
  }

  /** What the last finished import gave. */
  public AmlImport.Result result() {
    return result;
  }

  @Override
  public boolean performFinish() {
    Path aml = Path.of(page.source());
    IContainer target = page.target();
    IPath location = target.getLocation();
    if (location == null) {
      MessageDialog.openError(getShell(), Messages.Import_title, NLS.bind(Messages.Import_noLocation, target.getFullPath()));
      return false;
    }
    boolean validate = page.validate();
    try {
      getContainer().run(true, false, monitor -> {
        monitor.beginTask(NLS.bind(Messages.Import_running, aml.getFileName()), IProgressMonitor.UNKNOWN);
        try {
          result = AmlImport.run(aml, location.toPath(), Locale.getDefault(), validate);
          target.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        } catch (AmlException | java.io.IOException | CoreException e) {
          throw new InvocationTargetException(e);
        } finally {
          monitor.done();
        }
      });
    } catch (InvocationTargetException e) {
      MessageDialog.openError(getShell(), Messages.Import_title, e.getCause().getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    report(aml);
    return true;
  }

  /** The report: a summary, each unmapped or changed part and each validation finding among the details. */
  private void report(Path aml) {
    ImportReport r = result.report();
    MultiStatus status = new MultiStatus(PLUGIN, 0, NLS.bind(Messages.Import_summary, new Object[] {result.files().size(),
        r.mapped().isEmpty() ? "-" : AmlImport.summary(r.mapped()), r.unmapped().size(), r.entries().size() - r.unmapped().size()})); //$NON-NLS-1$
    for (String line : AmlImport.lines(aml.getFileName(), r, Messages.Import_changed)) {
      status.add(new Status(IStatus.WARNING, PLUGIN, line));
    }
    for (LineIssue i : result.issues()) {
      status.add(new Status(i.severity() == LineIssue.Severity.ERROR ? IStatus.ERROR : IStatus.WARNING, PLUGIN,
          ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().relativize(i.file().toAbsolutePath()) + ":" + i.line() //$NON-NLS-1$
              + ": " + i.message())); //$NON-NLS-1$
    }
    if (status.getChildren().length == 0) {
      MessageDialog.openInformation(getShell(), Messages.Import_title, status.getMessage());
    } else {
      ErrorDialog.openError(getShell(), Messages.Import_title, null, status, IStatus.INFO | IStatus.WARNING | IStatus.ERROR);
    }
  }
}
