package org.linebench.assist;

import java.util.List;

import org.linebench.dsl.ide.quickfix.LineQuickFixes;
import org.linebench.rules.api.Change;

/**
 * A fix as the assistant offers it: a label, the text edits, the changes of the rule behind them
 * (none for a quick fix of the line language), and how big a change it is, for ranking.
 *
 * @param label what it does, in the user's language
 * @param fix the edits (the shape the editor's and the language server's quick fixes use)
 * @param changes the rule's changes, empty for a structural quick fix
 * @param size the relative change of the numbers changed, summed (1 for each change that is not a number)
 * @param by the language model that proposed it ({@code ChatModel.describe()}); empty for the rules' own
 */
public record Proposal(String label, LineQuickFixes.Fix fix, List<Change> changes, double size, String by) {

  public Proposal {
    by = by == null ? "" : by; //$NON-NLS-1$
  }

  /** A fix of the rules or of the line language. */
  public Proposal(String label, LineQuickFixes.Fix fix, List<Change> changes, double size) {
    this(label, fix, changes, size, ""); //$NON-NLS-1$
  }

  /** True when a language model proposed it (the checker confirms it as any other before it is offered). */
  public boolean byModel() {
    return !by.isEmpty();
  }

  /** The edits, with their number, as they rank: fewer edits first, then the smaller change. */
  public int edits() {
    return fix.edits().size();
  }

  /** The file's text after the fix. */
  public String applyTo(String text) {
    return fix.applyTo(text);
  }
}
