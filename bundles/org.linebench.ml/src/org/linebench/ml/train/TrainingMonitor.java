package org.linebench.ml.train;

/** Follows a training run and may cancel it (between folds). */
public interface TrainingMonitor {
  /** A monitor that shows nothing and never cancels. */
  TrainingMonitor NONE = new TrainingMonitor() {
    @Override
    public void stage(String localizedMessage) {
      // nothing to show
    }
  };

  /** A step begins; the message is localized. */
  void stage(String localizedMessage);

  /** A localized warning (what the leakage guard did), shown as it happens. */
  default void warning(String localizedMessage) {
    stage(localizedMessage);
  }

  /** Fold {@code fold} of {@code folds} (1-based) begins. */
  default void fold(int fold, int folds) {
    // optional
  }

  /** Asked between steps; a canceled run throws {@link java.util.concurrent.CancellationException}. */
  default boolean isCanceled() {
    return false;
  }
}
