package org.linebench.ml.card;

/**
 * How a model's figures were made, as its card records it.
 *
 * @param kind {@link #STRATIFIED}, {@link #SHUFFLED}, {@link #GROUPED}, {@link #FORWARD} or
 *        {@link #HOLDOUT}
 * @param group the unit column the folds keep together (grouped), or null
 * @param time the time column the rounds follow (forward), or null
 * @param folds folds or rounds (1 for a held-out file)
 * @param gap time left out between training and test rows (forward), as given, or null
 * @param seed seed of the shuffling
 * @param test the held-out file's name (no folder), or null
 * @param testSha256 its SHA-256, or null
 * @param testRows rows it was evaluated on, or 0
 * @param truth the file of the life left after each test unit's last row, or null
 * @param warning what a shuffled split of this data risks, when the data looks like series; or null
 */
public record Split(String kind, String group, String time, int folds, String gap, int seed, String test, String testSha256,
    int testRows, String truth, String warning) implements java.io.Serializable {
  /** Rows shuffled, folds stratified by class. */
  public static final String STRATIFIED = "stratified"; //$NON-NLS-1$
  /** Rows shuffled (a numeric target: nothing to stratify by). */
  public static final String SHUFFLED = "shuffled"; //$NON-NLS-1$
  /** Grouped k-fold: every row of a unit in one fold. */
  public static final String GROUPED = "grouped"; //$NON-NLS-1$
  /** Forward chaining over time. */
  public static final String FORWARD = "forward"; //$NON-NLS-1$
  /** Trained on the data, tested on a held-out file. */
  public static final String HOLDOUT = "holdout"; //$NON-NLS-1$

  /** Whether rows of one unit may land on both sides. */
  public boolean shuffled() {
    return STRATIFIED.equals(kind) || SHUFFLED.equals(kind);
  }
}
