package org.linebench.assist;

import java.util.ArrayList;
import java.util.List;

import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatMessage;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatOptions;
import org.linebench.assist.llm.ask.Prompt;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;

/**
 * Fix proposals of a language model for a finding. The model is told the finding (rule, citation,
 * message, evidence, formula) and the source lines of its element, all inside {@link Prompt}'s data
 * block (text from a line file is data, never instructions), and asked for one JSON array of changes
 * in the line language's words. {@link FixReply} reads the answer defensively; each proposal it keeps
 * is an ordinary {@link Proposal} marked as the model's, which {@link Assistant#fixes(Finding, List)}
 * puts through the same gate as the rules' fixes: it is offered only when the checker confirms it.
 */
public final class ModelFixes {
  private final ChatModel model;
  private final ChatOptions options;

  /** What one question gave: the proposals that could be written as edits, and why the others were dropped. */
  public record Asked(List<Proposal> proposals, List<String> dropped) {}

  public ModelFixes(ChatModel model, ChatOptions options) {
    this.model = model;
    this.options = options;
  }

  /** The model as shown to the user. */
  public String describe() {
    return model.describe();
  }

  /**
   * The model's proposals for the finding, not yet checked; none for a finding without an element
   * (a structural issue: the line language's quick fixes cover those).
   *
   * @throws ChatException when the model does not answer (not reachable, timeout, an error status)
   */
  public Asked ask(Assistant assistant, Finding finding) throws ChatException {
    if (finding.element().isEmpty()) {
      return new Asked(List.of(), List.of());
    }
    String reply = model.chat(messages(assistant, finding), options);
    return new FixReply(assistant, finding, model.describe()).read(reply);
  }

  /** The conversation: the task and the answer's format, then the finding and its element's lines as data. */
  public static List<ChatMessage> messages(Assistant assistant, Finding finding) {
    Texts texts = Texts.of(assistant.locale());
    List<String> data = new ArrayList<>();
    data.add("rule: " + finding.ruleId()); //$NON-NLS-1$
    data.add("citation: " + finding.citation()); //$NON-NLS-1$
    data.add("element: " + finding.element()); //$NON-NLS-1$
    data.add("message: " + finding.message()); //$NON-NLS-1$
    for (Evidence e : finding.evidence()) {
      data.add("evidence: " + e); //$NON-NLS-1$
    }
    if (!finding.formula().isEmpty()) {
      data.add("formula: " + finding.formula()); //$NON-NLS-1$
    }
    String source = ChangeEdits.source(assistant.original().resource(), finding.element(), finding.line());
    for (String l : source.split("\n", -1)) { //$NON-NLS-1$
      data.add("source: " + l.stripTrailing()); //$NON-NLS-1$
    }
    String user = texts.get("Model_task") + "\n" + Prompt.block(data); //$NON-NLS-1$ //$NON-NLS-2$
    return List.of(ChatMessage.system(texts.bind("Model_system", Prompt.OPEN, Prompt.CLOSE)), ChatMessage.user(user)); //$NON-NLS-1$
  }
}
