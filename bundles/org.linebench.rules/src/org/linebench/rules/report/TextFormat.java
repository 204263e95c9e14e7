package org.linebench.rules.report;

import java.util.stream.Collectors;

import org.linebench.rules.api.Finding;

/**
 * One line per finding, {@code file:line:column: severity: message [rule]}, as compilers print
 * them; a rule's finding adds the standard and clause it cites and, on an indented second line, the
 * values it used and computed.
 */
public final class TextFormat implements ReportFormat {

  @Override
  public String name() {
    return "text"; //$NON-NLS-1$
  }

  @Override
  public String render(Report report) {
    Texts t = Texts.of(report.locale());
    StringBuilder b = new StringBuilder();
    String nl = System.lineSeparator();
    for (Finding f : report.findings()) {
      b.append(report.display(f.file())).append(':').append(f.line()).append(':').append(f.column()).append(": ") //$NON-NLS-1$
          .append(t.get("severity." + f.severity().id())).append(": ").append(f.message()); //$NON-NLS-1$ //$NON-NLS-2$
      if (!f.citation().isEmpty()) {
        b.append(t.bind("text.citation", f.citation())); //$NON-NLS-1$
      }
      b.append(" [").append(f.ruleId()).append(']').append(nl); //$NON-NLS-1$
      if (!f.evidence().isEmpty()) {
        b.append("    ").append(t.bind("text.evidence", //$NON-NLS-1$ //$NON-NLS-2$
            f.evidence().stream().filter(e -> !e.computed()).map(Object::toString).collect(Collectors.joining(", ")))); //$NON-NLS-1$
        String computed = f.evidence().stream().filter(e -> e.computed()).map(Object::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
        if (!f.formula().isEmpty()) {
          b.append("; ").append(f.formula()); //$NON-NLS-1$
        }
        if (!computed.isEmpty()) {
          b.append(" \u2192 ").append(computed); //$NON-NLS-1$
        }
        b.append(nl);
      }
    }
    return b.toString();
  }
}
