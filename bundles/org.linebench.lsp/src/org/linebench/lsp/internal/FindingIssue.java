package org.linebench.lsp.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;

/**
 * A certification finding as an Xtext issue, so that it travels with the structural ones: its code is
 * the rule id, its message the finding's with the standard and clause, its range the rest of the
 * finding's line from the element's start.
 */
public class FindingIssue extends Issue.IssueImpl {
  private final Finding finding;

  FindingIssue(Finding finding, URI uri, String message, Text text) {
    this.finding = finding;
    setUriToProblem(uri);
    setCode(finding.ruleId());
    setMessage(message);
    setSeverity(switch (finding.severity()) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      default -> Severity.INFO;
    });
    int line = Math.max(1, finding.line());
    int column = Math.max(1, finding.column());
    int end = text.lineEndColumn(line, column);
    setLineNumber(line);
    setColumn(column);
    setLineNumberEnd(line);
    setColumnEnd(end);
    setOffset(text.offset(line, column));
    setLength(end - column);
  }

  public Finding finding() {
    return finding;
  }

  /** What the diagnostic carries besides its message: rule, pack, standard and clause, element, evidence. */
  public Map<String, Object> data() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("rule", finding.ruleId()); //$NON-NLS-1$
    d.put("pack", finding.packId()); //$NON-NLS-1$
    d.put("citation", finding.citation()); //$NON-NLS-1$
    d.put("element", finding.element()); //$NON-NLS-1$
    List<Map<String, Object>> evidence = finding.evidence().stream().map(FindingIssue::evidence).toList();
    d.put("evidence", evidence); //$NON-NLS-1$
    if (!finding.formula().isEmpty()) {
      d.put("formula", finding.formula()); //$NON-NLS-1$
    }
    return d;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.name()); //$NON-NLS-1$
    m.put("value", e.value()); //$NON-NLS-1$
    m.put("unit", e.unit()); //$NON-NLS-1$
    m.put("computed", e.computed()); //$NON-NLS-1$
    return m;
  }

  /** A file's text, to turn 1-based lines and columns into offsets and line ends. */
  static final class Text {
    private final String text;
    private final int[] starts;

    Text(String text) {
      this.text = text;
      List<Integer> s = new java.util.ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          s.add(i + 1);
        }
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int offset(int line, int column) {
      int l = Math.min(line, starts.length) - 1;
      return Math.min(text.length(), starts[l] + column - 1);
    }

    /** The 1-based column just after the last non-blank character of the line (at least one past {@code column}). */
    int lineEndColumn(int line, int column) {
      int l = Math.min(line, starts.length) - 1;
      int start = starts[l];
      int end = l + 1 < starts.length ? starts[l + 1] - 1 : text.length();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return Math.max(column + 1, end - start + 1);
    }
  }
}
