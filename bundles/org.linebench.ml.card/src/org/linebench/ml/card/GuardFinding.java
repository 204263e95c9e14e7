package org.linebench.ml.card;

/**
 * What the leakage guard did with a column.
 *
 * @param column the column's header
 * @param kind why
 * @param dropped whether the column was left out of training
 * @param message the localized explanation
 */
public record GuardFinding(String column, Kind kind, boolean dropped, String message) implements java.io.Serializable {

  /** Why the guard looked at a column. */
  public enum Kind {
    /** The user dropped it ({@code --drop}). */
    USER_DROPPED,
    /** Unique per row, like a serial number or a running index: identifies rows, predicts nothing. */
    IDENTIFIER,
    /** Its rare value occurs only where the target is a failure: the label in another form. */
    LABEL_FORM,
    /** A rare event flag of the target's own form (maintenance): another failure or alarm label. */
    EVENT_FLAG,
    /** Predicts the target almost perfectly on its own: kept, but suspicious. */
    NEAR_PERFECT,
    /** The user kept a column the guard would have dropped ({@code --keep}). */
    KEPT
  }
}
