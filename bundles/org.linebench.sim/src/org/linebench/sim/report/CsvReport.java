package org.linebench.sim.report;

import java.util.ArrayList;
import java.util.List;

import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.SimulationResult.StationResult;

/**
 * The report as CSV: one row per station (states, OEE, pieces per hour with their interval), then
 * a row for the line. Column names in English: a data format, the same in every language. Written
 * to a file through {@link org.linebench.core.CsvFiles} (a byte order mark for Excel unless
 * {@code --no-bom}).
 */
public final class CsvReport {
  private CsvReport() {}

  static String render(SimulationResult r) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("element", "label")); //$NON-NLS-1$ //$NON-NLS-2$
    for (State s : State.values()) {
      header.add(s.name().toLowerCase(java.util.Locale.ROOT));
    }
    header.addAll(List.of("utilisation", "availability", "performance", "quality", "oee", "pieces_per_hour", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        "pieces_per_hour_low", "pieces_per_hour_high", "mean_active_period_s", "bottleneck")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    rows.add(header);
    for (StationResult s : r.stations()) {
      List<String> row = new ArrayList<>(List.of(s.name(), s.label()));
      for (State st : State.values()) {
        row.add(SimulationReport.n(s.state(st).mean(), 5));
      }
      row.addAll(List.of(SimulationReport.n(s.utilisation(), 5), SimulationReport.n(s.oee().availability(), 5),
          SimulationReport.n(s.oee().performance(), 5), SimulationReport.n(s.oee().quality(), 5), SimulationReport.n(s.oee().oee(), 5),
          SimulationReport.n(s.throughput().mean(), 3), SimulationReport.n(s.throughput().low(), 3),
          SimulationReport.n(s.throughput().high(), 3), SimulationReport.n(s.activePeriod(), 1),
          Boolean.toString(s.name().equals(r.bottleneck()))));
      rows.add(row);
    }
    List<String> line = new ArrayList<>(List.of(r.line(), "line")); //$NON-NLS-1$
    for (int i = 0; i < State.values().length + 1; i++) {
      line.add(""); //$NON-NLS-1$
    }
    SimulationResult.Oee o = r.lineOee();
    line.addAll(List.of(SimulationReport.n(o.availability(), 5), SimulationReport.n(o.performance(), 5), SimulationReport.n(o.quality(), 5),
        SimulationReport.n(o.oee(), 5), SimulationReport.n(r.throughput().mean(), 3), SimulationReport.n(r.throughput().low(), 3),
        SimulationReport.n(r.throughput().high(), 3), "", "")); //$NON-NLS-1$ //$NON-NLS-2$
    rows.add(line);
    return text(rows);
  }

  /** Rows as CSV text (RFC 4180: comma, quotes where needed, LF line ends). */
  public static String text(List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          b.append(',');
        }
        String f = row.get(c) == null ? "" : row.get(c); //$NON-NLS-1$
        boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
        b.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f); //$NON-NLS-1$ //$NON-NLS-2$
      }
      b.append('\n');
    }
    return b.toString();
  }
}
