package org.linebench.assist;

import java.util.ArrayList;
import java.util.List;

import org.linebench.dsl.ide.quickfix.LineQuickFixes;
import org.linebench.dsl.ide.quickfix.LineQuickFixes.TextEdit;
import org.linebench.rules.api.Finding;

/**
 * The best fix of every finding, together: each is added when its edits do not overlap those taken
 * already and the whole, applied to a copy and checked again, still removes every finding fixed so
 * far and adds none. Fixes that overlapped are tried again on the fixed text (a few rounds), where
 * the rules propose them anew. The last check is the result's.
 *
 * @param text the file's text with the fixes
 * @param fixes how many fixes were taken
 * @param after the check of {@code text}; null when no fix was taken
 */
public record Applied(String text, int fixes, Checked after) {
  private static final int ROUNDS = 3;

  /** Takes the best fixes of the outcomes, in order, as long as they pass together; then again on the result. */
  public static Applied of(Assistant assistant, List<Assistant.Outcome> outcomes) {
    Applied done = round(assistant, outcomes);
    for (int r = 1; r < ROUNDS && done.fixes() > 0; r++) {
      Assistant next = new Assistant(assistant.lineCheck(), done.text());
      List<Assistant.Outcome> again = new ArrayList<>();
      for (Finding f : next.original().findings()) {
        Assistant.Outcome o = next.fixes(f);
        if (o.best() != null) {
          again.add(o);
        }
      }
      Applied more = round(next, again);
      if (more.fixes() == 0) {
        break;
      }
      done = new Applied(more.text(), done.fixes() + more.fixes(), more.after());
    }
    return done;
  }

  private static Applied round(Assistant assistant, List<Assistant.Outcome> outcomes) {
    List<Proposal> taken = new ArrayList<>();
    List<Finding> gone = new ArrayList<>();
    Checked last = null;
    for (Assistant.Outcome o : outcomes) {
      Proposal best = o.best();
      if (best == null || last != null && last.findings().stream().noneMatch(f -> f.key().equals(o.finding().key()))) {
        continue; // no fix, or fixed already by an earlier one
      }
      List<Proposal> with = new ArrayList<>(taken);
      with.add(best);
      List<Finding> alsoGone = new ArrayList<>(gone);
      alsoGone.add(o.finding());
      Checked after = assistant.passes(alsoGone, with);
      if (after != null) {
        taken = with;
        gone = alsoGone;
        last = after;
      }
    }
    List<TextEdit> edits = new ArrayList<>();
    taken.forEach(p -> edits.addAll(p.fix().edits()));
    String text = new LineQuickFixes.Fix("", edits).applyTo(assistant.original().text()); //$NON-NLS-1$
    return new Applied(text, taken.size(), last);
  }
}
