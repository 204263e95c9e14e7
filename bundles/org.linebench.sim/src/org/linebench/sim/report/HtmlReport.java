package org.linebench.sim.report;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.BufferResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.SimulationResult.StationResult;

/** The report as one self-contained HTML page: the summary, a state bar per station (SVG), the buffers' fill. */
final class HtmlReport {
  private static final int BAR = 360;

  private HtmlReport() {}

  static String render(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    String title = esc(NLS.bind(Messages.Report_title, r.line()));
    b.append("<!DOCTYPE html>\n<html lang=\"").append(Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .append("\">\n<head><meta charset=\"utf-8\"><title>").append(title).append("</title>\n<style>") //$NON-NLS-1$ //$NON-NLS-2$
        .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}") //$NON-NLS-1$
        .append("td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}") //$NON-NLS-1$
        .append(".bn{font-weight:bold;color:#b71c1c}.legend span{display:inline-block;margin-right:1em}") //$NON-NLS-1$
        .append(".sw{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}") //$NON-NLS-1$
        .append("</style></head>\n<body>\n<h1>").append(title).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    for (String line : SimulationReport.summary(r)) {
      b.append("<p>").append(esc(line).replace("\n", "<br>")).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
    b.append("<h2>").append(esc(Messages.Report_stations)).append("</h2>\n<p class=\"legend\">"); //$NON-NLS-1$ //$NON-NLS-2$
    for (State s : State.values()) {
      b.append("<span><span class=\"sw\" style=\"background:").append(color(s)).append("\"></span>") //$NON-NLS-1$ //$NON-NLS-2$
          .append(esc(SimulationReport.stateName(s))).append("</span>"); //$NON-NLS-1$
    }
    b.append("</p>\n<table>\n<tr><th>").append(esc(Messages.Col_station)).append("</th><th>").append(esc(Messages.Html_legend)) //$NON-NLS-1$ //$NON-NLS-2$
        .append("</th><th>").append(esc(Messages.Col_utilisation)).append("</th><th>").append(esc(Messages.Col_oee)) //$NON-NLS-1$ //$NON-NLS-2$
        .append("</th><th>").append(esc(Messages.Col_availability)).append("</th><th>").append(esc(Messages.Col_performance)) //$NON-NLS-1$ //$NON-NLS-2$
        .append("</th><th>").append(esc(Messages.Col_quality)).append("</th><th>").append(esc(Messages.Col_throughput)) //$NON-NLS-1$ //$NON-NLS-2$
        .append("</th></tr>\n"); //$NON-NLS-1$
    for (StationResult s : r.stations()) {
      boolean bottleneck = s.name().equals(r.bottleneck());
      b.append("<tr><td").append(bottleneck ? " class=\"bn\"" : "").append(">").append(esc(s.name())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          .append(bottleneck ? " \u2605 " + esc(Messages.Col_bottleneck) : "").append("<br><small>").append(esc(s.label())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .append("</small></td><td>").append(bar(s)).append("</td><td>").append(SimulationReport.pct(s.utilisation())) //$NON-NLS-1$ //$NON-NLS-2$
          .append(" %</td><td>").append(SimulationReport.pct(s.oee().oee())).append(" %</td><td>") //$NON-NLS-1$ //$NON-NLS-2$
          .append(SimulationReport.pct(s.oee().availability())).append(" %</td><td>").append(SimulationReport.pct(s.oee().performance())) //$NON-NLS-1$
          .append(" %</td><td>").append(SimulationReport.pct(s.oee().quality())).append(" %</td><td>") //$NON-NLS-1$ //$NON-NLS-2$
          .append(SimulationReport.n(s.throughput().mean(), 2)).append(" \u00b1 ").append(SimulationReport.n(s.throughput().halfWidth(), 2)) //$NON-NLS-1$
          .append("</td></tr>\n"); //$NON-NLS-1$
    }
    b.append("</table>\n"); //$NON-NLS-1$
    for (String line : SimulationReport.bottleneck(r)) {
      b.append("<p>").append(esc(line)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    list(b, Messages.Report_models, SimulationReport.predicted(r));
    list(b, Messages.Report_failures, SimulationReport.failures(r));
    if (!r.buffers().isEmpty()) {
      b.append("<h2>").append(esc(Messages.Report_buffers)).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
      for (BufferResult buf : r.buffers()) {
        b.append("<p>").append(esc(NLS.bind(Messages.Report_buffer, new Object[] {buf.name(), buf.capacity(), //$NON-NLS-1$
            SimulationReport.n(buf.meanFill().mean(), 2), SimulationReport.n(buf.meanFill().halfWidth(), 2)}))).append("<br>") //$NON-NLS-1$
            .append(histogram(buf)).append("</p>\n"); //$NON-NLS-1$
      }
    }
    b.append("<p><small>").append(esc(Messages.Html_generated)).append("</small></p>\n</body>\n</html>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    return b.toString();
  }

  private static void list(StringBuilder b, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      b.append("<h2>").append(esc(title)).append("</h2>\n<ul>\n"); //$NON-NLS-1$ //$NON-NLS-2$
      lines.forEach(l -> b.append("<li>").append(esc(l)).append("</li>\n")); //$NON-NLS-1$ //$NON-NLS-2$
      b.append("</ul>\n"); //$NON-NLS-1$
    }
  }

  private static String color(State s) {
    return String.format("#%06X", SimulationReport.STATE_COLORS[s.ordinal()]); //$NON-NLS-1$
  }

  private static String bar(StationResult s) {
    StringBuilder b = new StringBuilder("<svg width=\"" + BAR + "\" height=\"16\" role=\"img\">"); //$NON-NLS-1$ //$NON-NLS-2$
    double x = 0;
    for (State st : State.values()) {
      double w = Math.max(0, s.state(st).mean()) * BAR;
      if (w > 0) {
        b.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"16\" fill=\"%s\"><title>%s %s %%</title></rect>", //$NON-NLS-1$
            x, w, color(st), esc(SimulationReport.stateName(st)), SimulationReport.pct(s.state(st).mean())));
      }
      x += w;
    }
    return b.append("</svg>").toString(); //$NON-NLS-1$
  }

  private static String histogram(BufferResult buf) {
    int width = 16;
    int height = 40;
    StringBuilder b = new StringBuilder("<svg width=\"" + width * buf.histogram().length + "\" height=\"" + (height + 14) + "\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    double max = 0;
    for (double v : buf.histogram()) {
      max = Math.max(max, v);
    }
    for (int i = 0; i < buf.histogram().length; i++) {
      double h = max > 0 ? buf.histogram()[i] / max * height : 0;
      b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.2f\" width=\"%d\" height=\"%.2f\" fill=\"#1E88E5\"><title>%d: %s %%</title></rect>", //$NON-NLS-1$
          i * width + 1, height - h, width - 2, h, i * buf.binWidth(), SimulationReport.pct(buf.histogram()[i])));
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%d</text>", //$NON-NLS-1$
          i * width + width / 2, height + 11, i * buf.binWidth()));
    }
    return b.append("</svg>").toString(); //$NON-NLS-1$
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
  }
}
