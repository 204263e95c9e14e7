package org.linebench.assist.llm;

/**
 * Makes the {@link ChatModel}s of one kind ({@code llama}: an in-process GGUF file); contributed to
 * the extension point {@value ChatModels#EXTENSION_POINT} with a public no-argument constructor.
 * The kind {@code openai} is built in.
 */
public interface ChatModelFactory {

  /**
   * A model as configured.
   *
   * @throws ChatException with a localized message when the settings are incomplete or wrong (no
   *     model file, a file that is not a model) or the model cannot be loaded
   */
  ChatModel create(ChatConfig config) throws ChatException;
}
