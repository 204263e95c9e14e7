package org.linebench.ml.card;

import java.util.List;

/**
 * The model card: what a model reads and predicts, how it was trained and how well it does, and
 * the hashes that tie it to its training data and its model file. Written as JSON
 * ({@code model.json}) beside the model file.
 *
 * @param format {@link #FORMAT}
 * @param name the model's name (the output folder's name unless given)
 * @param createdAt ISO-8601 instant
 * @param linebenchVersion version of the ml bundle that trained it
 * @param wekaVersion Weka's version
 * @param recipe the recipe's id
 * @param classifier the Weka classifier's class name
 * @param options its options
 * @param seed the seed of the cross-validation and the learner
 * @param schema features (types, units), derived features, target and class values
 * @param guard what the leakage guard dropped or warned about
 * @param metrics cross-validated figures
 * @param data the training data
 * @param model the model file
 * @param split how the figures were made (shuffled, grouped, forward, held-out); null in cards
 *        written before it was recorded (shuffled)
 * @param series the units, time and windows scoring needs to compute the series features; null
 *        for data read as independent rows
 * @param rul remaining-useful-life figures (per unit and overall), or null
 * @param events figures of the warnings of a "fails within the horizon" model, or null
 * @param sources the files of data spread over many files (a fleet's, read by a cluster job), or
 *        null for one file ({@code data})
 */
public record ModelCard(String format, String name, String createdAt, String linebenchVersion, String wekaVersion,
    String recipe, String classifier, String options, int seed, Schema schema, List<GuardFinding> guard, Metrics metrics,
    Data data, ModelFile model, Split split, SeriesSpec series, RulFigures rul, EventFigures events, Sources sources) {

  /** A card of a model trained on one data file read as independent rows: no split, series, remaining-life figures or sources. */
  public ModelCard(String format, String name, String createdAt, String linebenchVersion, String wekaVersion, String recipe,
      String classifier, String options, int seed, Schema schema, List<GuardFinding> guard, Metrics metrics, Data data,
      ModelFile model) {
    this(format, name, createdAt, linebenchVersion, wekaVersion, recipe, classifier, options, seed, schema, guard, metrics, data, model,
        null, null, null, null, null);
  }

  /** A card of a model trained on one data file, with what was done with series (any may be null). */
  public ModelCard(String format, String name, String createdAt, String linebenchVersion, String wekaVersion, String recipe,
      String classifier, String options, int seed, Schema schema, List<GuardFinding> guard, Metrics metrics, Data data,
      ModelFile model, Split split, SeriesSpec series, RulFigures rul, EventFigures events) {
    this(format, name, createdAt, linebenchVersion, wekaVersion, recipe, classifier, options, seed, schema, guard, metrics, data, model,
        split, series, rul, events, null);
  }

  /** A card of a model trained on rows read as independent rows, from one file or from many ({@code sources}). */
  public ModelCard(String format, String name, String createdAt, String linebenchVersion, String wekaVersion, String recipe,
      String classifier, String options, int seed, Schema schema, List<GuardFinding> guard, Metrics metrics, Data data,
      ModelFile model, Sources sources) {
    this(format, name, createdAt, linebenchVersion, wekaVersion, recipe, classifier, options, seed, schema, guard, metrics, data, model,
        null, null, null, null, sources);
  }

  /** The card format this version writes and reads. */
  public static final String FORMAT = "linebench-model-card/1"; //$NON-NLS-1$

  /** The purpose of a model that predicts failures (the line language's {@code purpose maintenance}). */
  public static final String MAINTENANCE = "maintenance"; //$NON-NLS-1$
  /** The purpose of a model that predicts the quality of parts ({@code purpose quality}). */
  public static final String QUALITY = "quality"; //$NON-NLS-1$

  /**
   * The purposes of a station's model this model serves, the most fitting first: a model of the
   * maintenance recipe predicts failures, one of the quality recipe classes of quality; a regression
   * (a remaining life, a measure) and a classifier of the user's own serve either, unless it tells
   * more than two classes apart (then quality). The one place this rule lives: the attach edit
   * writes the first, the line validator warns about an attachment for another.
   */
  public List<String> purposes() {
    if (MAINTENANCE.equals(recipe) || QUALITY.equals(recipe)) {
      return List.of(recipe);
    }
    boolean manyClasses = schema != null && schema.target() != null && !schema.target().numeric()
        && schema.target().values() != null && schema.target().values().size() > 2;
    return manyClasses ? List.of(QUALITY) : List.of(MAINTENANCE, QUALITY);
  }

  /**
   * Whether the model serves a station's model of this purpose; the recipes say nothing about
   * purposes other than {@link #MAINTENANCE} and {@link #QUALITY} (a vision model).
   */
  public boolean serves(String purpose) {
    return !MAINTENANCE.equals(purpose) && !QUALITY.equals(purpose) || purposes().contains(purpose);
  }

  /**
   * The training data.
   *
   * @param file its file name (no folder)
   * @param sha256 SHA-256 of its bytes
   * @param rows rows trained on
   * @param skippedRows rows left out (missing target)
   * @param encoding the encoding it was read with
   * @param delimiter the field delimiter
   */
  public record Data(String file, String sha256, int rows, int skippedRows, String encoding, String delimiter) {}

  /**
   * The serialized model.
   *
   * @param file its file name, beside the card
   * @param sha256 SHA-256 of its bytes
   * @param bytes its size
   */
  public record ModelFile(String file, String sha256, long bytes) {}

  /**
   * Training data spread over many files, as a cluster job reads it.
   *
   * @param format {@code csv} or {@code parquet}
   * @param root the folder (any Hadoop-compatible file system's URI) the files lie under
   * @param partitionedBy the partition columns of the folder layout ({@code plant=P1/station=S3/...})
   * @param rows rows read from all files
   * @param synthetic whether the data is made up (replicated with jitter), not measured
   * @param note how the data was made or chosen, or null
   * @param training how the model was trained from it (the job's mode and its figures), or null
   * @param files each file read
   */
  public record Sources(String format, String root, List<String> partitionedBy, long rows, boolean synthetic, String note,
      String training, List<SourceFile> files) {}

  /**
   * One file of {@link Sources}.
   *
   * @param path its path below the root
   * @param sha256 SHA-256 of its bytes
   * @param bytes its size
   * @param rows its rows
   */
  public record SourceFile(String path, String sha256, long bytes, long rows) {}
}
