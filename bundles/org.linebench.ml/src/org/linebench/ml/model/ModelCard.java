package org.linebench.ml.model;

import java.util.List;

import org.linebench.ml.series.Events;
import org.linebench.ml.series.Rul;
import org.linebench.ml.series.SeriesSpec;
import org.linebench.ml.series.Split;
import org.linebench.ml.train.GuardFinding;
import org.linebench.ml.train.Metrics;
import org.linebench.ml.train.Schema;

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
 */
public record ModelCard(String format, String name, String createdAt, String linebenchVersion, String wekaVersion,
    String recipe, String classifier, String options, int seed, Schema schema, List<Guard> guard, Metrics metrics,
    Data data, ModelFile model, Split split, SeriesSpec series, Rul.Figures rul, Events.Figures events) {

  /** The card format this version writes and reads. */
  public static final String FORMAT = "linebench-model-card/1"; //$NON-NLS-1$

  /** A column the guard dropped or warned about. */
  public record Guard(String column, GuardFinding.Kind kind, boolean dropped, String message) {}

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
}
