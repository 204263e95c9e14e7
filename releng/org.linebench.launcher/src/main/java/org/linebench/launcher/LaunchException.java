package org.linebench.launcher;

/** Why LineBench cannot be started, in the user's language: printed as one line, exit code 2. */
final class LaunchException extends Exception {

  private static final long serialVersionUID = 1L;

  LaunchException(String message) {
    super(message);
  }
}
