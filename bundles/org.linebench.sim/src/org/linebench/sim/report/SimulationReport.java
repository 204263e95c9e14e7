package org.linebench.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.sim.Durations;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.BufferResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.SimulationResult.StationResult;
import org.linebench.sim.SimulationResult.WhatIf;
import org.linebench.sim.stats.Estimate;

/** The simulation report as text, JSON, CSV or HTML, in the language of the messages. */
public final class SimulationReport {
  /** The formats of {@code linebench simulate --format}. */
  public enum Format {
    TEXT, JSON, CSV, HTML;

    /** The format of a name given on the command line, or null. */
    public static Format of(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      return null;
    }
  }

  /** Colours of the states (RGB), the same in the HTML report and the workbench. */
  /** A gap in Little's law beyond this is explained (it comes from the pieces in the line at the edges of the measured time). */
  private static final double LITTLE_EDGES = 0.01;

  public static final int[] STATE_COLORS = {0x43A047, 0xFDD835, 0xFB8C00, 0xE53935, 0x1E88E5, 0xBDBDBD};

  private SimulationReport() {}

  public static String render(SimulationResult r, Format f) {
    return render(r, f, Map.of());
  }

  /** The report; the JSON one names the line files simulated, each (as shown to the user) with its SHA-256. */
  public static String render(SimulationResult r, Format f, Map<String, String> lineFiles) {
    return switch (f) {
      case TEXT -> text(r);
      case JSON -> JsonReport.render(r, lineFiles);
      case CSV -> CsvReport.render(r);
      case HTML -> HtmlReport.render(r);
    };
  }

  static String n(double v, int decimals) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  static String pct(double share) {
    return n(100 * share, 1);
  }

  /** The name of a state, as the column headers say it. */
  public static String stateName(State s) {
    return switch (s) {
      case WORKING -> Messages.Col_working;
      case STARVED -> Messages.Col_starved;
      case BLOCKED -> Messages.Col_blocked;
      case FAILED -> Messages.Col_failed;
      case SETUP -> Messages.Col_setup;
      case OFF_SHIFT -> Messages.Col_offShift;
    };
  }

