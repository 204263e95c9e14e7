package org.linebench.ml.train;

/** Training cannot start or run as asked (unknown classifier, bad options, unusable target); localized. */
public class TrainingException extends Exception {
  private static final long serialVersionUID = 1L;

  public TrainingException(String localizedMessage) {
    super(localizedMessage);
  }

  public TrainingException(String localizedMessage, Throwable cause) {
    super(localizedMessage, cause);
  }
}
