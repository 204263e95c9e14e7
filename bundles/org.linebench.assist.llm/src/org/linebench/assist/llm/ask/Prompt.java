package org.linebench.assist.llm.ask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.ChatMessage;
import org.linebench.assist.llm.internal.Messages;

/**
 * The conversation that asks a language model to phrase an answer from the hits. Everything that
 * comes from line files (names, labels, texts, messages that quote them) is data: it stands
 * between {@link #OPEN} and {@link #CLOSE}, one hit per line, with any marker-like sequence and
 * line break inside it taken out, so that no text of a line file can close the block or pose as
 * another hit; the system message tells the model that the block holds data, never instructions.
 * The user's question stands outside the block.
 */
public final class Prompt {
  public static final String OPEN = "<<<LINEBENCH-DATA>>>"; //$NON-NLS-1$
  public static final String CLOSE = "<<<END-LINEBENCH-DATA>>>"; //$NON-NLS-1$

  private Prompt() {}

  /** System message, then the question with the hits as a data block. */
  public static List<ChatMessage> messages(String question, List<Hit> hits, Path base) {
    StringBuilder user = new StringBuilder();
    user.append(Messages.Prompt_question).append('\n').append(question.strip()).append("\n\n"); //$NON-NLS-1$
    user.append(Messages.Prompt_hits).append('\n');
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Hit h : hits) {
      lines.add("[" + n++ + "] " + line(h, base)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    user.append(block(lines));
    return List.of(ChatMessage.system(NLS.bind(Messages.Prompt_system, OPEN, CLOSE)), ChatMessage.user(user.toString()));
  }

  private static String line(Hit h, Path base) {
    StringBuilder b = new StringBuilder();
    b.append(h.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (h.file() != null) {
      b.append(" | ").append(Hits.where(h, base)); //$NON-NLS-1$
    }
    if (!h.element().isEmpty()) {
      b.append(" | ").append(h.element()); //$NON-NLS-1$
    }
    b.append(" | ").append(h.title()); //$NON-NLS-1$
    if (!h.citation().isEmpty()) {
      b.append(" | ").append(h.citation()); //$NON-NLS-1$
    }
    b.append(" | ").append(h.text()); //$NON-NLS-1$
    return b.toString();
  }

  /**
   * A data block: {@link #OPEN}, each text on a line of its own made safe by {@link #data(String)},
   * {@link #CLOSE}, each line ended by a line break. Every prompt that carries text from line files
   * (the hits of a question, a finding and its element's source for fix proposals) writes it here.
   */
  public static String block(List<String> texts) {
    StringBuilder b = new StringBuilder().append(OPEN).append('\n');
    for (String t : texts) {
      b.append(data(t)).append('\n');
    }
    return b.append(CLOSE).append('\n').toString();
  }

  /** Text from a line file made safe for the data block: one line, no marker or anything like one. */
  public static String data(String text) {
    String s = text.replace('\r', ' ').replace('\n', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
    String before;
    do {
      before = s;
      s = s.replace("<<<", "< < <").replace(">>>", "> > >") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          .replaceAll("(?i)(END-)?LINEBENCH-DATA", "linebench data"); //$NON-NLS-1$ //$NON-NLS-2$
    } while (!s.equals(before));
    return s;
  }
}
