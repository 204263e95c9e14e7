package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.WekaTables;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.ModelOutput;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

import weka.core.Instance;
import weka.core.Instances;

/** Model folders: the card, the hash check, the deserialization allow-list, scoring. */
class ModelArtifactsTest {
  @TempDir
  static Path dir;
  private static CsvTable ai4i;
  private static TrainingResult result;
  private static Path model;

  @BeforeAll
  static void trainSmallModel() throws Exception {
    ai4i = CsvTable.read(CsvTableTest.ai4i(), null);
    result = Trainer.train(ai4i,
        TrainingOptions.of("Machine failure").withDrop(List.of("RNF")).withClassifier("weka.classifiers.trees.J48", "").withFolds(3, 1),
        TrainingMonitor.NONE);
    model = dir.resolve("j48");
    ModelArtifacts.write(model, "j48", result, ai4i);
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  /** The model file a folder's card names. */
  static Path modelFile(Path folder) throws Exception {
    return folder.resolve(ModelFolder.readCard(folder.resolve(ModelFolder.CARD)).model().file());
  }

  private static Path copyOfModel(String name) throws Exception {
    Path copy = dir.resolve(name);
    Files.createDirectories(copy);
    for (Path f : List.of(modelFile(model), model.resolve(ModelFolder.CARD))) {
      Files.copy(f, copy.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }

  @Test
  void theCardRecordsDataModelAndMetrics() throws Exception {
    ModelCard card = ModelFolder.readCard(model.resolve(ModelFolder.CARD));
    assertEquals(ModelCard.FORMAT, card.format());
    assertEquals(sha256(Files.readAllBytes(CsvTableTest.ai4i())), card.data().sha256());
    assertEquals("ai4i2020.csv", card.data().file());
    assertEquals(10_000, card.data().rows());
    assertEquals(sha256(Files.readAllBytes(modelFile(model))), card.model().sha256());
    assertEquals(Files.size(modelFile(model)), card.model().bytes());
    assertEquals("model-" + card.model().sha256().substring(0, 16) + ".bin", card.model().file(), "named by its hash");
    assertEquals("3.8.6", card.wekaVersion());
    assertEquals("weka.classifiers.trees.J48", card.classifier());
    assertEquals(1, card.seed());
    assertEquals("Machine failure", card.schema().target().name());
    assertEquals(List.of("0", "1"), card.schema().target().values());
    assertEquals("K", card.schema().features().stream().filter(f -> f.name().startsWith("Air")).findFirst().orElseThrow().unit());
    assertEquals(result.metrics().of("1").f1(), card.metrics().of("1").f1(), 1e-12);
    assertFalse(card.createdAt().isEmpty());
    assertTrue(card.guard().stream().anyMatch(g -> g.column().equals("UDI") && g.dropped()));
    String json = Files.readString(model.resolve(ModelFolder.CARD));
    assertTrue(json.contains("\"sha256\""), "a plain JSON file people can read");
    try (var files = Files.list(model)) {
      assertEquals(List.of(ModelOutput.LOCK, card.model().file(), ModelFolder.CARD), files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
  }

  @Test
  void aLoadedModelPredictsWhatTheTrainedOneDid() throws Exception {
    ModelArtifacts.Loaded loaded = ModelArtifacts.load(model);
    Instances data = WekaTables.of(result.schema(), ai4i, true, null);
    for (int i = 0; i < 500; i++) {
      Instance in = data.get(i);
      assertArrayEquals(result.model().distributionForInstance(in), loaded.classifier().distributionForInstance(in), 1e-12);
    }
  }

  @Test
  void oneChangedByteIsRefused() throws Exception {
    Path copy = copyOfModel("tampered");
    byte[] bytes = Files.readAllBytes(modelFile(copy));
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(modelFile(copy), bytes);
    ModelException e = assertThrows(ModelException.class, () -> ModelArtifacts.load(copy));
    assertTrue(e.getMessage().contains("SHA-256") && e.getMessage().contains(sha256(bytes)), e.getMessage());
    assertThrows(ModelException.class, () -> ModelFolder.verify(copy));
  }

  /** A serialized object outside the allow-list, with a card whose hash matches: refused before it is built. */
  @Test
  void aForeignObjectIsRefusedEvenWithAMatchingHash() throws Exception {
    Path copy = copyOfModel("foreign");
    HashMap<Object, String> gadget = new HashMap<>();
    gadget.put(URI.create("http://example.invalid/").toURL(), "a URL's hashCode resolves its host");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(gadget);
    }
    byte[] bytes = b.toByteArray();
    Files.write(modelFile(copy), bytes);
    String card = Files.readString(copy.resolve(ModelFolder.CARD)).replace(ModelFolder.readCard(model.resolve(ModelFolder.CARD)).model().sha256(),
        sha256(bytes));
    Files.writeString(copy.resolve(ModelFolder.CARD), card);
    ModelFolder.verify(copy); // the hash matches ...
    ModelException e = assertThrows(ModelException.class, () -> ModelArtifacts.load(copy)); // ... the content does not
    assertTrue(e.getMessage().contains("java.net.URL"), e.getMessage());
  }

  @Test
  void cardsThatPointElsewhereOrAreNoCardsAreRefused() throws Exception {
    Path copy = copyOfModel("escape");
    String file = modelFile(copy).getFileName().toString();
    String card = Files.readString(copy.resolve(ModelFolder.CARD)).replace("\"file\": \"" + file + "\"", "\"file\": \"../j48/" + file + "\"");
    Files.writeString(copy.resolve(ModelFolder.CARD), card);
    ModelException escape = assertThrows(ModelException.class, () -> ModelArtifacts.load(copy));
    assertTrue(escape.getMessage().contains("../j48/" + file), escape.getMessage());

    Files.writeString(copy.resolve(ModelFolder.CARD), "{\"format\": \"something else\"}");
    assertThrows(ModelException.class, () -> ModelArtifacts.load(copy));
    Files.writeString(copy.resolve(ModelFolder.CARD), "{ not json");
    assertThrows(ModelException.class, () -> ModelArtifacts.load(copy));
    ModelException none = assertThrows(ModelException.class, () -> ModelArtifacts.load(dir.resolve("nothing-here")));
    assertTrue(none.getMessage().contains("nothing-here"), none.getMessage());
  }

  @Test
  void scoringWritesOneRowPerInputWithClassAndProbabilities() throws Exception {
    // new data without the target and in another column order
    StringBuilder b = new StringBuilder("Tool wear [min];Torque [Nm];Rotational speed [rpm];Process temperature [K];Air temperature [K];Type\n");
    b.append("10;40.1;1500;308.6;298.1;M\n");
    b.append("230;65.0;1250;310.0;301.0;L\n");
    b.append(";42;1400;309;299;X\n");
    Path data = dir.resolve("new.csv");
    Files.writeString(data, b.toString());
    CsvTable table = CsvTable.read(data, null);
    Scorer.Predictions p = Scorer.score(ModelArtifacts.load(model), table);
    assertEquals(3, p.rows().size());
    assertEquals(1, p.unknownValues(), "type X was never seen");
    for (Scorer.Row r : p.rows()) {
      assertEquals(1.0, r.probabilities()[0] + r.probabilities()[1], 1e-9);
    }
    Path out = dir.resolve("predictions.csv");
    Scorer.write(p, out, StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(out);
    assertEquals(List.of("row", "predicted", "p(0)", "p(1)"), List.of(lines.get(0).split(",")));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("1,"));
  }

  @Test
  void scoringNamesAMissingColumnWithFileAndLine() throws Exception {
    Path data = dir.resolve("incomplete.csv");
    Files.writeString(data, "Type,Air temperature [K]\nM,298\n");
    DataException e = assertThrows(DataException.class, () -> Scorer.score(ModelArtifacts.load(model), CsvTable.read(data, null)));
    assertEquals(1, e.line());
    assertTrue(e.describe().startsWith(data.toString() + ":1"), e.describe());
    assertTrue(e.getMessage().contains("Process temperature [K]"), e.getMessage());
  }

  @Test
  void gbkDataWithChineseHeadersTrainsAndScores() throws Exception {
    Charset gbk = Charset.forName("GBK");
    StringBuilder b = new StringBuilder("编号;主轴温度 [°C];振动 [mm/s];状态\n");
    java.util.Random r = new java.util.Random(11);
    for (int i = 0; i < 120; i++) {
      double t = 40 + r.nextDouble() * 40;
      double v = r.nextDouble() * 8;
      b.append("G").append(i).append(';').append(String.format(java.util.Locale.ROOT, "%.1f;%.2f;", t, v))
          .append(t > 70 || v > 6.5 ? "报警" : "正常").append('\n');
    }
    Path data = dir.resolve("spindle-gbk.csv");
    Files.write(data, b.toString().getBytes(gbk));
    CsvTable t = CsvTable.read(data, null);
    assertEquals(';', t.delimiter());
    TrainingResult res = Trainer.train(t, TrainingOptions.of("状态").withFolds(3, 1), TrainingMonitor.NONE);
    assertTrue(res.guard().stream().anyMatch(g -> g.column().equals("编号") && g.dropped()), "the serial number is an identifier");
    assertTrue(res.metrics().of("报警").f1() > 0.8, "F1 " + res.metrics().of("报警").f1());
    Path m = dir.resolve("spindle");
    ModelArtifacts.write(m, "spindle", res, t);
    Scorer.Predictions p = Scorer.score(ModelArtifacts.load(m), t);
    assertEquals(120, p.rows().size());
    assertEquals(List.of("正常", "报警").stream().sorted().toList(), p.classes().stream().sorted().toList());
    assertEquals("°C", ModelFolder.readCard(m.resolve(ModelFolder.CARD)).schema().features().get(0).unit());
  }
}
