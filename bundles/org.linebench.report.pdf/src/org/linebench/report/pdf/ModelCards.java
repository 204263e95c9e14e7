package org.linebench.report.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.Station;
import org.linebench.rules.PlantModel;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.Document.Fields;
import org.linebench.rules.report.Report;
import org.linebench.rules.report.SectionContributor;
import org.linebench.rules.report.Texts;

/**
 * The section "attached models": each machine-learning model a station of the checked plants
 * attaches, with its card (read by {@code org.linebench.ml.card}, no Weka): purpose and human
 * override as the line says, what it reads and predicts, how it was trained, the cross-validated
 * metrics next to the majority-class baseline, and the SHA-256 of its training data and of its model
 * file (checked against the card). A card that cannot be read is said so, with the reason.
 */
public final class ModelCards implements SectionContributor {

  @Override
  public Document.Section section(Report report) {
    Texts t = Texts.of(report.locale());
    List<Document.Block> blocks = new ArrayList<>();
    for (PlantModel p : report.models()) {
      for (Station s : p.stations()) {
        for (ModelAttachment m : s.getModels()) {
          blocks.add(model(report, t, s, m));
        }
      }
    }
    return blocks.isEmpty() ? null : new Document.Section("models", t.get("doc.models"), blocks); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static Fields model(Report report, Texts t, Station s, ModelAttachment m) {
    List<String[]> f = new ArrayList<>();
    f.add(new String[] {t.get("doc.station"), label(s.getName(), s.getLabel())}); //$NON-NLS-1$
    f.add(new String[] {t.get("doc.purpose"), m.getPurpose() == null ? "-" : m.getPurpose().getLiteral()}); //$NON-NLS-1$ //$NON-NLS-2$
    f.add(new String[] {t.get("doc.override"), t.get(m.isHumanOverride() ? "doc.yes" : "doc.no")}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path card = card(m);
    if (card == null) {
      f.add(new String[] {t.get("doc.card"), t.get("doc.noCard")}); //$NON-NLS-1$ //$NON-NLS-2$
      return new Fields(label(m.getName(), m.getLabel()), null, f);
    }
    f.add(new String[] {t.get("doc.card"), report.display(card)}); //$NON-NLS-1$
    ModelCard c;
    String check;
    try {
      c = ModelFolder.verify(card);
      check = t.get("doc.verified"); //$NON-NLS-1$
    } catch (ModelException e) {
      check = e.getMessage();
      try {
        c = ModelFolder.readCard(card);
      } catch (ModelException unreadable) {
        f.add(new String[] {t.get("doc.cardProblem"), unreadable.getMessage()}); //$NON-NLS-1$
        return new Fields(label(m.getName(), m.getLabel()), null, f);
      }
    }
    if (c.schema() != null) {
      List<String> features = new ArrayList<>();
      c.schema().features().forEach(x -> features.add(x.name()));
      f.add(new String[] {t.get("doc.reads"), String.join(", ", features) //$NON-NLS-1$ //$NON-NLS-2$
          + (c.schema().target() == null ? "" : "  →  " + c.schema().target().name())}); //$NON-NLS-1$ //$NON-NLS-2$
    }
    f.add(new String[] {t.get("doc.trained"), c.recipe() + ", " + c.classifier() + " " + nz(c.options()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        + nz(c.createdAt()) + ", LineBench " + nz(c.linebenchVersion())}); //$NON-NLS-1$
    if (c.metrics() != null) {
      f.add(new String[] {t.get("doc.metrics"), metrics(t, c.metrics())}); //$NON-NLS-1$
    }
    if (c.data() != null) {
      f.add(new String[] {t.get("doc.data"), t.bind("doc.dataRows", c.data().file(), c.data().rows()) + "\nSHA-256 " + c.data().sha256()}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (c.model() != null) {
      f.add(new String[] {t.get("doc.modelFile"), c.model().file() + "\nSHA-256 " + c.model().sha256() + "\n" + check}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    return new Fields(label(m.getName(), m.getLabel()), null, f);
  }

  /**
   * How the model was evaluated (a k-fold cross-validation, or one hold-out when the card records a
   * single fold, as a fleet model trained on Spark does), accuracy against the baseline and kappa, then
   * each class; or the errors of a regression against theirs.
   */
  public static String metrics(Texts t, Metrics m) {
    StringBuilder b = new StringBuilder(t.bind(m.evaluatedOnHoldout() ? "doc.holdout" : "doc.cv", m.folds(), m.instances())); //$NON-NLS-1$ //$NON-NLS-2$
    if (m.accuracy() != null) {
      b.append('\n').append(t.bind("doc.accuracy", new Object[] {n(m.accuracy()), n(m.baselineAccuracy()), nz(m.majorityClass()), n(m.kappa())})); //$NON-NLS-1$
      for (Metrics.ClassMetrics c : m.classes()) {
        b.append('\n').append(t.bind("doc.class", new Object[] {c.value(), c.support(), n(c.precision()), n(c.recall()), n(c.f1()), n(c.rocAuc())})); //$NON-NLS-1$
      }
    }
    if (m.mae() != null) {
      b.append('\n').append(t.bind("doc.regression", new Object[] {n(m.mae()), n(m.baselineMae()), n(m.rmse()), n(m.baselineRmse())})); //$NON-NLS-1$
    }
    return b.toString();
  }

  private static Path card(ModelAttachment m) {
    if (m.getCard() == null || m.getCard().isEmpty() || m.eResource() == null) {
      return null;
    }
    URI uri = m.eResource().getURI();
    if (!uri.isFile()) {
      return null;
    }
    return Path.of(uri.toFileString()).toAbsolutePath().getParent().resolve(m.getCard()).normalize();
  }

  private static String n(Double d) {
    return d == null || d.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", d); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static String nz(String s) {
    return s == null ? "" : s; //$NON-NLS-1$
  }

  private static String label(String name, String label) {
    return label == null || label.isEmpty() ? name : name + "  " + label; //$NON-NLS-1$
  }
}
