package org.linebench.ml.card;

/** A model or its card cannot be used (missing, tampered, foreign, unreadable); localized. */
public class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelException(String localizedMessage) {
    super(localizedMessage);
  }

  public ModelException(String localizedMessage, Throwable cause) {
    super(localizedMessage, cause);
  }
}
