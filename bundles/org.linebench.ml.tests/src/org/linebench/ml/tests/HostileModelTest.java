package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.ModelOutput;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

import weka.classifiers.bayes.BayesNet;
import weka.classifiers.bayes.net.search.SearchAlgorithm;
import weka.classifiers.bayes.net.search.local.K2;
import weka.classifiers.misc.InputMappedClassifier;
import weka.classifiers.trees.J48;

/**
 * Model files made to harm: wrappers that name a second file, payloads that spin or exhaust,
 * classes that may not be written. Every payload is generated here; none is loaded without
 * being refused, and a refusal says why.
 */
class HostileModelTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir
  static Path dir;
  private static CsvTable data;
  private static Path model;

  @BeforeAll
  static void trainSmallModel() throws Exception {
    data = CsvTable.read(Hostile.write(dir.resolve("machines.csv"), Hostile.machineCsv(400, 7)), null);
    TrainingResult r = Trainer.train(data, TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.trees.J48", "")
        .withFolds(2, 1), TrainingMonitor.NONE);
    model = dir.resolve("j48");
    ModelArtifacts.write(model, "j48", r, data);
  }

  private static ModelException refusedOnLoadAndScore(Path folder) {
    // whatever a refused model would read (a FIFO) would block: a timeout here is the failure
    return assertTimeoutPreemptively(HANG, () -> assertThrows(ModelException.class, () -> Scorer.score(ModelArtifacts.load(folder), data)));
  }

  @Test
  void aWrapperModelThatNamesASecondFileIsRefusedBeforeThatFileIsOpened() throws Exception {
    Path second = Hostile.fifo(dir.resolve("second-model.fifo")); // opening it for reading would block
    InputMappedClassifier wrapper = new InputMappedClassifier();
    wrapper.setClassifier(new J48());
    wrapper.setModelPath(second.toString());
    Path forged = Hostile.forge(model, dir.resolve("wrapper"), Hostile.serialize(wrapper));
    ModelFolder.verify(forged); // the hash matches ...
    ModelException e = refusedOnLoadAndScore(forged); // ... and nothing in it is used
    assertTrue(e.getMessage().contains("weka.classifiers.misc.InputMappedClassifier"), e.getMessage());
    assertTrue(e.getMessage().contains("bypassing the allow-list"), e.getMessage());
  }

  @Test
  void anAllowedClassWhoseFieldNamesAFileIsRefused() throws Exception {
    Path bif = Hostile.fifo(dir.resolve("network.bif"));
    BayesNet net = new BayesNet();
    K2 search = new K2();
    Field f = SearchAlgorithm.class.getDeclaredField("m_sInitalBIFFile");
    f.setAccessible(true);
    f.set(search, bif.toString());
    net.setSearchAlgorithm(search);
    ModelException e = refusedOnLoadAndScore(Hostile.forge(model, dir.resolve("bif"), Hostile.serialize(net)));
    assertTrue(e.getMessage().contains("m_sInitalBIFFile = " + bif), e.getMessage());
  }

  @Test
  void hashSetBombsAreRefusedAtOnceByTheirClass() throws Exception {
    for (int depth : new int[] {24, 60}) {
      Path forged = Hostile.forge(model, dir.resolve("set-bomb-" + depth), Hostile.serialize(Hostile.setBomb(depth)));
      ModelException e = refusedOnLoadAndScore(forged);
      assertTrue(e.getMessage().contains("java.util.HashSet") && e.getMessage().contains("is not on the list"), e.getMessage());
    }
  }

  @Test
  void hashMapBombsOfAnAllowedClassAreRefusedByTheirHashCost() throws Exception {
    for (int depth : new int[] {24, 60}) {
      byte[] payload = Hostile.serialize(Hostile.mapBomb(depth));
      assertTrue(payload.length < 8_000, "a few kilobytes: " + payload.length);
      ModelException e = refusedOnLoadAndScore(Hostile.forge(model, dir.resolve("map-bomb-" + depth), payload));
      assertTrue(e.getMessage().contains("hash-collision bomb") && e.getMessage().contains("java.util.HashMap"), e.getMessage());
    }
  }

  @Test
  void nestingDeeperThanAnyModelIsRefusedNamingTheDepth() throws Exception {
    List<Object> root = new ArrayList<>();
    List<Object> inner = root;
    for (int i = 0; i < 12_000; i++) {
      List<Object> next = new ArrayList<>();
      inner.add(next);
      inner = next;
    }
    ModelException e = refusedOnLoadAndScore(Hostile.forge(model, dir.resolve("deep"), Hostile.serialize(root)));
    assertTrue(e.getMessage().contains("nested 10001 deep, deeper than the 10000 levels"), e.getMessage());
  }

  @Test
  void anArrayLongerThanItsFileIsRefusedBeforeItIsAllocated() throws Exception {
    byte[] bytes = Hostile.serialize(new double[] {1.5});
    // the stream ends with the length (int) and the one double: claim 2^30 elements (8 GB)
    ByteBuffer.wrap(bytes).putInt(bytes.length - 12, 1 << 30);
    ModelException e = refusedOnLoadAndScore(Hostile.forge(model, dir.resolve("array"), bytes));
    assertTrue(e.getMessage().contains("an array of 1073741824 elements"), e.getMessage());
  }

  @Test
  void aClassifierThatWouldBeRefusedOnLoadingIsNotTrained() {
    TrainingException vote = assertThrows(TrainingException.class, () -> Trainer.train(data,
        TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.meta.Vote", "").withFolds(2, 1), TrainingMonitor.NONE));
    assertTrue(vote.getMessage().contains("weka.classifiers.meta.Vote"), vote.getMessage());
  }

  @Test
  void aModelHoldingAFilterThatCallsMethodsByNameIsNotWritten() throws Exception {
    TrainingResult r = Trainer.train(data, TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.meta.FilteredClassifier",
        "-F weka.filters.unsupervised.attribute.NumericTransform -W weka.classifiers.rules.ZeroR").withFolds(2, 1), TrainingMonitor.NONE);
    Path out = dir.resolve("transform");
    IOException e = assertThrows(IOException.class, () -> ModelArtifacts.write(out, "transform", r, data));
    assertTrue(e.getMessage().contains("NumericTransform") && e.getMessage().contains("calls Java methods by name"), e.getMessage());
    assertTrue(Files.notExists(out), "nothing is left of a folder that was not written");
  }

  @Test
  void whatIsGivenAsAModelFolderIsNamedWhenItIsNone() throws Exception {
    Path csv = Hostile.write(dir.resolve("readings.csv"), "a,b\n1,2\n");
    ModelException isData = assertThrows(ModelException.class, () -> ModelArtifacts.load(csv));
    assertTrue(isData.getMessage().contains("is a data file, not a model"), isData.getMessage());
    Path other = Hostile.write(dir.resolve("notes.txt.bak"), "x");
    ModelException isFile = assertThrows(ModelException.class, () -> ModelArtifacts.load(other));
    assertTrue(isFile.getMessage().contains("is a file, not a model folder"), isFile.getMessage());
    Path fifo = Hostile.fifo(dir.resolve("model.fifo"));
    ModelException isFifo = assertTimeoutPreemptively(HANG, () -> assertThrows(ModelException.class, () -> ModelArtifacts.load(fifo)));
    assertTrue(isFifo.getMessage().contains("FIFO"), isFifo.getMessage());
  }

  @Test
  void aCardOrModelFileThatIsNoRegularFileIsRefusedBeforeItIsOpened() throws Exception {
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      Path folder = Files.createDirectories(dir.resolve("zero-card"));
      Files.createSymbolicLink(folder.resolve(ModelFolder.CARD), zero);
      ModelException card = assertTimeoutPreemptively(HANG, () -> assertThrows(ModelException.class, () -> ModelFolder.verify(folder)));
      assertTrue(card.getMessage().contains("a device, not a regular file"), card.getMessage());
    }
    Path fifoModel = Files.createDirectories(dir.resolve("fifo-model"));
    Files.copy(model.resolve(ModelFolder.CARD), fifoModel.resolve(ModelFolder.CARD));
    Hostile.fifo(fifoModel.resolve(ModelFolder.readCard(model.resolve(ModelFolder.CARD)).model().file()));
    ModelException bin = assertTimeoutPreemptively(HANG, () -> assertThrows(ModelException.class, () -> ModelArtifacts.load(fifoModel)));
    assertTrue(bin.getMessage().contains("FIFO"), bin.getMessage());
  }

  @Test
  void aSecondWriterOfTheSameFolderIsToldToWait() throws Exception {
    Path folder = dir.resolve("locked");
    try (ModelOutput first = ModelOutput.open(folder)) {
      IOException e = assertThrows(IOException.class, () -> ModelOutput.open(folder));
      assertTrue(e.getMessage().contains("another LineBench run is writing"), e.getMessage());
    }
    ModelOutput.open(folder).close(); // free again
    Path file = Hostile.write(dir.resolve("a-file"), "x");
    IOException notAFolder = assertThrows(IOException.class, () -> ModelOutput.open(file));
    assertTrue(notAFolder.getMessage().contains("is a file"), notAFolder.getMessage());
  }

  @Test
  void aRewrittenFolderHoldsOneModelAndTheLeftoversOfAKilledRunGo() throws Exception {
    Path folder = dir.resolve("rewritten");
    TrainingResult r = Trainer.train(data, TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.rules.OneR", "")
        .withFolds(2, 1), TrainingMonitor.NONE);
    String first = ModelArtifacts.write(folder, "m", r, data).model().file();
    // a run killed between its model file and its card leaves a model file no card names, and temporary files
    Files.write(folder.resolve("model-0123456789abcdef.bin"), new byte[] {1, 2, 3});
    Files.write(folder.resolve(".model.json.5f3a.tmp"), new byte[] {'{'});
    Files.write(folder.resolve(".model-0123456789abcdef.bin.77.tmp"), new byte[] {0});
    assertEquals(first, ModelFolder.verify(folder).model().file(), "the folder still verifies with its old card");
    try (ModelOutput out = ModelOutput.open(folder)) {
      assertEquals(3, out.removed(), "the next run removes what the killed one left");
      TrainingResult j48 = Trainer.train(data, TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.trees.J48", "")
          .withFolds(2, 1), TrainingMonitor.NONE);
      String second = out.write("m", j48, data).model().file();
      assertTrue(!second.equals(first) && second.matches("model-[0-9a-f]{16}\\.bin"), second);
    }
    try (var files = Files.list(folder)) {
      assertEquals(List.of(ModelOutput.LOCK, ModelFolder.verify(folder).model().file(), ModelFolder.CARD),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "the card, its model file and the lock");
    }
    assertEquals("weka.classifiers.trees.J48", ModelArtifacts.load(folder).card().classifier());
  }
}
