package org.linebench.assist.llm;

import java.util.Locale;
import java.util.Objects;

/** One turn of a conversation with a {@link ChatModel}. */
public record ChatMessage(Role role, String content) {

  /** Who speaks; {@link #wireName()} is the name in the OpenAI chat protocol. */
  public enum Role {
    SYSTEM, USER, ASSISTANT;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ChatMessage {
    Objects.requireNonNull(role, "role"); //$NON-NLS-1$
    Objects.requireNonNull(content, "content"); //$NON-NLS-1$
  }

  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }

  public static ChatMessage assistant(String content) {
    return new ChatMessage(Role.ASSISTANT, content);
  }
}
