package org.linebench.ml.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.Split;

/**
 * A model's figures (cross-validated, or of one hold-out): summary beside the majority-class baseline,
 * per-class table, confusion matrix and ROC curves; MAE/RMSE for a numeric target.
 */
public class MetricsView extends ViewPart {
  private ScrolledComposite scroll;
  private Composite root;
  private Label title;
  private Label summary;
  private Table perClass;
  private Table confusion;
  private RocCanvas roc;
  private ModelCard card;

  @Override
  public void createPartControl(Composite parent) {
    scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
    scroll.setExpandHorizontal(true);
    scroll.setExpandVertical(true);
    root = new Composite(scroll, SWT.NONE);
    scroll.setContent(root);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
    title = new Label(root, SWT.WRAP);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(title);
    title.setText(Messages.Metrics_empty);
    summary = new Label(root, SWT.WRAP);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(summary);

    Composite tables = new Composite(root, SWT.NONE);
    GridLayoutFactory.fillDefaults().applyTo(tables);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(tables);
    perClass = new Table(tables, SWT.BORDER | SWT.FULL_SELECTION);
    perClass.setHeaderVisible(true);
    perClass.setLinesVisible(true);
    for (String h : new String[] {Messages.Metrics_class, Messages.Metrics_support, Messages.Metrics_precision, Messages.Metrics_recall,
        Messages.Metrics_f1, Messages.Metrics_rocAuc, Messages.Metrics_prAuc}) {
      TableColumn c = new TableColumn(perClass, SWT.RIGHT);
      c.setText(h);
      c.setWidth(90);
    }
    GridDataFactory.fillDefaults().grab(true, false).applyTo(perClass);
    new Label(tables, SWT.NONE).setText(Messages.Metrics_confusion);
    confusion = new Table(tables, SWT.BORDER);
    confusion.setHeaderVisible(true);
    confusion.setLinesVisible(true);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(confusion);

    roc = new RocCanvas(root);
    GridDataFactory.fillDefaults().hint(280, 280).applyTo(roc);
    scroll.setMinSize(root.computeSize(SWT.DEFAULT, SWT.DEFAULT));
  }

  /**
   * How the figures were made (cards without a recorded split: one hold-out when the card says so, as a
   * fleet model from Spark does, else stratified k-fold), the warning, remaining life.
   */
  private static String split(ModelCard c) {
    Split s = c.split();
    Metrics m = c.metrics();
    String text;
    if (s == null) {
      text = m.evaluatedOnHoldout() ? NLS.bind(Messages.Metrics_evaluatedOnHoldout, m.instances(), m.seed())
          : NLS.bind(Messages.Metrics_splitStratified, m.folds(), m.seed());
    } else {
      text = switch (s.kind()) {
        case Split.GROUPED -> NLS.bind(Messages.Metrics_splitGrouped, new Object[] {s.folds(), s.group(), s.seed()});
        case Split.FORWARD -> NLS.bind(Messages.Metrics_splitForward, s.time(), s.folds());
        case Split.HOLDOUT -> NLS.bind(Messages.Metrics_splitHoldout, s.test(), s.testRows());
        case Split.SHUFFLED -> NLS.bind(Messages.Metrics_splitShuffled, s.folds(), s.seed());
        default -> NLS.bind(Messages.Metrics_splitStratified, s.folds(), s.seed());
      };
      if (s.warning() != null) {
        text += '\n' + NLS.bind(Messages.Metrics_warning, s.warning());
      }
    }
    if (c.rul() != null) {
      text += '\n' + NLS.bind(Messages.Metrics_rul, new Object[] {f(c.rul().rmse()), f(c.rul().mae()), f(c.rul().score()), f(c.rul().meanScore())});
    }
    return '\n' + text;
  }

  /** Shows a model's card. */
  public void show(ModelCard c, Path folder) {
    this.card = c;
    Metrics m = c.metrics();
    title.setText(NLS.bind(Messages.Metrics_title, new Object[] {c.name(), c.schema().target().name(), c.recipe(), c.classifier(),
        folder == null ? "" : folder.toString()})); //$NON-NLS-1$
    perClass.removeAll();
    for (TableColumn col : confusion.getColumns()) {
      col.dispose();
    }
    confusion.removeAll();
    if (m.classes().isEmpty()) {
      summary.setText(NLS.bind(Messages.Metrics_regression, new Object[] {f(m.mae()), f(m.rmse()), f(m.baselineMae()), f(m.baselineRmse()),
          m.instances(), m.folds(), m.seed()}) + split(c));
      roc.setCurves(List.of());
    } else {
      String s = NLS.bind(Messages.Metrics_summary, new Object[] {f(m.accuracy()), f(m.baselineAccuracy()), m.majorityClass(),
          f(m.kappa()), m.instances(), m.folds(), m.seed()});
      if (m.threshold() != null) {
        s += '\n' + NLS.bind(Messages.Metrics_threshold, f(m.threshold()));
      }
      summary.setText(s + split(c));
      for (Metrics.ClassMetrics k : m.classes()) {
        new TableItem(perClass, SWT.NONE).setText(new String[] {k.value(), Integer.toString(k.support()), f(k.precision()), f(k.recall()),
            f(k.f1()), f(k.rocAuc()), f(k.prAuc())});
      }
      TableColumn corner = new TableColumn(confusion, SWT.LEFT);
      corner.setText(Messages.Metrics_actualPredicted);
      corner.setWidth(140);
      for (Metrics.ClassMetrics k : m.classes()) {
        TableColumn col = new TableColumn(confusion, SWT.RIGHT);
        col.setText(k.value());
        col.setWidth(80);
      }
      for (int a = 0; a < m.confusion().length; a++) {
        String[] row = new String[m.classes().size() + 1];
        row[0] = m.classes().get(a).value();
        for (int p = 0; p < m.confusion()[a].length; p++) {
          row[p + 1] = Long.toString(m.confusion()[a][p]);
        }
        new TableItem(confusion, SWT.NONE).setText(row);
      }
      roc.setCurves(m.roc() == null ? List.of() : m.roc());
    }
    root.layout(true, true);
    scroll.setMinSize(root.computeSize(SWT.DEFAULT, SWT.DEFAULT));
  }

  private static String f(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d); //$NON-NLS-1$ //$NON-NLS-2$
  }

  @Override
  public void setFocus() {
    scroll.setFocus();
  }

  /** The card shown, or null (tests). */
  public ModelCard card() {
    return card;
  }

  /** The summary's text (tests). */
  public String summaryText() {
    return summary.getText();
  }

  public Table perClassTable() {
    return perClass;
  }

  public Table confusionTable() {
    return confusion;
  }

  public RocCanvas rocCanvas() {
    return roc;
  }
}
