package org.linebench.assist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.linebench.dsl.ide.quickfix.LineQuickFixes.TextEdit;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;

/**
 * A finding explained, without any language model: what the standard requires (the rule's citation
 * and its pack's rationale, in the user's language), why this element fails (its values and the
 * formula with what it gave), and the fixes that passed a new check, with their edits.
 */
public final class Explanations {
  private final Assistant assistant;
  private final Texts texts;

  public Explanations(Assistant assistant) {
    this.assistant = assistant;
    this.texts = Texts.of(assistant.locale());
  }

  /** The explanation as text lines; with the checked fixes when {@code outcome} is given. */
  public List<String> explain(Finding f, Assistant.Outcome outcome, String shownFile) {
    List<String> out = new ArrayList<>();
    out.add(shownFile + ':' + f.line() + ':' + f.column() + ": " + texts.get("Severity_" + f.severity().name()) + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        + f.message() + " [" + f.ruleId() + ']'); //$NON-NLS-1$
    RuleDescriptor rule = assistant.lineCheck().rule(f.ruleId());
    if (rule != null) {
      out.add("  " + texts.bind("Explain_requirement", f.citation(), rule.rationale(assistant.locale()))); //$NON-NLS-1$ //$NON-NLS-2$
    } else {
      out.add("  " + texts.bind("Explain_requirementStructural", f.ruleId())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    String why = why(f);
    if (!why.isEmpty()) {
      String element = f.element().isEmpty() ? "" : f.element().substring(f.element().lastIndexOf('.') + 1); //$NON-NLS-1$
      out.add("  " + (element.isEmpty() ? texts.bind("Explain_whyNoValues", why) : texts.bind("Explain_why", element, why))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (outcome == null) {
      return out;
    }
    if (outcome.proposed().isEmpty()) {
      out.add("  " + (f.noFix().isEmpty() ? texts.get("Explain_noFixUnknown") : texts.bind("Explain_noFixReason", f.noFix()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      return out;
    }
    if (outcome.passed().isEmpty()) {
      out.add("  " + texts.bind("Explain_fixNone", outcome.proposed().size())); //$NON-NLS-1$ //$NON-NLS-2$
      return out;
    }
    out.add("  " + texts.bind("Explain_fixes", outcome.passed().size(), outcome.proposed().size())); //$NON-NLS-1$ //$NON-NLS-2$
    int n = 1;
    for (Assistant.Offered o : outcome.passed()) {
      Proposal p = o.proposal();
      out.add("    " + texts.bind("Explain_fixItem", n++, p.label())); //$NON-NLS-1$ //$NON-NLS-2$
      for (TextEdit e : p.fix().edits()) {
        out.addAll(diff(assistant.original().text(), e));
      }
      out.add("       " + texts.bind("Explain_fixChecked", assistant.original().findings().size(), o.findingsAfter())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return out;
  }

  /** The values the finding rests on and, when the rule applied one, its formula with what it gave. */
  String why(Finding f) {
    String values = f.evidence().stream().filter(e -> !e.computed()).map(Evidence::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
    String results = f.evidence().stream().filter(Evidence::computed).map(Evidence::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
    String formula = f.formula().isEmpty() ? results : results.isEmpty() ? f.formula() : texts.bind("Explain_formula", f.formula(), results); //$NON-NLS-1$
    if (values.isEmpty()) {
      return formula;
    }
    return formula.isEmpty() ? values : values + "; " + formula; //$NON-NLS-1$
  }

  /** The lines an edit touches, before ({@code -}) and after ({@code +}). */
  List<String> diff(String text, TextEdit e) {
    int start = text.lastIndexOf('\n', Math.max(0, e.offset() - 1)) + 1;
    if (e.offset() == 0) {
      start = 0;
    }
    int end = text.indexOf('\n', e.offset() + e.length());
    end = end < 0 ? text.length() : end;
    String before = text.substring(start, end);
    String after = text.substring(start, e.offset()) + e.text() + text.substring(e.offset() + e.length(), end);
    int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
    List<String> out = new ArrayList<>();
    out.add("       " + texts.bind("Explain_fixLine", line)); //$NON-NLS-1$ //$NON-NLS-2$
    for (String l : before.split("\n", -1)) { //$NON-NLS-1$
      out.add("       - " + l.strip()); //$NON-NLS-1$
    }
    for (String l : after.split("\n", -1)) { //$NON-NLS-1$
      out.add("       + " + l.strip()); //$NON-NLS-1$
    }
    return out;
  }

  /** The file as shown: relative to the folder when below it. */
  public static String shown(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (abs.startsWith(b) ? b.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
