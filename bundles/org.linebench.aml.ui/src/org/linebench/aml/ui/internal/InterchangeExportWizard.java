package org.linebench.aml.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.linebench.aas.AasExport;
import org.linebench.aas.CertificationFindings;
import org.linebench.aas.SafetyFinding;
import org.linebench.aml.AmlExport;
import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;

/**
 * File > Export > LineBench > AutomationML or Asset Administration Shells: the selected line files
 * (or the line files of the selected folders and projects, with the catalogues they import from
 * next to them) as an AutomationML file or as shells (AASX, JSON, XML), as {@code linebench
 * export} writes them. Files with errors are not exported.
 */
public class InterchangeExportWizard extends Wizard implements IExportWizard {
  private final List<IResource> selected = new ArrayList<>();
  private InterchangeExportPage page;
  private String done;

  public InterchangeExportWizard() {
    setWindowTitle(Messages.Export_title);
    setNeedsProgressMonitor(true);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    if (selection != null) {
      for (Object o : selection.toList()) {
        if (o instanceof IResource r) {
          selected.add(r);
        }
      }
    }
  }

  @Override
  public void addPages() {
    page = new InterchangeExportPage(selected);
    addPage(page);
  }

  public InterchangeExportPage page() {
    return page;
  }

  /** The summary of the last export. */
  public String done() {
    return done;
  }

  @Override
  public boolean performFinish() {
    List<Path> given = new ArrayList<>();
    for (IResource r : selected) {
      if (r.getLocation() != null) {
        given.add(r.getLocation().toPath());
      }
    }
    Path target = Path.of(page.target());
    String format = page.format();
    boolean findings = page.findings();
    List<String> errors = new ArrayList<>();
    try {
      getContainer().run(true, false, monitor -> {
        monitor.beginTask(NLS.bind(Messages.Export_running, target.getFileName()), IProgressMonitor.UNKNOWN);
        try {
          List<Path> files = LineModels.collect(given);
          List<Path> all = new ArrayList<>(files);
          all.addAll(LineImports.missing(files, given));
          LineModels.Result loaded = LineModels.load(all);
          for (LineIssue i : loaded.issues()) {
            if (i.severity() == LineIssue.Severity.ERROR) {
              errors.add(i.format(Messages.Export_error));
            }
          }
          if (errors.isEmpty()) {
            done = export(loaded, format, findings, target);
            refresh(target, monitor);
          }
        } catch (IOException | CoreException e) {
          throw new InvocationTargetException(e);
        } finally {
          monitor.done();
        }
      });
    } catch (InvocationTargetException e) {
      MessageDialog.openError(getShell(), Messages.Export_title, NLS.bind(Messages.Export_failed, target, e.getCause().getMessage()));
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    if (!errors.isEmpty()) {
      MessageDialog.openError(getShell(), Messages.Export_title, NLS.bind(Messages.Export_errors, errors.size(),
          String.join("\n", errors.subList(0, Math.min(errors.size(), 10))))); //$NON-NLS-1$
      return false;
    }
    return true;
  }

  private static String export(LineModels.Result loaded, String format, boolean findings, Path target) throws IOException {
    if (format.equals(InterchangeExportPage.AML)) {
      AmlExport.Result r = AmlExport.export(loaded.files(), target);
      return NLS.bind(Messages.Export_amlDone, r.files(), target);
    }
    List<SafetyFinding> found = findings ? CertificationFindings.of(loaded, Optional.empty(), Locale.getDefault()) : List.of();
    AasExport.Result r = AasExport.export(loaded.files(), found, AasExport.Format.named(format).orElseThrow(), target);
    return NLS.bind(Messages.Export_aasDone, new Object[] {r.shells(), r.submodels(), found.size(), target});
  }

  /** A file written into the workspace shows up there. */
  private static void refresh(Path target, IProgressMonitor monitor) throws CoreException {
    IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri());
    for (IFile f : files) {
      IContainer parent = f.getParent();
      parent.refreshLocal(IResource.DEPTH_ONE, monitor);
    }
  }
}
