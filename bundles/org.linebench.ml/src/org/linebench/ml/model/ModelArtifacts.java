package org.linebench.ml.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.Hashes;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.train.TrainingResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import weka.classifiers.Classifier;

/**
 * Writes a trained model as a folder (its card {@code model.json} and the model file the card
 * names, {@code model-<hash>.bin}) and loads it back: the card first, then the model file only if
 * its SHA-256 is the card's ({@link ModelFolder}), deserialized through an allow-list within bounds
 * ({@link AllowListInputStream}).
 */
public final class ModelArtifacts {
  private ModelArtifacts() {}

  /** A model loaded and verified, with its card and the folder it came from. */
  public record Loaded(ModelCard card, Classifier classifier, Path folder) {}

  /**
   * Writes a model folder: the model file under a name of its own, then the card that names it,
   * replacing the folder's previous model in one step ({@link ModelOutput}).
   *
   * @return the card written
   */
  public static ModelCard write(Path folder, String name, TrainingResult result, CsvTable data) throws IOException {
    try (ModelOutput out = ModelOutput.open(folder)) {
      return out.write(name, result, data);
    }
  }

  /**
   * Writes a model folder for data of many files (a cluster job's), with the files in its card.
   *
   * @see #write(Path, String, TrainingResult, CsvTable)
   */
  public static ModelCard write(Path folder, String name, TrainingResult result, ModelCard.Data data, ModelCard.Sources sources)
      throws IOException {
    try (ModelOutput out = ModelOutput.open(folder)) {
      return out.write(name, result, data, sources);
    }
  }

  /**
   * Writes a model folder for data of many files, the card's data naming them as one set: the
   * root folder's name, and the SHA-256 of the list of the files' paths and hashes.
   */
  public static ModelCard write(Path folder, String name, TrainingResult result, ModelCard.Sources sources) throws IOException {
    StringBuilder set = new StringBuilder();
    sources.files().forEach(f -> set.append(f.path()).append(' ').append(f.sha256()).append('\n'));
    String root = sources.root().replaceAll("[/\\\\]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    ModelCard.Data data = new ModelCard.Data(root.substring(Math.max(root.lastIndexOf('/'), root.lastIndexOf('\\')) + 1),
        Hashes.sha256(set.toString().getBytes(StandardCharsets.UTF_8)), result.rows(), result.skippedRows(), StandardCharsets.UTF_8.name(),
        ","); //$NON-NLS-1$
    return write(folder, name, result, data, sources);
  }

  /** Reads a card, checks the model file's hash and deserializes the bytes checked through the allow-list. */
  public static Loaded load(Path folderOrCard) throws ModelException {
    ModelFolder.Verified v = ModelFolder.read(folderOrCard);
    Path modelFile = v.modelFile();
    Object object = ModelReader.read(v.bytes(), modelFile);
    if (!(object instanceof Classifier classifier)) {
      throw new ModelException(NLS.bind(Messages.Model_refused, modelFile,
          NLS.bind(Messages.Model_notAClassifier, object == null ? "null" : object.getClass().getName()))); //$NON-NLS-1$
    }
    return new Loaded(v.card(), classifier, v.folder());
  }

  static String version() {
    Bundle b = FrameworkUtil.getBundle(ModelArtifacts.class);
    return b == null ? "dev" : b.getVersion().toString(); //$NON-NLS-1$
  }
}
