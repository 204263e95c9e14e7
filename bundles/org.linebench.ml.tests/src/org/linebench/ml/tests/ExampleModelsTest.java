package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

/**
 * The models committed beside the example lines are what `linebench train` makes from the
 * committed data with the options their cards record: retrained here, same figures.
 */
class ExampleModelsTest {

  static Path examples() {
    String root = System.getProperty("linebench.root");
    return Path.of(root == null ? "../.." : root).toAbsolutePath().normalize().resolve("examples");
  }

  static List<Path> cards() throws Exception {
    try (Stream<Path> files = Files.walk(examples())) {
      return files.filter(p -> p.getFileName().toString().equals(ModelFolder.CARD)).sorted().toList();
    }
  }

  @Test
  void everyExampleModelIsReproducibleFromItsData() throws Exception {
    List<Path> cards = cards();
    assertFalse(cards.isEmpty(), "the examples attach models to stations");
    for (Path cardFile : cards) {
      ModelArtifacts.Loaded loaded = ModelArtifacts.load(cardFile);
      ModelCard card = loaded.card();
      // examples/<line>/models/<name>/model.json -> examples/<line>/data/<file>
      Path data = cardFile.getParent().getParent().getParent().resolve("data").resolve(card.data().file());
      assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data))), card.data().sha256(),
          data + " is the data the model was trained on");
      CsvTable table = CsvTable.read(data, null);
      List<String> dropped = card.guard().stream().filter(g -> g.kind() == GuardFinding.Kind.USER_DROPPED).map(GuardFinding::column).toList();
      TrainingOptions options = TrainingOptions.of(card.schema().target().name()).withDrop(dropped)
          .withClassifier(card.classifier(), card.options()).withFolds(card.metrics().folds(), card.seed());
      TrainingResult again = Trainer.train(table, options, TrainingMonitor.NONE);
      Metrics m = again.metrics();
      assertEquals(card.metrics().accuracy(), m.accuracy(), 1e-12, cardFile.toString());
      for (Metrics.ClassMetrics c : card.metrics().classes()) {
        assertEquals(c.f1(), m.of(c.value()).f1(), 1e-12, cardFile + " " + c.value());
      }
      Scorer.Predictions p = Scorer.score(loaded, table);
      assertEquals(table.rowCount(), p.rows().size());
      assertTrue(card.metrics().accuracy() > card.metrics().baselineAccuracy(), "the example model beats the majority class");
    }
  }
}
