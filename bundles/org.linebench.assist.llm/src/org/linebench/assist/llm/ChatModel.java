package org.linebench.assist.llm;

import java.util.List;

/**
 * A language model that answers a conversation: messages in, the assistant's text out. An
 * implementation is one configured model (an OpenAI-compatible endpoint, an in-process GGUF file);
 * {@link ChatModels#create(ChatConfig)} makes one from the user's settings.
 * <p>
 * A call never hangs: it returns within {@link ChatOptions#timeout()} or throws a
 * {@link ChatException}; interrupting the calling thread cancels it (also a {@link ChatException},
 * with the interrupt flag set again). Implementations are thread-safe.
 */
public interface ChatModel extends AutoCloseable {

  /**
   * The model's reply to the conversation.
   *
   * @param messages the conversation, the system message first, then alternating user and assistant turns
   * @param options sampling and time limits
   * @return the assistant's text, never null
   * @throws ChatException with a localized message when the model cannot answer: not reachable, an
   *     error status, a reply that is not understood, the timeout passed, cancelled
   */
  String chat(List<ChatMessage> messages, ChatOptions options) throws ChatException;

  /** What to show the user about the model, e.g. {@code qwen2.5:7b @ http://127.0.0.1:11434}. */
  String describe();

  /** Frees what the model holds (a loaded model file, a connection pool); the default holds nothing. */
  @Override
  default void close() {
    // nothing to free
  }
}
