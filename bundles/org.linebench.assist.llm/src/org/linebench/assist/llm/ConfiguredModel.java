package org.linebench.assist.llm;

import java.nio.file.Path;

/**
 * A model made from a configuration file (a command's {@code --model-config}), with the
 * configuration it was made from; closing it frees the model.
 *
 * @param config the configuration ({@link ChatConfig#EMPTY} when there is no file)
 * @param model the model, or null when none is configured
 */
public record ConfiguredModel(ChatConfig config, ChatModel model) implements AutoCloseable {

  /** No model. */
  public static final ConfiguredModel NONE = new ConfiguredModel(ChatConfig.EMPTY, null);

  /**
   * The model {@code file} configures; {@link #NONE} when {@code file} is null. Commands call it
   * before they read anything else, so that a bad configuration is refused first.
   *
   * @throws ChatException with a localized message when the file is missing, unreadable or wrong,
   *     or the model cannot be made
   */
  public static ConfiguredModel read(Path file) throws ChatException {
    if (file == null) {
      return NONE;
    }
    ChatConfig config = ChatConfig.read(file);
    return new ConfiguredModel(config, ChatModels.create(config).orElse(null));
  }

  @Override
  public void close() {
    if (model != null) {
      model.close();
    }
  }
}
