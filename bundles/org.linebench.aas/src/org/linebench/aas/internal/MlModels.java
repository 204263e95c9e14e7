package org.linebench.aas.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.model.line.FeatureBinding;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.Station;

/**
 * LineBench's machine-learning submodel of a station: each attached model with its purpose and
 * human override, the features bound to the station's sensors, and from its card the classifier,
 * the training data's file, rows and SHA-256, the model file's SHA-256 and the cross-validated
 * figures (accuracy against the majority-class baseline, per class precision, recall, F1, ROC and
 * PR AUC; errors for regression). In an AASX package the card itself travels along as a file.
 */
public final class MlModels {
  static final String SUBMODEL = Ids.concept("submodel:ml-models:1"); //$NON-NLS-1$

  /** A file to put into the AASX package: its path there and where it lies. */
  public record Attached(String packagePath, Path source) {}

  private MlModels() {}

  /** The submodel; null without models. {@code lineFile} is the file the station is declared in (cards lie relative to it). */
  static Submodel of(Station s, Path lineFile, List<Attached> attached) {
    if (s.getModels().isEmpty()) {
      return null;
    }
    List<SubmodelElement> models = new ArrayList<>();
    for (ModelAttachment m : s.getModels()) {
      List<SubmodelElement> v = Safety.named(m);
      v.add(Sm.text("Purpose", Ids.concept("model-purpose"), m.getPurpose().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
      v.add(Sm.flag("HumanOverride", Ids.concept("human-override"), m.isHumanOverride())); //$NON-NLS-1$ //$NON-NLS-2$
      List<SubmodelElement> features = new ArrayList<>();
      for (FeatureBinding b : m.getBindings()) {
        features.add(Sm.collection("Feature", Ids.concept("model-feature"), List.of( //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("Name", Ids.concept("model-feature-name"), b.getFeature()), //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("Sensor", Ids.concept("model-feature-sensor"), b.getSensor() == null ? "" : b.getSensor().getName())))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      if (!features.isEmpty()) {
        v.add(Sm.list("Features", Ids.concept("model-features"), features)); //$NON-NLS-1$ //$NON-NLS-2$
      }
      Path card = lineFile == null || m.getCard() == null ? null : lineFile.toAbsolutePath().getParent().resolve(m.getCard()).normalize();
      String packagePath = "file:/aasx/models/" + Ids.idShort(s) + "/" + Ids.idShort(m.getName()) + "/" + ModelFolder.CARD; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      v.add(Sm.text("CardPath", Ids.concept("model-card-path"), m.getCard())); //$NON-NLS-1$ //$NON-NLS-2$
      if (card != null) {
        try {
          ModelCard c = ModelFolder.readCard(card);
          v.add(Sm.file("Card", Ids.concept("model-card"), packagePath, "application/json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          attached.add(new Attached(packagePath, card));
          card(c, v);
        } catch (ModelException e) {
          v.add(Sm.text("CardProblem", Ids.concept("model-card-problem"), e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
      models.add(Sm.collection("Model", Ids.concept("model"), v)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return Sm.submodel(Ids.submodel(s, "MachineLearning"), "LineBenchMachineLearning", SUBMODEL, //$NON-NLS-1$ //$NON-NLS-2$
        List.of(Sm.list("Models", Ids.concept("models"), models))); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static void card(ModelCard c, List<SubmodelElement> v) {
    v.add(Sm.text("ModelName", Ids.concept("model-name"), c.name())); //$NON-NLS-1$ //$NON-NLS-2$
    v.add(Sm.text("Classifier", Ids.concept("model-classifier"), c.classifier() + (c.options() == null || c.options().isBlank() ? "" : " " + c.options()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    v.add(Sm.text("CreatedAt", Ids.concept("model-created"), c.createdAt())); //$NON-NLS-1$ //$NON-NLS-2$
    if (c.data() != null) {
      v.add(Sm.text("DataFile", Ids.concept("model-data-file"), c.data().file())); //$NON-NLS-1$ //$NON-NLS-2$
      v.add(Sm.text("DataSha256", Ids.concept("model-data-sha256"), c.data().sha256())); //$NON-NLS-1$ //$NON-NLS-2$
      v.add(Sm.integer("DataRows", Ids.concept("model-data-rows"), c.data().rows())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (c.model() != null) {
      v.add(Sm.text("ModelSha256", Ids.concept("model-file-sha256"), c.model().sha256())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    Metrics m = c.metrics();
    if (m == null) {
      return;
    }
    List<SubmodelElement> figures = new ArrayList<>();
    figures.add(Sm.integer("Folds", Ids.concept("metrics-folds"), m.folds())); //$NON-NLS-1$ //$NON-NLS-2$
    figures.add(Sm.integer("Instances", Ids.concept("metrics-instances"), m.instances())); //$NON-NLS-1$ //$NON-NLS-2$
    number(figures, "Accuracy", "metrics-accuracy", m.accuracy()); //$NON-NLS-1$ //$NON-NLS-2$
    number(figures, "BaselineAccuracy", "metrics-baseline-accuracy", m.baselineAccuracy()); //$NON-NLS-1$ //$NON-NLS-2$
    number(figures, "MAE", "metrics-mae", m.mae()); //$NON-NLS-1$ //$NON-NLS-2$
    number(figures, "RMSE", "metrics-rmse", m.rmse()); //$NON-NLS-1$ //$NON-NLS-2$
    if (m.classes() != null && !m.classes().isEmpty()) {
      List<SubmodelElement> classes = new ArrayList<>();
      for (Metrics.ClassMetrics k : m.classes()) {
        List<SubmodelElement> x = new ArrayList<>();
        x.add(Sm.text("Value", Ids.concept("metrics-class"), k.value())); //$NON-NLS-1$ //$NON-NLS-2$
        number(x, "Precision", "metrics-precision", k.precision()); //$NON-NLS-1$ //$NON-NLS-2$
        number(x, "Recall", "metrics-recall", k.recall()); //$NON-NLS-1$ //$NON-NLS-2$
        number(x, "F1", "metrics-f1", k.f1()); //$NON-NLS-1$ //$NON-NLS-2$
        number(x, "RocAuc", "metrics-roc-auc", k.rocAuc()); //$NON-NLS-1$ //$NON-NLS-2$
        number(x, "PrAuc", "metrics-pr-auc", k.prAuc()); //$NON-NLS-1$ //$NON-NLS-2$
        classes.add(Sm.collection("Class", Ids.concept("metrics-class-figures"), x)); //$NON-NLS-1$ //$NON-NLS-2$
      }
      figures.add(Sm.list("Classes", Ids.concept("metrics-classes"), classes)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    v.add(Sm.collection("Metrics", Ids.concept("metrics"), figures)); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static void number(List<SubmodelElement> list, String idShort, String concept, Double value) {
    if (value != null && Double.isFinite(value)) {
      list.add(Sm.number(idShort, Ids.concept(concept), value));
    }
  }
}
