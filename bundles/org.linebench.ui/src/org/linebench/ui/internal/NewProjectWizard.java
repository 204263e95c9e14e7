package org.linebench.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.linebench.core.Examples;

/** File > New > LineBench project: a project with a starter line file, or a copy of a bundled example. */
public class NewProjectWizard extends Wizard implements INewWizard {
  private IWorkbench workbench;
  private Page page;
  private IFile created;

  /** The first page of the platform's project wizard, with a choice of example below it. */
  static final class Page extends WizardNewProjectCreationPage {
    final List<Button> choices = new ArrayList<>();

    Page() {
      super("project"); //$NON-NLS-1$
      setTitle(Messages.NewProject_title);
      setDescription(Messages.NewProject_description);
    }

    @Override
    public void createControl(Composite parent) {
      super.createControl(parent);
      Composite control = (Composite) getControl();
      Group group = new Group(control, SWT.NONE);
      group.setText(Messages.NewProject_startFrom);
      GridLayoutFactory.swtDefaults().applyTo(group);
      GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
      Button empty = new Button(group, SWT.RADIO);
      empty.setText(Messages.NewProject_empty);
      empty.setData(null);
      empty.setSelection(true);
      choices.add(empty);
      for (String name : Examples.names()) {
        Button b = new Button(group, SWT.RADIO);
        b.setText(Examples.title(name));
        b.setData(name);
        choices.add(b);
      }
    }

    /** The chosen example, or null for an empty project. */
    String example() {
      for (Button b : choices) {
        if (b.getSelection()) {
          return (String) b.getData(); // null for the empty project
        }
      }
      return null;
    }

    /** Chooses an example by name (null: empty project); for tests and callers that preselect. */
    void choose(String example) {
      for (Button b : choices) {
        b.setSelection(java.util.Objects.equals(b.getData(), example));
      }
    }
  }

  public NewProjectWizard() {
    setWindowTitle(Messages.NewProject_windowTitle);
    setNeedsProgressMonitor(true);
  }

  @Override
  public void init(IWorkbench w, IStructuredSelection selection) {
    this.workbench = w;
  }

  @Override
  public void addPages() {
    page = new Page();
    addPage(page);
  }

  /** The page, for tests. */
  Page page() {
    return page;
  }

  /** The line file opened after Finish, or null. */
  IFile created() {
    return created;
  }

  @Override
  public boolean performFinish() {
    String name = page.getProjectName();
    IPath location = page.useDefaults() ? null : page.getLocationPath();
    String example = page.example();
    IFile[] main = new IFile[1];
    WorkspaceModifyOperation op = new WorkspaceModifyOperation() {
      @Override
      protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
        main[0] = ExampleProjects.create(name, location, example, monitor);
      }
    };
    try {
      getContainer().run(true, false, op);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      ErrorDialog.openError(getShell(), Messages.NewProject_windowTitle, null,
          cause instanceof CoreException ce ? ce.getStatus()
              : org.eclipse.core.runtime.Status.error(String.valueOf(cause.getMessage()), cause));
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    created = main[0];
    if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
      BasicNewResourceWizard.selectAndReveal(created.getProject(), workbench.getActiveWorkbenchWindow());
      IWorkbenchPage p = workbench.getActiveWorkbenchWindow().getActivePage();
      if (p != null) {
        try {
          IDE.openEditor(p, created);
        } catch (PartInitException e) {
          ErrorDialog.openError(getShell(), Messages.NewProject_windowTitle, null, e.getStatus());
        }
      }
    }
    return true;
  }
}
