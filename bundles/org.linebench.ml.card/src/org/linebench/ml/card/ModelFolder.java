package org.linebench.ml.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.linebench.core.InputFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * A model folder as training writes it: its card {@code model.json} and the model file the card
 * names ({@code model-<hash>.bin}). Reads the card and checks that the model file is the one the
 * card describes (its SHA-256), without loading the model: that needs no Weka, so the line
 * language checks attachments and the language server runs without it. Loading the model itself
 * ({@code org.linebench.ml.model.ModelArtifacts}) starts from the bytes verified here.
 */
public final class ModelFolder {
  /** The card's file name in a model folder. */
  public static final String CARD = "model.json"; //$NON-NLS-1$
  /** The model file's name in folders written before model files were named by their hash. */
  public static final String MODEL = "model.bin"; //$NON-NLS-1$
  /** The largest card read: cards are a few kilobytes. */
  public static final long MAX_CARD_BYTES = 8L << 20;
  /** Names of data files, which a user may give where a model folder belongs. */
  private static final Pattern DATA_FILE = Pattern.compile(".*\\.(csv|tsv|txt|arff|xlsx?)$"); //$NON-NLS-1$

  /** Numbers JSON cannot hold (NaN, infinities) are written as null, which leaves them out: a card is plain JSON. */
  private static final TypeAdapter<Double> FINITE = new TypeAdapter<>() {
    @Override
    public void write(JsonWriter out, Double value) throws IOException {
      if (value == null || value.isNaN() || value.isInfinite()) {
        out.nullValue();
      } else {
        out.value(value);
      }
    }

    @Override
    public Double read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return Double.NaN;
      }
      return in.nextDouble();
    }
  };

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
      .registerTypeAdapter(Double.class, FINITE.nullSafe()).registerTypeAdapter(double.class, FINITE).create();

  private ModelFolder() {}

  /** The card as JSON. */
  public static String toJson(Object card) {
    return GSON.toJson(card);
  }

  /** The card file of a model folder, or the card itself. */
  public static Path cardOf(Path folderOrCard) {
    return Files.isDirectory(folderOrCard) ? folderOrCard.resolve(CARD) : folderOrCard;
  }

  /**
   * The card of what a user named as a model: a model folder, or a card. A data file, another
   * file or a special file is refused with a message that says what it is.
   */
  static Path locateCard(Path folderOrCard) throws ModelException {
    InputFiles.Kind kind;
    try {
      kind = InputFiles.kindOf(folderOrCard);
    } catch (NoSuchFileException e) {
      throw new ModelException(NLS.bind(Messages.Model_noCard, folderOrCard));
    } catch (IOException e) {
      throw new ModelException(NLS.bind(Messages.Model_cannotRead, folderOrCard, InputFiles.reason(e)), e);
    }
    if (kind == InputFiles.Kind.FOLDER) {
      return folderOrCard.resolve(CARD);
    }
    if (kind != InputFiles.Kind.FILE) {
      throw new ModelException(InputFiles.notAFile(folderOrCard, kind).getMessage());
    }
    String name = folderOrCard.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) { //$NON-NLS-1$
      return folderOrCard;
    }
    if (DATA_FILE.matcher(name).matches()) {
      throw new ModelException(NLS.bind(Messages.Model_isData, folderOrCard));
    }
    throw new ModelException(NLS.bind(Messages.Model_isFile, folderOrCard));
  }

  /**
   * Reads a card and checks that its model file exists and has the card's hash, without loading
   * the model.
   *
   * @param folderOrCard a model folder or its card
   */
  public static ModelCard verify(Path folderOrCard) throws ModelException {
    return read(folderOrCard).card();
  }

  /**
   * A card and its model file's bytes, checked against each other.
   *
   * @param cardFile the card's file
   * @param bytes the model file's bytes, whose SHA-256 is the card's
   */
  public record Verified(ModelCard card, Path cardFile, byte[] bytes) {
    /** The model file the card names. */
    public Path modelFile() {
      return cardFile.resolveSibling(card.model().file());
    }

    /** The model folder. */
    public Path folder() {
      return cardFile.toAbsolutePath().getParent();
    }
  }

  /**
   * Reads a card and its model file, and checks the file's hash: what is loaded afterwards are the
   * bytes that were checked, not the file read a second time.
   *
   * @param folderOrCard a model folder or its card
   */
  public static Verified read(Path folderOrCard) throws ModelException {
    Path cardFile = locateCard(folderOrCard);
    ModelCard card = readCard(cardFile);
    try {
      return new Verified(card, cardFile, modelBytes(cardFile, card));
    } catch (ModelException e) {
      // a training run may just have replaced the card and removed the model file it named
      ModelCard again = readCard(cardFile);
      if (again.model().file().equals(card.model().file())) {
        throw e;
      }
      return new Verified(again, cardFile, modelBytes(cardFile, again));
    }
  }

  /** The model file a card names, or null when the card cannot be read. */
  public static Path modelFile(Path cardFile) {
    try {
      return cardFile.resolveSibling(readCard(cardFile).model().file());
    } catch (ModelException e) {
      return null;
    }
  }

  /** Reads and checks a card's JSON. */
  public static ModelCard readCard(Path cardFile) throws ModelException {
    String json;
    try {
      json = new String(InputFiles.readAllBytes(cardFile, MAX_CARD_BYTES), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ModelException(NLS.bind(Messages.Model_noCard, cardFile));
    } catch (IOException e) {
      throw new ModelException(NLS.bind(Messages.Model_cannotRead, cardFile, InputFiles.reason(e)), e);
    }
    ModelCard card;
    try {
      card = GSON.fromJson(json, ModelCard.class);
    } catch (JsonParseException | IllegalStateException e) {
      String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage().strip();
      throw new ModelException(NLS.bind(Messages.Model_badCard, cardFile, why), e);
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

  /** The largest model file loaded: a quarter of the heap (the objects it holds take more). */
  static long maxModelBytes() {
    return Math.min(Integer.MAX_VALUE - 8L, Runtime.getRuntime().maxMemory() / 4);
  }

  private static byte[] modelBytes(Path cardFile, ModelCard card) throws ModelException {
    Path modelFile = cardFile.resolveSibling(card.model().file());
    byte[] bytes;
    try {
      bytes = InputFiles.readAllBytes(modelFile, maxModelBytes());
    } catch (NoSuchFileException e) {
      throw new ModelException(NLS.bind(Messages.Model_noModel, modelFile, cardFile));
    } catch (InputFiles.RefusedFileException e) {
      throw new ModelException(e.kind() == InputFiles.Kind.FILE ? NLS.bind(Messages.Model_tooLarge, e.getMessage()) : e.getMessage(), e);
    } catch (IOException e) {
      throw new ModelException(NLS.bind(Messages.Model_cannotRead, modelFile, InputFiles.reason(e)), e);
    }
    String actual = Hashes.sha256(bytes);
    if (!actual.equalsIgnoreCase(card.model().sha256())) {
      throw new ModelException(NLS.bind(Messages.Model_hashMismatch, new Object[] {modelFile, card.model().sha256(), actual}));
    }
    return bytes;
  }
}
