package org.linebench.ml.card.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.card.Hashes;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.card.Schema;
import org.linebench.ml.card.Split;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A model folder is read and verified without Weka: this test runs in an OSGi runtime that has no
 * Weka bundle (checked), on the example models the line files attach and on folders made here.
 */
class ModelFolderTest {

  static Path examples() {
    String root = System.getProperty("linebench.root");
    return Path.of(root == null ? "../.." : root).toAbsolutePath().normalize().resolve("examples");
  }

  @Test
  void theRuntimeOfTheseTestsHasNoWeka() {
    Bundle self = FrameworkUtil.getBundle(ModelFolder.class);
    assertTrue(self != null, "runs inside OSGi");
    List<String> weka = Arrays.stream(self.getBundleContext().getBundles()).map(Bundle::getSymbolicName)
        .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains("weka")).toList();
    assertEquals(List.of(), weka, "the card bundle needs no Weka");
    String imports = self.getHeaders().get("Import-Package");
    assertFalse(imports.toLowerCase(java.util.Locale.ROOT).contains("weka"), imports);
    assertTrue(self.getHeaders().get("Require-Bundle") == null, "and requires no bundle");
  }

  @Test
  void theExampleModelsVerify() throws Exception {
    List<Path> cards;
    try (Stream<Path> files = Files.walk(examples())) {
      cards = files.filter(p -> p.getFileName().toString().equals(ModelFolder.CARD)).sorted().toList();
    }
    assertTrue(cards.size() >= 3, "the examples attach models: " + cards);
    for (Path card : cards) {
      ModelFolder.Verified v = ModelFolder.read(card.getParent());
      assertEquals(card, v.cardFile());
      assertEquals(v.card().model().sha256(), Hashes.sha256(Files.readAllBytes(v.modelFile())), card.toString());
      assertArrayEquals(Files.readAllBytes(v.modelFile()), v.bytes(), "the bytes verified are the file's");
      assertEquals(ModelCard.FORMAT, v.card().format());
      assertFalse(v.card().schema().features().isEmpty(), card.toString());
    }
    ModelCard tipWear = ModelFolder.verify(examples().resolve("bodyshop/models/tip-wear"));
    assertEquals(List.of("Electrode temperature [°C]", "Tip wear [min]"),
        tipWear.schema().features().stream().map(Schema.Feature::name).toList());
    assertEquals("°C", tipWear.schema().features().get(0).unit());
    assertEquals(List.of("0", "1"), tipWear.schema().target().values());
    assertEquals(GuardFinding.Kind.IDENTIFIER, tipWear.guard().get(0).kind());
    assertEquals(400, tipWear.metrics().instances());
  }

  /** A folder with a card written here and a model file of the given bytes. */
  static Path folder(Path dir, byte[] model, String modelFileName) throws Exception {
    Files.createDirectories(dir);
    Files.write(dir.resolve(modelFileName), model);
    Schema schema = new Schema(List.of(new Schema.Feature("T [°C]", Schema.NUMERIC, "°C", List.of())), List.of(),
        new Schema.Target("failure", Schema.NOMINAL, null, List.of("no", "yes")));
    Metrics metrics = Metrics.builder(3, 1, 30).accuracy(0.9, 0.8, "no").kappa(0.5)
        .classes(List.of(new Metrics.ClassMetrics("yes", 6, 0.75, 0.5, 0.6, 0.9, Double.NaN))).threshold(0.4).build();
    ModelCard card = new ModelCard(ModelCard.FORMAT, "m", "2026-01-01T00:00:00Z", "test", "none", "maintenance", "x", "", 1,
        schema, List.of(new GuardFinding("id", GuardFinding.Kind.IDENTIFIER, true, "dropped")), metrics,
        new ModelCard.Data("d.csv", "00", 30, 0, "UTF-8", ","), new ModelCard.ModelFile(modelFileName, Hashes.sha256(model), model.length));
    Files.writeString(dir.resolve(ModelFolder.CARD), ModelFolder.toJson(card), StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void aCardWrittenIsReadBackWithItsMetrics(@TempDir Path tmp) throws Exception {
    Path m = folder(tmp.resolve("m"), new byte[] {1, 2, 3}, "model-0102030405060708.bin");
    ModelCard card = ModelFolder.verify(m);
    assertEquals("maintenance", card.recipe());
    assertEquals(0.4, card.metrics().threshold());
    assertEquals(0.9, card.metrics().accuracy());
    assertEquals(List.of(), card.metrics().roc(), "not set: empty");
    assertEquals(null, card.metrics().mae(), "a classification has no regression errors");
    String json = Files.readString(m.resolve(ModelFolder.CARD));
    assertFalse(json.contains("NaN") || json.contains("prAuc"), "a NaN figure is left out: a card is plain JSON " + json);
    assertEquals(0.6, card.metrics().of("yes").f1(), "and the card still reads");
    assertEquals(ModelFolder.toJson(card), ModelFolder.toJson(ModelFolder.verify(m.resolve(ModelFolder.CARD))), "the folder or its card");
    assertEquals(m.resolve("model-0102030405060708.bin"), ModelFolder.modelFile(m.resolve(ModelFolder.CARD)));
  }

  @Test
  void aCardCarriesBothTheSplitAndTheSources(@TempDir Path tmp) throws Exception {
    ModelCard plain = ModelFolder.verify(folder(tmp.resolve("m"), new byte[] {1, 2, 3}, "model.bin"));
    assertEquals(null, plain.split(), "the card of independent rows records no split");
    assertEquals(null, plain.sources(), "nor sources");
    Split split = new Split(Split.GROUPED, "unit", null, 3, null, 1, null, null, 0, null, null);
    ModelCard.Sources sources = new ModelCard.Sources("parquet", "hdfs:///fleet", List.of("plant", "station"), 30, true, "jitter",
        "bag", List.of(new ModelCard.SourceFile("plant=P1/station=S1/part-0.parquet", "ab", 123, 30)));
    ModelCard both = new ModelCard(plain.format(), plain.name(), plain.createdAt(), plain.linebenchVersion(), plain.wekaVersion(),
        plain.recipe(), plain.classifier(), plain.options(), plain.seed(), plain.schema(), plain.guard(), plain.metrics(), plain.data(),
        plain.model(), split, null, null, null, sources);
    Path m = tmp.resolve("m");
    Files.writeString(m.resolve(ModelFolder.CARD), ModelFolder.toJson(both), StandardCharsets.UTF_8);
    ModelCard read = ModelFolder.verify(m);
    assertEquals(split, read.split());
    assertEquals(sources, read.sources());
    assertEquals(sources, new ModelCard(plain.format(), plain.name(), plain.createdAt(), plain.linebenchVersion(), plain.wekaVersion(),
        plain.recipe(), plain.classifier(), plain.options(), plain.seed(), plain.schema(), plain.guard(), plain.metrics(), plain.data(),
        plain.model(), sources).sources(), "the constructor of a cluster job's card");
  }

  @Test
  void aChangedModelFileIsRefusedNamingBothHashes(@TempDir Path tmp) throws Exception {
    Path m = folder(tmp.resolve("m"), new byte[] {1, 2, 3}, "model.bin");
    Files.write(m.resolve("model.bin"), new byte[] {1, 2, 4});
    ModelException e = assertThrows(ModelException.class, () -> ModelFolder.verify(m));
    assertTrue(e.getMessage().contains(Hashes.sha256(new byte[] {1, 2, 3})) && e.getMessage().contains(Hashes.sha256(new byte[] {1, 2, 4})),
        e.getMessage());
    assertTrue(e.getMessage().contains("has been changed since it was trained"), e.getMessage());
  }

  @Test
  void whatIsNoModelFolderIsNamed(@TempDir Path tmp) throws Exception {
    Path m = folder(tmp.resolve("m"), new byte[] {7}, "model.bin");
    Files.delete(m.resolve("model.bin"));
    ModelException missing = assertThrows(ModelException.class, () -> ModelFolder.verify(m));
    assertTrue(missing.getMessage().contains("the model file " + m.resolve("model.bin")), missing.getMessage());
    Path data = Files.writeString(tmp.resolve("data.csv"), "a,b\n1,2\n");
    assertTrue(assertThrows(ModelException.class, () -> ModelFolder.verify(data)).getMessage().contains("is a data file"));
    ModelException none = assertThrows(ModelException.class, () -> ModelFolder.verify(tmp.resolve("nothing")));
    assertTrue(none.getMessage().contains("nothing"), none.getMessage());
    Path escape = folder(tmp.resolve("escape"), new byte[] {7}, "model.bin");
    Files.writeString(escape.resolve(ModelFolder.CARD),
        Files.readString(escape.resolve(ModelFolder.CARD)).replace("\"file\": \"model.bin\"", "\"file\": \"../m/model.bin\""));
    ModelException outside = assertThrows(ModelException.class, () -> ModelFolder.verify(escape));
    assertTrue(outside.getMessage().contains("must lie beside its card"), outside.getMessage());
    Files.writeString(escape.resolve(ModelFolder.CARD), "{\"format\": \"something else\"}");
    assertTrue(assertThrows(ModelException.class, () -> ModelFolder.verify(escape)).getMessage().contains("is not a LineBench model card"));
  }
}
