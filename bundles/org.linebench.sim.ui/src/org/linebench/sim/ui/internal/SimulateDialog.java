package org.linebench.sim.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.linebench.sim.Durations;
import org.linebench.sim.Simulation;

/** Which line to simulate, for how long, how many times and with which seed. */
final class SimulateDialog extends TitleAreaDialog {
  private final String fileName;
  private final List<String> lines;
  private final Simulation.Options initial;
  private final String initialLine;
  private Combo line;
  private Text horizon;
  private Text warmup;
  private Text replications;
  private Text seed;
  private Button whatIfs;
  private String chosenLine;
  private Simulation.Options options;

  SimulateDialog(Shell parent, String fileName, List<String> lines, Simulation.Options initial, String initialLine) {
    super(parent);
    this.fileName = fileName;
    this.lines = lines;
    this.initial = initial;
    this.initialLine = initialLine;
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(Messages.Dialog_title);
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle(Messages.Dialog_title);
    setMessage(NLS.bind(Messages.Dialog_message, fileName));
    Composite c = new Composite(area, SWT.NONE);
    c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    c.setLayout(new GridLayout(3, false));
    new Label(c, SWT.NONE).setText(Messages.Dialog_line);
    line = new Combo(c, SWT.READ_ONLY);
    line.setItems(lines.toArray(String[]::new));
    line.select(Math.max(0, initialLine == null ? 0 : lines.indexOf(initialLine)));
    line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    horizon = field(c, Messages.Dialog_horizon, text(initial.horizon()), Messages.Dialog_durationHint);
    warmup = field(c, Messages.Dialog_warmup, text(initial.warmup()), Messages.Dialog_durationHint);
    replications = field(c, Messages.Dialog_replications, Integer.toString(initial.replications()), ""); //$NON-NLS-1$
    seed = field(c, Messages.Dialog_seed, Long.toString(initial.seed()), ""); //$NON-NLS-1$
    whatIfs = new Button(c, SWT.CHECK);
    whatIfs.setText(Messages.Dialog_whatIfs);
    whatIfs.setSelection(initial.whatIfs());
    whatIfs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    return area;
  }

  /** A duration as the fields show it: whole years, weeks, days, hours, minutes or seconds. */
  static String text(double seconds) {
    long s = Math.round(seconds);
    long[] units = {(long) Simulation.YEAR, 7 * 86400, 86400, 3600, 60};
    String[] names = {"y", "w", "d", "h", "min"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    for (int i = 0; i < units.length; i++) {
      if (s >= units[i] && s % units[i] == 0) {
        return s / units[i] + names[i];
      }
    }
    return s + "s"; //$NON-NLS-1$
  }

  private Text field(Composite c, String label, String value, String hint) {
    new Label(c, SWT.NONE).setText(label);
    Text t = new Text(c, SWT.BORDER);
    t.setText(value);
    t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    t.addModifyListener(e -> validate());
    Label h = new Label(c, SWT.NONE);
    h.setText(hint);
    return t;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    validate();
  }

  /** Reads the fields; says what is wrong and disables OK until they make sense. */
  private void validate() {
    if (seed == null) {
      return;
    }
    String error = null;
    double h = Durations.parse(horizon.getText());
    double w = Durations.parse(warmup.getText());
    int n = number(replications.getText());
    long s = -1;
    try {
      s = Long.parseLong(seed.getText().trim());
    } catch (NumberFormatException e) {
      // reported below
    }
    if (!(h > 0)) {
      error = NLS.bind(Messages.Dialog_badDuration, Messages.Dialog_horizon);
    } else if (w < 0) {
      error = NLS.bind(Messages.Dialog_badDuration, Messages.Dialog_warmup);
    } else if (w >= h) {
      error = Messages.Dialog_warmupTooLong;
    } else if (n < Simulation.MIN_REPLICATIONS || n > Simulation.MAX_REPLICATIONS) {
      error = NLS.bind(Messages.Dialog_replicationsRange, Simulation.MIN_REPLICATIONS, Simulation.MAX_REPLICATIONS);
    } else if (s < 0) {
      error = NLS.bind(Messages.Dialog_badNumber, Messages.Dialog_seed);
    }
    setErrorMessage(error);
    options = error == null ? new Simulation.Options(h, w, n, s, whatIfs.getSelection()) : null;
    Button ok = getButton(IDialogConstants.OK_ID);
    if (ok != null) {
      ok.setEnabled(error == null);
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  protected void okPressed() {
    validate();
    if (options == null) {
      return;
    }
    options = new Simulation.Options(options.horizon(), options.warmup(), options.replications(), options.seed(), whatIfs.getSelection());
    chosenLine = line.getText();
    super.okPressed();
  }

  String line() {
    return chosenLine;
  }

  Simulation.Options options() {
    return options;
  }
}
