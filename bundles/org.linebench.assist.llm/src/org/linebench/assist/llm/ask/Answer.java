package org.linebench.assist.llm.ask;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatOptions;

/**
 * The answer to a question: the hits of the index, always; and, when a language model is
 * configured, its text phrased from those hits (the model's words, not checked by LineBench).
 *
 * @param hits the best hits, best first
 * @param modelText what the model said; null when no model is configured
 * @param model the model as {@link ChatModel#describe()} has it; null when none
 */
public record Answer(List<Hit> hits, String modelText, String model) {
  private static final Pattern CITATION = Pattern.compile("\\[(\\d+)\\]"); //$NON-NLS-1$

  /** The hits only, no model. */
  public static Answer of(AskIndex index, String question, int top) {
    return new Answer(index.search(question, top), null, null);
  }

  /**
   * Searches the index and, with a model, asks it to phrase the answer from the hits.
   *
   * @param model null for retrieval only
   * @throws ChatException when the model cannot answer (the hits are then lost to the caller: call without a model to keep them)
   */
  public static Answer of(AskIndex index, String question, int top, ChatModel model, ChatOptions options, Path base) throws ChatException {
    List<Hit> hits = index.search(question, top);
    if (model == null) {
      return new Answer(hits, null, null);
    }
    String text = model.chat(Prompt.messages(question, hits, base), options);
    return new Answer(hits, text, model.describe());
  }

  /** Whether the model's text cites a hit: its number in brackets ([2]) or an element's name. */
  public boolean cites() {
    if (modelText == null) {
      return false;
    }
    var m = CITATION.matcher(modelText);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= hits.size()) {
        return true;
      }
    }
    for (Hit h : hits) {
      String name = h.element().isEmpty() ? null : h.element().substring(h.element().lastIndexOf('.') + 1);
      if (name != null && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(modelText).find()) { //$NON-NLS-1$ //$NON-NLS-2$
        return true;
      }
    }
    return false;
  }
}
