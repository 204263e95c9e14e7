package org.linebench.rules.report;

import static org.linebench.rules.report.Xml.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;

/**
 * A compliance report in one HTML file that needs nothing else (inline CSS, an inline SVG chart):
 * the summary by standard and severity, a chart, every finding with its evidence, and the
 * catalogue of the rules that ran, in the user's language; before them every other section of the
 * {@link Document} model the technical file is laid out from (cover, open items, ...).
 */
public final class HtmlFormat implements ReportFormat {
  /** The sections of the {@link Document} this format writes in its own way; it writes the others generically. */
  private static final Set<String> OWN = Set.of("summary", "findings", "catalogue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  private static final String[] COLOURS = {"#c62828", "#ef6c00", "#1565c0"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

  @Override
  public String name() {
    return "html"; //$NON-NLS-1$
  }

  @Override
  public boolean bilingual() {
    return true;
  }

  /** Both languages: every section of the two documents merged ({@link Bilingual}), written by the generic section writer. */
  @Override
  public byte[] bytes(Report first, Report second) {
    Texts t = Texts.of(first.locale());
    Document d = Bilingual.of(Document.of(first), Document.of(second));
    StringBuilder b = new StringBuilder();
    head(b, "zh".equals(first.locale().getLanguage()) ? "zh-CN" : "en", Bilingual.inline(t.get("html.title"), Texts.of(second.locale()).get("html.title"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    d.sections().forEach(s -> section(b, s, t));
    b.append("</body>\n</html>\n"); //$NON-NLS-1$
    return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void head(StringBuilder b, String lang, String title) {
    b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>") //$NON-NLS-1$ //$NON-NLS-2$
        .append(escape(title)).append("</title>\n<style>\n") //$NON-NLS-1$
        .append("body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}") //$NON-NLS-1$
        .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}") //$NON-NLS-1$
        .append("th{background:#f0f0f0}.error{color:#c62828;font-weight:bold}.warning{color:#ef6c00;font-weight:bold}.info{color:#1565c0}") //$NON-NLS-1$
        .append("code{font-size:90%}.ok{color:#2e7d32;font-weight:bold}\n</style>\n</head>\n<body>\n"); //$NON-NLS-1$
    b.append("<h1>").append(escape(title)).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
  }

  @Override
  public String render(Report report) {
    Texts t = Texts.of(report.locale());
    StringBuilder b = new StringBuilder();
    String lang = "zh".equals(report.locale().getLanguage()) ? "zh-CN" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    head(b, lang, t.get("html.title")); //$NON-NLS-1$
    StringBuilder packs = new StringBuilder();
    for (RulePack p : report.packs()) {
      packs.append(packs.length() == 0 ? "" : ", ").append(p.id()); //$NON-NLS-1$ //$NON-NLS-2$
    }
    b.append("<p>").append(escape(t.bind("html.scope", report.files(), report.plants(), //$NON-NLS-1$ //$NON-NLS-2$
        packs.length() == 0 ? "-" : packs.toString()))).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    long errors = report.count(Severity.ERROR);
    b.append("<p class=\"").append(errors > 0 ? "error" : "ok").append("\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .append(escape(errors > 0 ? t.bind("html.verdictFail", errors) : t.get("html.verdictPass"))).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    for (Document.Section s : Document.of(report).sections()) {
      if (!OWN.contains(s.id())) {
        section(b, s, t);
      }
    }

    // summary by standard and severity
    Map<String, long[]> byStandard = report.byStandard();
    b.append("<h2>").append(escape(t.get("html.summary"))).append("</h2>\n<table id=\"summary\">\n<tr><th>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        .append(escape(t.get("html.standard"))).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
    for (Severity s : Severity.values()) {
      b.append("<th>").append(escape(t.get("severity." + s.id()))).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    b.append("</tr>\n"); //$NON-NLS-1$
    for (Map.Entry<String, long[]> e : byStandard.entrySet()) {
      b.append("<tr><td>").append(escape(e.getKey())).append("</td>"); //$NON-NLS-1$ //$NON-NLS-2$
      for (long n : e.getValue()) {
        b.append("<td>").append(n).append("</td>"); //$NON-NLS-1$ //$NON-NLS-2$
      }
      b.append("</tr>\n"); //$NON-NLS-1$
    }
    b.append("<tr><th>").append(escape(t.get("html.total"))).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    for (Severity s : Severity.values()) {
      b.append("<th>").append(report.count(s)).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    b.append("</tr>\n</table>\n"); //$NON-NLS-1$
    chart(b, byStandard, t);

    // findings
    b.append("<h2>").append(escape(t.get("html.findings"))).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (report.findings().isEmpty()) {
      b.append("<p class=\"ok\">").append(escape(t.get("html.noFindings"))).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    } else {
      b.append("<table id=\"findings\">\n<tr>"); //$NON-NLS-1$
      for (String h : new String[] {"html.severity", "html.rule", "html.citation", "html.location", "html.message", "html.evidence"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        b.append("<th>").append(escape(t.get(h))).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
      }
      b.append("</tr>\n"); //$NON-NLS-1$
      for (Finding f : report.findings()) {
        b.append("<tr><td class=\"").append(f.severity().id()).append("\">").append(escape(t.get("severity." + f.severity().id()))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append("</td><td><code>").append(escape(f.ruleId())).append("</code></td><td>").append(escape(f.citation())) //$NON-NLS-1$ //$NON-NLS-2$
            .append("</td><td><code>").append(escape(report.display(f.file()) + ":" + f.line())).append("</code>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!f.element().isEmpty()) {
          b.append("<br/>").append(escape(f.element())); //$NON-NLS-1$
        }
        b.append("</td><td>").append(escape(f.message())).append("</td><td>"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Evidence e : f.evidence()) {
          b.append(e.computed() ? "<b>" : "").append(escape(e.toString())).append(e.computed() ? "</b>" : "").append("<br/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        if (!f.formula().isEmpty()) {
          b.append("<code>").append(escape(f.formula())).append("</code>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        b.append("</td></tr>\n"); //$NON-NLS-1$
      }
      b.append("</table>\n"); //$NON-NLS-1$
    }

    // catalogue
    b.append("<h2>").append(escape(t.get("html.catalogue"))).append("</h2>\n<table id=\"catalogue\">\n<tr>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    for (String h : new String[] {"html.pack", "html.rule", "html.title2", "html.citation", "html.severity", "html.rationale"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
      b.append("<th>").append(escape(t.get(h))).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    b.append("</tr>\n"); //$NON-NLS-1$
    for (RulePack p : report.packs()) {
      for (RuleDescriptor d : p.rules()) {
        b.append("<tr><td>").append(escape(p.id())).append("</td><td><code>").append(escape(d.id())).append("</code></td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(escape(d.title(report.locale()))).append("</td><td>").append(escape(d.citation(report.locale()))) //$NON-NLS-1$
            .append("</td><td class=\"").append(d.severity().id()).append("\">").append(escape(t.get("severity." + d.severity().id()))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append("</td><td>").append(escape(d.rationale(report.locale()))).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    b.append("</table>\n</body>\n</html>\n"); //$NON-NLS-1$
    return b.toString();
  }

  /** A section of the document model: its heading, then its blocks as paragraphs, tables, charts and inline SVG. */
  static void section(StringBuilder b, Document.Section s, Texts t) {
    b.append("<h2 id=\"").append(escape(s.id())).append("\">").append(escape(s.title())).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    for (Document.Block block : s.blocks()) {
      switch (block) {
        case Document.Paragraph p -> b.append(p.strong() ? "<p><b>" : "<p>").append(escape(p.text()).replace("\n", "<br/>")).append(p.strong() ? "</b></p>\n" : "</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        case Document.Fields f -> {
          if (!f.heading().isEmpty()) {
            b.append("<h3>").append(escape(f.heading())).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
          }
          b.append("<table>\n"); //$NON-NLS-1$
          for (String[] kv : f.fields()) {
            b.append("<tr><th>").append(escape(kv[0])).append("</th><td>").append(escape(kv[1]).replace("\n", "<br/>")).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
          }
          b.append("</table>\n"); //$NON-NLS-1$
        }
        case Document.Table table -> {
          b.append("<table>\n<tr>"); //$NON-NLS-1$
          table.header().forEach(h -> b.append("<th>").append(escape(h)).append("</th>")); //$NON-NLS-1$ //$NON-NLS-2$
          b.append("</tr>\n"); //$NON-NLS-1$
          for (List<String> row : table.rows()) {
            b.append("<tr>"); //$NON-NLS-1$
            row.forEach(c -> b.append("<td>").append(escape(c).replace("\n", "<br/>")).append("</td>")); //$NON-NLS-1$ //$NON-NLS-2$
            b.append("</tr>\n"); //$NON-NLS-1$
          }
          b.append("</table>\n"); //$NON-NLS-1$
        }
        case Document.Chart c -> chart(b, c.byStandard(), t);
        case Document.Figure f -> figure(b, f);
      }
    }
  }

  /** A figure of the document model as inline SVG. */
  private static void figure(StringBuilder b, Document.Figure f) {
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Math.round(f.width())).append("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$
        .append(Math.round(f.height())).append("\" font-family=\"sans-serif\">\n"); //$NON-NLS-1$
    for (Document.Shape s : f.shapes()) {
      switch (s) {
        case Document.Rect r -> b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"#%06x\" stroke=\"#%06x\"%s/>\n", //$NON-NLS-1$
            r.x(), r.y(), r.width(), r.height(), r.radius(), r.fill(), r.stroke(), r.dashed() ? " stroke-dasharray=\"3,2\"" : "")); //$NON-NLS-1$ //$NON-NLS-2$
        case Document.Polyline p -> {
          b.append("<polyline fill=\"none\" points=\""); //$NON-NLS-1$
          for (int i = 0; i < p.points().length; i += 2) {
            b.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", p.points()[i], p.points()[i + 1])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          }
          b.append(String.format(Locale.ROOT, "\" stroke=\"#%06x\"%s/>\n", p.stroke(), p.dashed() ? " stroke-dasharray=\"6,4\"" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        case Document.Label l -> b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"#%06x\"%s>", //$NON-NLS-1$
            l.x(), l.y(), l.size(), l.colour(), l.centred() ? " text-anchor=\"middle\"" : "")).append(escape(l.text())).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    }
    b.append("</svg>\n"); //$NON-NLS-1$
  }

  /** Roughly how wide a label is at 13 px: wide (CJK, full-width) characters count double. */
  static int textWidth(String label) {
    int w = 0;
    for (int i = 0; i < label.length(); i++) {
      w += label.charAt(i) >= 0x1100 ? 14 : 8;
    }
    return w;
  }

  /** A horizontal bar per standard, stacked by severity, in inline SVG. */
  private static void chart(StringBuilder b, Map<String, long[]> byStandard, Texts t) {
    int rowHeight = 24;
    int labelWidth = 120;
    for (String label : byStandard.keySet()) {
      labelWidth = Math.max(labelWidth, textWidth(label) + 12);
    }
    int barWidth = 420;
    long max = 1;
    for (long[] counts : byStandard.values()) {
      long sum = 0;
      for (long n : counts) {
        sum += n;
      }
      max = Math.max(max, sum);
    }
    int height = rowHeight * (byStandard.size() + 1) + 10;
    b.append("<h2>").append(escape(t.get("html.chart"))).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    b.append("<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 60).append("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$
        .append(height).append("\" role=\"img\" aria-label=\"").append(escape(t.get("html.chart"))).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int y = 5;
    for (Map.Entry<String, long[]> e : byStandard.entrySet()) {
      b.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(escape(e.getKey())).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      double x = labelWidth;
      long sum = 0;
      for (int s = 0; s < e.getValue().length; s++) {
        long n = e.getValue()[s];
        sum += n;
        if (n == 0) {
          continue;
        }
        double w = barWidth * (double) n / max;
        b.append("<rect x=\"").append(Math.round(x)).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(1, Math.round(w))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append("\" height=\"").append(rowHeight - 6).append("\" fill=\"").append(COLOURS[s]).append("\"><title>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(escape(t.get("severity." + Severity.values()[s].id()) + ": " + n)).append("</title></rect>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        x += w;
      }
      b.append("<text x=\"").append(Math.round(x) + 6).append("\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(sum) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .append("</text>\n"); //$NON-NLS-1$
      y += rowHeight;
    }
    int lx = labelWidth;
    for (int s = 0; s < COLOURS.length; s++) {
      b.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 4).append("\" width=\"12\" height=\"12\" fill=\"").append(COLOURS[s]) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .append(escape(t.get("severity." + Severity.values()[s].id()))).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$
      lx += 110;
    }
    b.append("</svg>\n"); //$NON-NLS-1$
  }
}
