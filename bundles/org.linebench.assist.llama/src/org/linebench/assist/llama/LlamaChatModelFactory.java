package org.linebench.assist.llama;

import org.linebench.assist.llama.internal.LlamaModels;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatModelFactory;

/**
 * The kind {@code llama}: a GGUF model file the user supplies ({@code model-file}), run in this process
 * by llama.cpp (through its Java binding, which carries the native library for Linux, Windows and
 * macOS). Optional settings: {@code context} (tokens, default the model's, at most 4096), {@code threads}
 * (default: all processors), {@code seed} (default 42: the same answer to the same question).
 */
public final class LlamaChatModelFactory implements ChatModelFactory {

  @Override
  public ChatModel create(ChatConfig config) throws ChatException {
    return LlamaModels.load(config);
  }
}
