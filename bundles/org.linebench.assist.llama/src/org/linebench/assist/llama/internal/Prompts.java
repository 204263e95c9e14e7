package org.linebench.assist.llama.internal;

import java.util.ArrayList;
import java.util.List;

import org.linebench.assist.llm.ChatMessage;
import org.linebench.assist.llm.ChatMessage.Role;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.Pair;

/**
 * Turns a conversation into the text a model continues. A model with its own chat template
 * ({@code tokenizer.chat_template}, as Qwen and DeepSeek GGUF files have) gets it, applied by llama.cpp;
 * a model without one gets a plain transcript ("System: ... User: ... Assistant:") and stops where it
 * would start the user's next turn.
 */
final class Prompts {
  /** Where a plain transcript's answer ends. */
  static final String[] PLAIN_STOPS = {"\nUser:", "\nSystem:"}; //$NON-NLS-1$ //$NON-NLS-2$

  private Prompts() {}

  /** The plain transcript, ending with {@code Assistant:} for the model to continue. */
  static String plain(List<ChatMessage> messages) {
    StringBuilder b = new StringBuilder();
    for (ChatMessage m : messages) {
      b.append(label(m.role())).append(": ").append(m.content().strip()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return b.append(label(Role.ASSISTANT)).append(':').toString();
  }

  /** The conversation in the model's own template, with the assistant's turn opened. */
  static String template(LlamaModel model, List<ChatMessage> messages) {
    StringBuilder system = new StringBuilder();
    List<Pair<String, String>> turns = new ArrayList<>();
    for (ChatMessage m : messages) {
      if (m.role() == Role.SYSTEM) {
        system.append(system.isEmpty() ? "" : "\n\n").append(m.content()); //$NON-NLS-1$ //$NON-NLS-2$
      } else {
        turns.add(new Pair<>(m.role().wireName(), m.content()));
      }
    }
    return model.applyTemplate(new InferenceParameters("").setMessages(system.toString(), turns)); //$NON-NLS-1$
  }

  private static String label(Role role) {
    return switch (role) {
      case SYSTEM -> "System"; //$NON-NLS-1$
      case USER -> "User"; //$NON-NLS-1$
      case ASSISTANT -> "Assistant"; //$NON-NLS-1$
    };
  }
}
