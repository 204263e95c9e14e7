package org.linebench.ml.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.Hashes;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.train.PartitionTraining;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;
import org.linebench.ml.ui.MlUi;
import org.linebench.ml.ui.internal.MetricsView;
import org.linebench.testing.ui.Workbenches;

/**
 * The card of a fleet model, trained the way the Spark job trains it (a model per partition of AI4I,
 * combined, evaluated on the rows held out), opened in the Metrics view: it says the figures come from
 * a hold-out, as the technical file does, not "Stratified 1-fold".
 */
class HoldoutCardTest {
  @TempDir
  Path dir;

  /** AI4I's rows: every fifth held out, the others in two station files of a fleet folder. */
  private Path fleetModel() throws Exception {
    List<String> lines = Files.readAllLines(TrainWizardTest.ai4i(), StandardCharsets.UTF_8);
    List<List<String>> parts = List.of(new ArrayList<>(List.of(lines.get(0))), new ArrayList<>(List.of(lines.get(0))));
    StringBuilder held = new StringBuilder(lines.get(0)).append('\n');
    for (int i = 1; i < lines.size(); i++) {
      if (i % 5 == 0) {
        held.append(lines.get(i)).append('\n');
      } else {
        parts.get(i % 2).add(lines.get(i));
      }
    }
    Path fleet = dir.resolve("fleet");
    List<CsvTable> partitions = new ArrayList<>();
    List<ModelCard.SourceFile> files = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      Path file = fleet.resolve("station=OP20-" + (p + 1)).resolve("part-00000.csv");
      Files.createDirectories(file.getParent());
      Files.write(file, parts.get(p), StandardCharsets.UTF_8);
      partitions.add(CsvTable.read(file, null));
      files.add(new ModelCard.SourceFile(fleet.relativize(file).toString().replace('\\', '/'), Hashes.sha256(Files.readAllBytes(file)),
          Files.size(file), parts.get(p).size() - 1L));
    }
    TrainingOptions options = TrainingOptions.of("Machine failure").withDrop(List.of("Type", "RNF"))
        .withClassifier("weka.classifiers.trees.J48", "-C 0.25 -M 2").withFolds(2, 1);
    Trainer.Prepared prepared = Trainer.prepare(partitions.get(0), options, TrainingMonitor.NONE);
    TrainingResult result = PartitionTraining.train(prepared, partitions,
        CsvTable.parse("holdout.csv", StandardCharsets.UTF_8, held.toString()), 1);
    Path folder = dir.resolve("fleet-op20");
    ModelArtifacts.write(folder, "fleet-op20", result, new ModelCard.Sources("csv", fleet.toString(), List.of("station"), 8_000, false, null,
        "bagging over 2 disjoint partitions", files));
    return folder;
  }

  @Test
  void aFleetCardEvaluatedOnOneHoldOutSaysSoInTheMetricsView() throws Exception {
    Path folder = fleetModel();
    ModelCard card = ModelFolder.verify(folder); // what Machine Learning > Open Model... reads
    assertEquals(null, card.split(), "the fleet job records no split");
    assertEquals(1, card.metrics().folds());
    assertEquals(2_000, card.metrics().instances(), "the rows held out");
    assertTrue(card.metrics().evaluatedOnHoldout());

    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    MetricsView view = (MetricsView) page.showView(MlUi.VIEW_METRICS);
    view.show(card, folder);
    Workbenches.settle();
    assertTrue(view.summaryText().contains("\nEvaluated on a hold-out of 2000 rows kept out of training, seed 1"), view.summaryText());
    assertFalse(view.summaryText().contains("1-fold"), view.summaryText());

    // the same card with figures of a 5-fold cross-validation is still one
    Metrics m = card.metrics();
    Metrics cv = Metrics.builder(5, m.seed(), 10_000).accuracy(m.accuracy(), m.baselineAccuracy(), m.majorityClass()).kappa(m.kappa())
        .classes(m.classes()).confusion(m.confusion()).build();
    assertFalse(cv.evaluatedOnHoldout());
    view.show(new ModelCard(card.format(), card.name(), card.createdAt(), card.linebenchVersion(), card.wekaVersion(), card.recipe(),
        card.classifier(), card.options(), card.seed(), card.schema(), card.guard(), cv, card.data(), card.model()), folder);
    Workbenches.settle();
    assertTrue(view.summaryText().contains("\nStratified 5-fold cross-validation, seed 1"), view.summaryText());
    assertFalse(view.summaryText().contains("hold-out"), view.summaryText());
  }

  @Test
  void theChineseTextSaysWhatTheTechnicalFileSays() throws Exception {
    Properties zh = new Properties();
    try (InputStream in = MetricsView.class.getResourceAsStream("messages_zh.properties")) {
      zh.load(in);
    }
    // the technical file: "在未参与训练的 2000 行留出数据上评估" (org.linebench.rules, doc.holdout)
    assertEquals("在未参与训练的 2000 行留出数据上评估，种子 1", NLS.bind(zh.getProperty("Metrics_evaluatedOnHoldout"), 2000, 1));
  }
}
