package org.linebench.assist.llm;

/** A model could not answer or could not be configured; the message is localized and shown as it is. */
public class ChatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ChatException(String localizedMessage) {
    super(localizedMessage);
  }

  public ChatException(String localizedMessage, Throwable cause) {
    super(localizedMessage, cause);
  }
}
