package org.linebench.aml.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** What to export (the selection), the format, the file to write, and whether the shells carry the certification findings. */
public class InterchangeExportPage extends WizardPage {
  static final String AML = "aml"; //$NON-NLS-1$
  /** Format ids as {@code linebench export --format} takes them, in the order of the combo. */
  static final String[] FORMATS = {AML, "aasx", "aas-json", "aas-xml"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  private static final String[] EXTENSIONS = {".aml", ".aasx", ".json", ".xml"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

  private final List<IResource> selected;
  private Combo format;
  private Text target;
  private Button findings;

  InterchangeExportPage(List<IResource> selected) {
    super("interchange-export"); //$NON-NLS-1$
    this.selected = selected;
    setTitle(Messages.Export_pageTitle);
    setDescription(Messages.Export_pageDescription);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.Export_what);
    Label what = new Label(c, SWT.WRAP);
    what.setText(selected.isEmpty() ? Messages.Export_nothingSelected
        : selected.stream().map(r -> r.getFullPath().toString()).collect(Collectors.joining(", "))); //$NON-NLS-1$
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(what);
    new Label(c, SWT.NONE).setText(Messages.Export_format);
    format = new Combo(c, SWT.READ_ONLY);
    format.setItems(Messages.Export_formatAml, Messages.Export_formatAasx, Messages.Export_formatJson, Messages.Export_formatXml);
    format.select(0);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
    new Label(c, SWT.NONE).setText(Messages.Export_target);
    target = new Text(c, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
    Button browse = new Button(c, SWT.PUSH);
    browse.setText(Messages.Browse);
    browse.addListener(SWT.Selection, e -> {
      FileDialog d = new FileDialog(getShell(), SWT.SAVE);
      d.setFilterExtensions(new String[] {"*" + EXTENSIONS[format.getSelectionIndex()]}); //$NON-NLS-1$
      d.setOverwrite(true);
      String f = d.open();
      if (f != null) {
        target.setText(f);
      }
    });
    findings = new Button(c, SWT.CHECK);
    findings.setText(Messages.Export_findings);
    findings.setSelection(true);
    GridDataFactory.fillDefaults().span(3, 1).applyTo(findings);
    format.addListener(SWT.Selection, e -> {
      String t = target.getText();
      int dot = t.lastIndexOf('.');
      if (dot > t.lastIndexOf('/') && dot > t.lastIndexOf('\\')) {
        target.setText(t.substring(0, dot) + EXTENSIONS[format.getSelectionIndex()]);
      }
      check();
    });
    target.addListener(SWT.Modify, e -> check());
    if (!selected.isEmpty() && selected.get(0).getLocation() != null) {
      Path base = selected.get(0).getLocation().toPath();
      Path folder = Files.isDirectory(base) ? base : base.getParent();
      target.setText(folder.resolve(selected.get(0).getName().replaceFirst("\\.line$", "") + EXTENSIONS[0]).toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }
    setControl(c);
    check();
  }

  private void check() {
    findings.setEnabled(format.getSelectionIndex() > 0);
    String problem = selected.isEmpty() ? Messages.Export_nothingSelected : target.getText().isBlank() ? Messages.Export_noTarget : null;
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }

  String format() {
    return FORMATS[format.getSelectionIndex()];
  }

  String target() {
    return target.getText().trim();
  }

  boolean findings() {
    return findings.getSelection() && format.getSelectionIndex() > 0;
  }

  /** For tests: the format by its id, and the file. */
  public void set(String formatId, String file) {
    format.select(List.of(FORMATS).indexOf(formatId));
    format.notifyListeners(SWT.Selection, null);
    target.setText(file);
  }
}
