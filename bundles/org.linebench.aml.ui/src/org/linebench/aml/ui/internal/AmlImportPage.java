package org.linebench.aml.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/** The AutomationML file to import, the workspace folder to write the line files into, and whether to validate them. */
public class AmlImportPage extends WizardPage {
  private final IContainer initial;
  private Text source;
  private Text target;
  private Button validate;

  AmlImportPage(IContainer initial) {
    super("aml-import"); //$NON-NLS-1$
    this.initial = initial;
    setTitle(Messages.Import_pageTitle);
    setDescription(Messages.Import_pageDescription);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.Import_source);
    source = new Text(c, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
    Button browse = new Button(c, SWT.PUSH);
    browse.setText(Messages.Browse);
    browse.addListener(SWT.Selection, e -> {
      FileDialog d = new FileDialog(getShell(), SWT.OPEN);
      d.setFilterExtensions(new String[] {"*.aml", "*.*"}); //$NON-NLS-1$ //$NON-NLS-2$
      String f = d.open();
      if (f != null) {
        source.setText(f);
      }
    });
    new Label(c, SWT.NONE).setText(Messages.Import_target);
    target = new Text(c, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
    if (initial != null) {
      target.setText(initial.getFullPath().toString());
    }
    Button choose = new Button(c, SWT.PUSH);
    choose.setText(Messages.Browse);
    choose.addListener(SWT.Selection, e -> {
      ContainerSelectionDialog d = new ContainerSelectionDialog(getShell(), target(), false, Messages.Import_chooseTarget);
      if (d.open() == ContainerSelectionDialog.OK && d.getResult().length > 0) {
        target.setText(((IPath) d.getResult()[0]).toString());
      }
    });
    validate = new Button(c, SWT.CHECK);
    validate.setText(Messages.Import_validate);
    validate.setSelection(true);
    GridDataFactory.fillDefaults().span(3, 1).applyTo(validate);
    source.addListener(SWT.Modify, e -> check());
    target.addListener(SWT.Modify, e -> check());
    setControl(c);
    check();
  }

  private void check() {
    String problem = null;
    if (source.getText().isBlank()) {
      problem = Messages.Import_noSource;
    } else if (!isFile(source.getText())) {
      problem = NLS.bind(Messages.Import_noSuchFile, source.getText());
    } else if (target() == null) {
      problem = Messages.Import_noTarget;
    }
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }

  private static boolean isFile(String path) {
    try {
      return Files.isRegularFile(Path.of(path));
    } catch (InvalidPathException e) {
      return false; // a character no path may hold
    }
  }

  /** The folder or project named in the target field, when it exists; a folder of an existing project is made on finish. */
  IContainer target() {
    String t = target.getText().trim();
    if (t.isEmpty() || IPath.fromOSString(t).segmentCount() == 0) {
      return null;
    }
    IPath p = IPath.fromOSString(t);
    IResource project = ResourcesPlugin.getWorkspace().getRoot().findMember(p.segment(0));
    if (project == null || !project.isAccessible()) {
      return null;
    }
    return p.segmentCount() == 1 ? (IContainer) project : ResourcesPlugin.getWorkspace().getRoot().getFolder(p);
  }

  String source() {
    return source.getText().trim();
  }

  boolean validate() {
    return validate.getSelection();
  }

  /** For tests and callers that know the file: sets the fields. */
  public void set(String file, String folder) {
    source.setText(file);
    target.setText(folder);
  }
}
