package org.linebench.ml.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.train.WekaRuntime;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import weka.classifiers.Classifier;
import org.linebench.core.AtomicFiles;

/**
 * Writes a trained model as a folder ({@code model.bin} and its card {@code model.json}) and loads
 * it back: the card first, then the model file only if its SHA-256 is the card's, deserialized
 * through an allow-list.
 */
public final class ModelArtifacts {
  /** The card's file name in a model folder. */
  public static final String CARD = "model.json"; //$NON-NLS-1$
  /** The model's file name in a model folder. */
  public static final String MODEL = "model.bin"; //$NON-NLS-1$

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private ModelArtifacts() {}

  /** A model loaded and verified, with its card and the folder it came from. */
  public record Loaded(ModelCard card, Classifier classifier, Path folder) {}

  /**
   * Writes the model file and then its card into {@code folder} (created if needed), each
   * atomically; a card always describes a complete model file.
   *
   * @return the card written
   */
  public static ModelCard write(Path folder, String name, TrainingResult result, CsvTable data) throws IOException {
    Files.createDirectories(folder);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(result.model());
    }
    byte[] model = bytes.toByteArray();
    AtomicFiles.write(folder.resolve(MODEL), model);
    ModelCard card = new ModelCard(ModelCard.FORMAT, name, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        version(), weka.core.Version.VERSION, result.recipe().id(), result.classifier(), result.options(),
        result.metrics().seed(), result.schema(),
        result.guard().stream().map(g -> new ModelCard.Guard(g.column(), g.kind(), g.dropped(), g.message())).toList(),
        result.metrics(),
        new ModelCard.Data(Path.of(data.file()).getFileName().toString(), data.sha256(), result.rows(), result.skippedRows(),
            data.charset().name(), String.valueOf(data.delimiter())),
        new ModelCard.ModelFile(MODEL, sha256(model), model.length));
    AtomicFiles.writeString(folder.resolve(CARD), toJson(card));
    return card;
  }

  /** The card as JSON. */
  public static String toJson(Object card) {
    return GSON.toJson(card);
  }

  /** The card file of a model folder, or the card itself. */
  public static Path cardOf(Path folderOrCard) {
    return Files.isDirectory(folderOrCard) ? folderOrCard.resolve(CARD) : folderOrCard;
  }

  /**
   * Reads a card and checks that its model file exists and has the card's hash, without loading
   * the model.
   *
   * @param folderOrCard a model folder or its card
   */
  public static ModelCard verify(Path folderOrCard) throws ModelException {
    Path cardFile = cardOf(folderOrCard);
    ModelCard card = readCard(cardFile);
    modelBytes(cardFile, card);
    return card;
  }

  /** Reads a card, checks the model file's hash and deserializes it through the allow-list. */
  public static Loaded load(Path folderOrCard) throws ModelException {
    Path cardFile = cardOf(folderOrCard);
    ModelCard card = readCard(cardFile);
    byte[] bytes = modelBytes(cardFile, card);
    WekaRuntime.start();
    Path modelFile = cardFile.resolveSibling(card.model().file());
    Object object;
    AllowListInputStream in = null;
    try {
      in = new AllowListInputStream(new ByteArrayInputStream(bytes), bytes.length);
      object = in.readObject();
    } catch (InvalidClassException e) {
      String refused = in == null || in.refused() == null ? Trainer.describe(e) : in.refused();
      throw new ModelException(NLS.bind(Messages.Model_refused, modelFile, refused), e);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new ModelException(NLS.bind(Messages.Model_unreadable, modelFile, Trainer.describe(e)), e);
    } finally {
      if (in != null) {
        try {
          in.close();
        } catch (IOException e) {
          // a byte array
        }
      }
    }
    if (!(object instanceof Classifier classifier)) {
      throw new ModelException(NLS.bind(Messages.Model_refused, modelFile, object == null ? "null" : object.getClass().getName())); //$NON-NLS-1$
    }
    return new Loaded(card, classifier, cardFile.toAbsolutePath().getParent());
  }

  /** Reads and checks a card's JSON. */
  public static ModelCard readCard(Path cardFile) throws ModelException {
    String json;
    try {
      json = Files.readString(cardFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ModelException(NLS.bind(Messages.Model_noCard, cardFile));
    } catch (IOException e) {
      throw new ModelException(NLS.bind(Messages.Model_cannotRead, cardFile, Trainer.describe(e)), e);
    }
    ModelCard card;
    try {
      card = GSON.fromJson(json, ModelCard.class);
    } catch (JsonParseException e) {
      throw new ModelException(NLS.bind(Messages.Model_badCard, cardFile, Trainer.describe(e)), e);
    }
    if (card == null || !ModelCard.FORMAT.equals(card.format())) {
      throw new ModelException(NLS.bind(Messages.Model_notACard, cardFile, ModelCard.FORMAT));
    }
    if (card.model() == null || card.model().file() == null || card.model().sha256() == null || card.schema() == null
        || card.schema().target() == null || card.schema().features() == null) {
      throw new ModelException(NLS.bind(Messages.Model_badCard, cardFile, "model, schema")); //$NON-NLS-1$
    }
    String file = card.model().file();
    if (file.isEmpty() || file.contains("/") || file.contains("\\") || file.equals("..") || file.equals(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      throw new ModelException(NLS.bind(Messages.Model_badModelName, cardFile, file));
    }
    return card;
  }

  private static byte[] modelBytes(Path cardFile, ModelCard card) throws ModelException {
    Path modelFile = cardFile.resolveSibling(card.model().file());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(modelFile);
    } catch (NoSuchFileException e) {
      throw new ModelException(NLS.bind(Messages.Model_noModel, modelFile, cardFile));
    } catch (IOException e) {
      throw new ModelException(NLS.bind(Messages.Model_cannotRead, modelFile, Trainer.describe(e)), e);
    }
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(card.model().sha256())) {
      throw new ModelException(NLS.bind(Messages.Model_hashMismatch, new Object[] {modelFile, card.model().sha256(), actual}));
    }
    return bytes;
  }

  /** SHA-256 in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String version() {
    Bundle b = FrameworkUtil.getBundle(ModelArtifacts.class);
    return b == null ? "dev" : b.getVersion().toString(); //$NON-NLS-1$
  }
}
