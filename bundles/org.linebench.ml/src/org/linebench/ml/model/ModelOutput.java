package org.linebench.ml.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.linebench.core.AtomicFiles;
import org.linebench.ml.card.Hashes;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.series.SeriesSummary;
import org.linebench.ml.train.TrainingResult;
import org.linebench.ml.weka.ModelPolicy;

/**
 * A model folder opened for writing. The folder changes in one step: the new model file gets a
 * name of its own ({@code model-<hash>.bin}, beside the old one), and the card that names it is
 * then moved over the old card in one rename; only after that is the old model file removed. A
 * run killed at any moment leaves the old card with its old model file or the new card with its
 * new one, never a card with another model's file. A lock on {@link #LOCK} in the folder keeps a
 * second writer out while this one is open, and opening the folder removes what a killed run left
 * behind (temporary files, model files no card names).
 *
 * <pre>
 * try (ModelOutput out = ModelOutput.open(folder)) { // before the data is read: fails early
 *   ... train ...
 *   out.write(name, result, table);
 * }
 * </pre>
 */
public final class ModelOutput implements AutoCloseable {
  /** The lock file in a model folder. */
  public static final String LOCK = ".linebench-model.lock"; //$NON-NLS-1$
  /** Model files written by this version: {@code model-} and 16 hex digits of their SHA-256. */
  private static final Pattern MODEL_FILE = Pattern.compile("model-[0-9a-f]{16}\\.bin"); //$NON-NLS-1$
  /** Temporary files of {@link AtomicFiles} for a card or a model file. */
  private static final Pattern TEMPORARY = Pattern.compile("\\.model(\\.json|\\.bin|-[0-9a-f]{16}\\.bin)\\.[0-9a-f]+\\.tmp"); //$NON-NLS-1$

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;
  private final boolean created;
  private boolean written;
  private int removed;

  private ModelOutput(Path folder, FileChannel channel, FileLock lock, boolean created) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
    this.created = created;
  }

  /**
   * Opens a model folder for writing: creates it if needed, locks it against other writers and
   * removes the leftovers of a killed run.
   *
   * @throws IOException with a localized message when the path is a file, cannot be created or
   *         written, or another run is writing it
   */
  public static ModelOutput open(Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(NLS.bind(Messages.Output_notAFolder, folder));
    }
    boolean created = !Files.exists(folder);
    Files.createDirectories(folder);
    FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this JVM (another training job of the workbench)
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(NLS.bind(Messages.Output_locked, folder));
    }
    ModelOutput out = new ModelOutput(folder, channel, lock, created);
    out.removeLeftovers();
    return out;
  }

  /** Files of killed runs removed when the folder was opened or written. */
  public int removed() {
    return removed;
  }

  /**
   * Writes the model and its card; the folder keeps the old model until the new card replaces
   * the old one.
   *
   * @return the card written
   * @throws IOException when the model cannot be serialized (it holds what a model may not) or
   *         written
   */
  public ModelCard write(String name, TrainingResult result, CsvTable data) throws IOException {
    return write(name, result, new ModelCard.Data(Path.of(data.file()).getFileName().toString(), data.sha256(), result.rows(),
        result.skippedRows(), data.charset().name(), String.valueOf(data.delimiter())), null);
  }

  /**
   * Writes the model and its card for data of many files (a cluster job's).
   *
   * @param data what the card's {@code data} says (the first file's encoding and delimiter, the rows of all)
   * @param sources the files, or null
   * @see #write(String, TrainingResult, CsvTable)
   */
  public ModelCard write(String name, TrainingResult result, ModelCard.Data data, ModelCard.Sources sources) throws IOException {
    byte[] model = serialize(result.model());
    SeriesSummary series = result.series();
    String sha = Hashes.sha256(model);
    String fileName = "model-" + sha.substring(0, 16) + ".bin"; //$NON-NLS-1$ //$NON-NLS-2$
    ModelCard card = new ModelCard(ModelCard.FORMAT, name, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        ModelArtifacts.version(), weka.core.Version.VERSION, result.recipe().id(), result.classifier(), result.options(),
        result.metrics().seed(), result.schema(),
        result.guard(),
        result.metrics(), data, new ModelCard.ModelFile(fileName, sha, model.length),
        series == null ? null : series.split(), series == null ? null : series.series(),
        series == null ? null : series.rul(), series == null ? null : series.events(), sources);
    String json = ModelFolder.toJson(card); // before anything is written: a card that cannot be written changes nothing
    AtomicFiles.write(folder.resolve(fileName), model);
    AtomicFiles.writeString(folder.resolve(ModelFolder.CARD), json); // the one step that replaces the model
    written = true;
    removeLeftovers();
    return card;
  }

  /** Removes temporary files and model files the card does not name. */
  private void removeLeftovers() throws IOException {
    String current = referencedModel();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        boolean stale = TEMPORARY.matcher(n).matches()
            || (MODEL_FILE.matcher(n).matches() || n.equals(ModelFolder.MODEL)) && current != null && !n.equals(current);
        if (stale && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(f)) {
          removed++;
        }
      }
    }
  }

  /** The model file the folder's card names, or null without a readable card (then no model file is removed). */
  private String referencedModel() {
    try {
      return ModelFolder.readCard(folder.resolve(ModelFolder.CARD)).model().file();
    } catch (ModelException e) {
      return null;
    }
  }

  /** The model's bytes, written through the same policy the loader applies. */
  private static byte[] serialize(Object model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CheckedOutputStream out = new CheckedOutputStream(bytes);
    try (out) {
      out.writeObject(model);
    } catch (IOException e) {
      // the stream then tries to write the exception itself: the first refusal is the reason
      throw out.refused != null ? out.refused : e;
    }
    return bytes.toByteArray();
  }

  /** Releases the lock; a folder this run created and never wrote into is removed again. */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
    if (created && !written) {
      Files.deleteIfExists(folder.resolve(LOCK));
      try {
        Files.deleteIfExists(folder);
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        // something else was put there meanwhile: left as it is
      }
    }
  }

  /** Refuses to write what {@link ModelPolicy} would refuse to read. */
  private static final class CheckedOutputStream extends ObjectOutputStream {
    private NotSerializableException refused;

    CheckedOutputStream(OutputStream out) throws IOException {
      super(out);
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) throws IOException {
      if (refused != null) {
        return obj;
      }
      for (Class<?> c = obj.getClass(); c != null && Serializable.class.isAssignableFrom(c); c = c.getSuperclass()) {
        if (!ModelPolicy.allowed(c)) {
          Class<?> e = c;
          while (e.isArray()) {
            e = e.getComponentType();
          }
          refused = new NotSerializableException(NLS.bind(Messages.Output_refused, NLS.bind(Messages.Model_contains, e.getName(),
              ModelPolicy.refusal(e.getName()).text())));
          throw refused;
        }
      }
      String location = ModelPolicy.locationIn(obj);
      if (location != null) {
        refused = new NotSerializableException(NLS.bind(Messages.Output_refused, NLS.bind(Messages.Model_location, location)));
        throw refused;
      }
      return obj;
    }
  }
}
