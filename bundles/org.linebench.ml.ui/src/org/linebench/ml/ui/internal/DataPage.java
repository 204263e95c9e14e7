package org.linebench.ml.ui.internal;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.linebench.core.Preferences;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/** First page of the training wizard: the data file, its encoding, a preview of its columns, the target. */
public class DataPage extends WizardPage {
  /** Encodings offered; the first is "detect". */
  static final String[] ENCODINGS = {"", "UTF-8", "GB18030"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

  private Text file;
  private Combo encoding;
  private Label info;
  private TableViewer preview;
  private Combo target;
  private CsvTable table;

  DataPage() {
    super("data"); //$NON-NLS-1$
    setTitle(Messages.DataPage_title);
    setDescription(Messages.DataPage_description);
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.DataPage_file);
    file = new Text(c, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
    Button browse = new Button(c, SWT.PUSH);
    browse.setText(Messages.Common_browse);
    browse.addListener(SWT.Selection, e -> {
      FileDialog d = new FileDialog(getShell(), SWT.OPEN);
      d.setFilterExtensions(new String[] {"*.csv;*.tsv;*.txt;*.arff", "*.*"}); //$NON-NLS-1$ //$NON-NLS-2$
      String chosen = d.open();
      if (chosen != null) {
        file.setText(chosen);
      }
    });
    new Label(c, SWT.NONE).setText(Messages.DataPage_encoding);
    encoding = new Combo(c, SWT.READ_ONLY);
    encoding.setItems(Messages.DataPage_encodingAuto, ENCODINGS[1], ENCODINGS[2]);
    // Window > Preferences > LineBench: the encoding of data files
    encoding.select(Math.max(0, java.util.Arrays.asList(ENCODINGS).indexOf(Preferences.get(Preferences.DATA_ENCODING))));
    GridDataFactory.fillDefaults().span(2, 1).applyTo(encoding);
    info = new Label(c, SWT.WRAP);
    GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(info);

    preview = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
    preview.getTable().setHeaderVisible(true);
    preview.getTable().setLinesVisible(true);
    column(Messages.DataPage_column, 200, col -> col.name());
    column(Messages.DataPage_type, 80, col -> col.numeric() ? Messages.DataPage_numeric : Messages.DataPage_nominal);
    column(Messages.DataPage_unit, 60, col -> col.unit() == null ? "" : col.unit()); //$NON-NLS-1$
    column(Messages.DataPage_values, 200,
        col -> col.numeric() ? "" : col.values().stream().limit(5).collect(Collectors.joining(", ")) + (col.values().size() > 5 ? ", ..." : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    preview.setContentProvider(ArrayContentProvider.getInstance());
    GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(560, 220).applyTo(preview.getControl());

    new Label(c, SWT.NONE).setText(Messages.DataPage_target);
    target = new Combo(c, SWT.READ_ONLY);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(target);
    target.addListener(SWT.Selection, e -> update());

    file.addListener(SWT.Modify, e -> load());
    encoding.addListener(SWT.Selection, e -> load());
    setControl(c);
  }

  private interface Cell {
    String text(CsvTable.Column c);
  }

  private void column(String title, int width, Cell cell) {
    TableViewerColumn col = new TableViewerColumn(preview, SWT.NONE);
    col.getColumn().setText(title);
    col.getColumn().setWidth(width);
    col.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        return cell.text((CsvTable.Column) element);
      }
    });
  }

  private void load() {
    table = null;
    String name = file.getText().strip();
    if (name.isEmpty() || !Files.isRegularFile(Path.of(name))) {
      preview.setInput(new Object[0]);
      target.setItems();
      info.setText(""); //$NON-NLS-1$
      setErrorMessage(name.isEmpty() ? null : NLS.bind(Messages.DataPage_noFile, name));
      setPageComplete(false);
      return;
    }
    try {
      table = CsvTable.readAny(Path.of(name), encoding());
    } catch (DataException e) {
      preview.setInput(new Object[0]);
      target.setItems();
      info.setText(""); //$NON-NLS-1$
      setErrorMessage(e.describe());
      setPageComplete(false);
      return;
    }
    info.setText(NLS.bind(Messages.DataPage_info, new Object[] {table.rowCount(), table.columns().size(), table.charset().name(),
        table.delimiter() == '\t' ? "TAB" : String.valueOf(table.delimiter())})); //$NON-NLS-1$
    preview.setInput(table.columns());
    String previous = target.getText();
    target.setItems(table.columns().stream().map(CsvTable.Column::name).toArray(String[]::new));
    int keep = target.indexOf(previous);
    target.select(keep >= 0 ? keep : table.columns().size() - 1);
    info.getParent().layout(true);
    update();
  }

  private void update() {
    setErrorMessage(null);
    setPageComplete(table != null && target.getSelectionIndex() >= 0);
  }

  Charset encoding() {
    int i = encoding.getSelectionIndex();
    return i <= 0 ? null : Charset.forName(ENCODINGS[i]);
  }

  /** The data as read, or null. */
  public CsvTable table() {
    return table;
  }

  public String target() {
    return target.getText();
  }

  public Path file() {
    return Path.of(file.getText().strip());
  }

  /** Chooses a file as the user would (tests). */
  public void setFile(String path) {
    file.setText(path);
  }

  /** Chooses the target column (tests). */
  public void setTarget(String column) {
    target.select(target.indexOf(column));
    update();
  }

  /** The preview's rows (tests). */
  public int previewRows() {
    return preview.getTable().getItemCount();
  }
}
