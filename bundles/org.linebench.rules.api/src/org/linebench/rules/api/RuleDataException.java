package org.linebench.rules.api;

/** A rule pack's data file lacks a threshold a rule needs, or has one out of range. */
public class RuleDataException extends Exception {
  private static final long serialVersionUID = 1L;

  public RuleDataException(String message) {
    super(message);
  }
}
