package org.linebench.rules.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Finding;

/**
 * JUnit XML, as CI servers show test results: a test suite per pack (and one for the structural
 * checks), a test case per rule; a rule with findings fails, listing them; a rule that failed
 * itself (threw, overran, did not load) is an error.
 */
public final class JunitFormat implements ReportFormat {

  @Override
  public String name() {
    return "junit"; //$NON-NLS-1$
  }

  private record Case(String id, String title, List<Finding> findings) {}

  @Override
  public String render(Report report) {
    Map<String, List<Case>> suites = new LinkedHashMap<>();
    Map<String, Case> cases = new LinkedHashMap<>();
    List<Case> structural = new ArrayList<>();
    suites.put(Report.STRUCTURE, structural);
    for (RulePack p : report.packs()) {
      List<Case> list = new ArrayList<>();
      for (RuleDescriptor d : p.rules()) {
        Case c = new Case(d.id(), d.title(report.locale()) + " (" + d.citation(report.locale()) + ")", new ArrayList<>()); //$NON-NLS-1$ //$NON-NLS-2$
        list.add(c);
        cases.put(d.id(), c);
      }
      suites.put(p.id(), list);
    }
    for (Finding f : report.findings()) {
      Case c = cases.get(f.ruleId());
      if (c == null) {
        c = new Case(f.ruleId(), f.ruleId(), new ArrayList<>());
        cases.put(f.ruleId(), c);
        structural.add(c);
      }
      c.findings().add(f);
    }
    if (structural.isEmpty()) {
      structural.add(new Case(Report.STRUCTURE + ".structure", Texts.of(report.locale()).get("report.structural"), List.of())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    int tests = 0;
    int failures = 0;
    int errors = 0;
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, List<Case>> s : suites.entrySet()) {
      int sf = 0;
      int se = 0;
      StringBuilder cb = new StringBuilder();
      for (Case c : s.getValue()) {
        cb.append("    <testcase classname=\"").append(Xml.escape(s.getKey())).append("\" name=\"").append(Xml.escape(c.id())) //$NON-NLS-1$ //$NON-NLS-2$
            .append("\" time=\"0\""); //$NON-NLS-1$
        if (c.findings().isEmpty()) {
          cb.append("/>\n"); //$NON-NLS-1$
          continue;
        }
        cb.append(">\n"); //$NON-NLS-1$
        boolean internal = c.findings().stream().anyMatch(Finding::internalError);
        String tag = internal ? "error" : "failure"; //$NON-NLS-1$ //$NON-NLS-2$
        if (internal) {
          se++;
        } else {
          sf++;
        }
        Finding first = c.findings().get(0);
        cb.append("      <").append(tag).append(" type=\"").append(first.severity().id()).append("\" message=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(Xml.escape(c.findings().size() + " \u00d7 " + c.title())).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Finding f : c.findings()) {
          cb.append(Xml.escape(report.display(f.file()) + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              + f.message() + (f.evidence().isEmpty() ? "" : " " + f.evidence()))).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        cb.append("</").append(tag).append(">\n    </testcase>\n"); //$NON-NLS-1$ //$NON-NLS-2$
      }
      tests += s.getValue().size();
      failures += sf;
      errors += se;
      body.append("  <testsuite name=\"").append(Xml.escape(s.getKey())).append("\" tests=\"").append(s.getValue().size()) //$NON-NLS-1$ //$NON-NLS-2$
          .append("\" failures=\"").append(sf).append("\" errors=\"").append(se).append("\" skipped=\"0\" time=\"0\">\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .append(cb).append("  </testsuite>\n"); //$NON-NLS-1$
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"linebench validate\" tests=\"" + tests //$NON-NLS-1$
        + "\" failures=\"" + failures + "\" errors=\"" + errors + "\">\n" + body + "</testsuites>\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }
}
