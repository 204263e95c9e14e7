package org.linebench.spark;

/** A usage or input error with its localized message: the job prints it and exits with 2, without a stack trace. */
public final class JobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JobException(String message) {
    super(message);
  }
}