  /** The lines of the summary above the tables. */
  static List<String> summary(SimulationResult r) {
    List<String> out = new ArrayList<>();
    out.add(NLS.bind(Messages.Report_run, new Object[] {r.options().replications(), Durations.format(r.options().horizon()),
        Durations.format(r.options().warmup()), r.options().seed(), r.events(), n(r.seconds(), 1)}));
    Estimate th = r.throughput();
    out.add(NLS.bind(Messages.Report_throughput, new Object[] {n(th.mean(), 2), n(th.low(), 2), n(th.high(), 2)}));
    if (!r.shifts().isEmpty()) {
      StringBuilder b = new StringBuilder(Messages.Report_perShift);
      for (SimulationResult.ShiftResult s : r.shifts()) {
        b.append("\n  ").append(NLS.bind(Messages.Report_shift, new Object[] {s.name(), n(s.pieces().mean(), 1), //$NON-NLS-1$
            n(s.pieces().halfWidth(), 1), n(s.occurrences(), 1)}));
      }
      out.add(b.toString());
    }
    out.add(NLS.bind(Messages.Report_wip, new Object[] {n(r.wip().mean(), 2), n(r.wip().halfWidth(), 2),
        Durations.format(r.leadTime().mean()), Durations.format(r.leadTime().halfWidth()), n(100 * r.littleGap(), 2)})
        + (r.littleGap() > LITTLE_EDGES ? ' ' + Messages.Report_littleEdges : "")); //$NON-NLS-1$
    out.add(NLS.bind(Messages.Report_yield, pct(r.good().mean())));
    SimulationResult.Oee o = r.lineOee();
    out.add(NLS.bind(Messages.Report_lineOee, new Object[] {pct(o.oee()), pct(o.availability()), pct(o.performance()), pct(o.quality())}));
    if (r.crew() > 0) {
      String waits = r.stations().stream().filter(s -> s.operatorWait().mean() > 0)
          .map(s -> s.name() + " " + pct(s.operatorWait().mean()) + " %").collect(java.util.stream.Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
      out.add(NLS.bind(Messages.Report_crew, new Object[] {r.crew(), pct(r.crewBusy().mean()), waits.isEmpty() ? "-" : waits})); //$NON-NLS-1$
    }
    if (r.lost().mean() > 0) {
      out.add(NLS.bind(Messages.Report_lost, pct(r.lost().mean())));
    }
    return out;
  }

  /** The bottleneck and the what-ifs. */
  static List<String> bottleneck(SimulationResult r) {
    List<String> out = new ArrayList<>();
    if (r.bottleneck() == null) {
      out.add(Messages.Report_noBottleneck);
      return out;
    }
    StationResult b = r.station(r.bottleneck()).orElseThrow();
    out.add(NLS.bind(Messages.Report_bottleneck, r.bottleneck(), Durations.format(b.activePeriod())));
    if (!r.whatIfs().isEmpty()) {
      out.add(Messages.Report_whatIfs);
      for (WhatIf w : r.whatIfs()) {
        out.add("  " + whatIf(w)); //$NON-NLS-1$
      }
    }
    return out;
  }

  /** One what-if in words. */
  public static String whatIf(WhatIf w) {
    String template = switch (w.change()) {
      case BUFFER_PLACE -> Messages.WhatIf_BUFFER_PLACE;
      case NEW_BUFFER -> Messages.WhatIf_NEW_BUFFER;
      case SHORTER_CYCLE -> Messages.WhatIf_SHORTER_CYCLE;
    };
    String delta = (w.delta().mean() >= 0 ? "+" : "") + n(w.delta().mean(), 2); //$NON-NLS-1$ //$NON-NLS-2$
    return NLS.bind(template, new Object[] {w.station(), w.buffer(), delta, n(w.throughput().mean(), 2), n(w.delta().halfWidth(), 2),
        n(100 * w.amount(), 0)});
  }

  /** Lines about the stations whose stops a model predicts. */
  static List<String> predicted(SimulationResult r) {
    List<String> out = new ArrayList<>();
    for (StationResult s : r.stations()) {
      if (s.model() != null) {
        out.add(NLS.bind(Messages.Report_model, new Object[] {s.name(), s.model(), n(s.meanStopProbability(), 4), n(s.stops(), 1),
            pct(s.state(State.FAILED).mean())}));
      }
    }
    return out;
  }

  /** Lines about the stations that fail after MTBF. */
  static List<String> failures(SimulationResult r) {
    List<String> out = new ArrayList<>();
    for (StationResult s : r.stations()) {
      if (s.failures() > 0) {
        out.add(NLS.bind(Messages.Report_mtbf, s.name(), n(s.failures(), 1)));
      }
    }
    return out;
  }

  private static String text(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    b.append(NLS.bind(Messages.Report_title, r.line())).append('\n');
    summary(r).forEach(l -> b.append(l).append('\n'));
    b.append('\n').append(Messages.Report_stations).append('\n');
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(Messages.Col_station));
    for (State s : State.values()) {
      header.add(stateName(s));
    }
    header.addAll(List.of(Messages.Col_utilisation, Messages.Col_oee, Messages.Col_availability, Messages.Col_performance,
        Messages.Col_quality, Messages.Col_throughput));
    rows.add(header.toArray(String[]::new));
    for (StationResult s : r.stations()) {
      List<String> row = new ArrayList<>();
      row.add(s.name() + (s.name().equals(r.bottleneck()) ? " *" : "")); //$NON-NLS-1$ //$NON-NLS-2$
      for (State st : State.values()) {
        row.add(pct(s.state(st).mean()));
      }
      row.add(pct(s.utilisation()));
      row.add(pct(s.oee().oee()));
      row.add(pct(s.oee().availability()));
      row.add(pct(s.oee().performance()));
      row.add(pct(s.oee().quality()));
      row.add(n(s.throughput().mean(), 2) + " \u00b1 " + n(s.throughput().halfWidth(), 2)); //$NON-NLS-1$
      rows.add(row.toArray(String[]::new));
    }
    table(b, rows);
    b.append('\n');
    bottleneck(r).forEach(l -> b.append(l).append('\n'));
    section(b, Messages.Report_models, predicted(r));
    section(b, Messages.Report_failures, failures(r));
    if (!r.buffers().isEmpty()) {
      b.append('\n').append(Messages.Report_buffers).append('\n');
      for (BufferResult buf : r.buffers()) {
        b.append("  ").append(NLS.bind(Messages.Report_buffer, new Object[] {buf.name(), buf.capacity(), n(buf.meanFill().mean(), 2), //$NON-NLS-1$
            n(buf.meanFill().halfWidth(), 2)})).append('\n');
        b.append("    ").append(histogram(buf)).append('\n'); //$NON-NLS-1$
      }
    }
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      b.append('\n').append(title).append('\n');
      lines.forEach(l -> b.append("  ").append(l).append('\n')); //$NON-NLS-1$
    }
  }

  /** {@code 0:12% 1:20% ...}: share of the time at each fill level (or bin). */
  static String histogram(BufferResult buf) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < buf.histogram().length; i++) {
      int from = i * buf.binWidth();
      int to = Math.min(buf.capacity(), from + buf.binWidth() - 1);
      b.append(i == 0 ? "" : "  ").append(from == to ? Integer.toString(from) : from + "-" + to).append(": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          .append(pct(buf.histogram()[i])).append('%');
    }
    return b.toString();
  }

  /** Columns padded to their widest cell (wide characters count double). */
  private static void table(StringBuilder b, List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], displayWidth(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        int pad = width[c] - displayWidth(cell);
        if (c == 0) {
          line.append(cell).append(" ".repeat(pad)); //$NON-NLS-1$
        } else {
          line.append("  ").append(" ".repeat(pad)).append(cell); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }

  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      int cp = s.codePointAt(i);
      w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F ? 2 : 1;
    }
    return w;
  }
}
