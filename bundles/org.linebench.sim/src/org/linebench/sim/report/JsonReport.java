package org.linebench.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linebench.sim.SimulationResult;
import org.linebench.sim.SimulationResult.BufferResult;
import org.linebench.sim.SimulationResult.State;
import org.linebench.sim.SimulationResult.StationResult;
import org.linebench.sim.SimulationResult.WhatIf;
import org.linebench.sim.stats.Estimate;

import com.google.gson.GsonBuilder;

/**
 * The report as JSON for other programs: names in English whatever the language, times in
 * seconds, shares as fractions, each estimate as {@code mean}, {@code low}, {@code high}; the line
 * files simulated with their SHA-256. The technical file reads it back ({@code validate --simulation}).
 */
final class JsonReport {
  /** The format's name and version, the first field of the file. */
  static final String FORMAT = "linebench-simulation/1"; //$NON-NLS-1$

  private JsonReport() {}

  static String render(SimulationResult r, Map<String, String> lineFiles) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT); //$NON-NLS-1$
    root.put("line", r.line()); //$NON-NLS-1$
    List<Object> files = new ArrayList<>();
    lineFiles.forEach((file, sha256) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", file); //$NON-NLS-1$
      m.put("sha256", sha256); //$NON-NLS-1$
      files.add(m);
    });
    root.put("lineFiles", files); //$NON-NLS-1$
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("horizonSeconds", r.options().horizon()); //$NON-NLS-1$
    options.put("warmupSeconds", r.options().warmup()); //$NON-NLS-1$
    options.put("replications", r.options().replications()); //$NON-NLS-1$
    options.put("seed", r.options().seed()); //$NON-NLS-1$
    root.put("options", options); //$NON-NLS-1$
    root.put("throughputPerHour", estimate(r.throughput())); //$NON-NLS-1$
    List<Object> shifts = new ArrayList<>();
    for (SimulationResult.ShiftResult s : r.shifts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("shift", s.name()); //$NON-NLS-1$
      m.put("piecesPerShift", estimate(s.pieces())); //$NON-NLS-1$
      m.put("occurrences", num(s.occurrences())); //$NON-NLS-1$
      shifts.add(m);
    }
    root.put("shifts", shifts); //$NON-NLS-1$
    root.put("wip", estimate(r.wip())); //$NON-NLS-1$
    root.put("leadTimeSeconds", estimate(r.leadTime())); //$NON-NLS-1$
    root.put("littleGap", num(r.littleGap())); //$NON-NLS-1$
    root.put("firstPassYield", estimate(r.good())); //$NON-NLS-1$
    root.put("lineOee", oee(r.lineOee())); //$NON-NLS-1$
    root.put("lostArrivals", estimate(r.lost())); //$NON-NLS-1$
    root.put("crew", r.crew()); //$NON-NLS-1$
    root.put("crewBusy", r.crew() > 0 ? estimate(r.crewBusy()) : null); //$NON-NLS-1$
    root.put("bottleneck", r.bottleneck()); //$NON-NLS-1$
    List<Object> stations = new ArrayList<>();
    for (StationResult s : r.stations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.name()); //$NON-NLS-1$
      m.put("label", s.label()); //$NON-NLS-1$
      Map<String, Object> states = new LinkedHashMap<>();
      for (State st : State.values()) {
        states.put(camel(st), estimate(s.state(st)));
      }
      m.put("states", states); //$NON-NLS-1$
      m.put("utilisation", num(s.utilisation())); //$NON-NLS-1$
      m.put("piecesPerHour", estimate(s.throughput())); //$NON-NLS-1$
      m.put("oee", oee(s.oee())); //$NON-NLS-1$
      m.put("meanActivePeriodSeconds", num(s.activePeriod())); //$NON-NLS-1$
      m.put("nominalCycleSeconds", num(s.nominalCycle())); //$NON-NLS-1$
      m.put("meanCycleSeconds", num(s.meanCycle())); //$NON-NLS-1$
      m.put("failuresPerReplication", num(s.failures())); //$NON-NLS-1$
      m.put("predictedStopsPerReplication", num(s.stops())); //$NON-NLS-1$
      m.put("model", s.model()); //$NON-NLS-1$
      m.put("meanFailureProbabilityPerCycle", num(s.meanStopProbability())); //$NON-NLS-1$
      m.put("waitingForOperators", estimate(s.operatorWait())); //$NON-NLS-1$
      Map<String, Object> declared = new LinkedHashMap<>();
      declared.put("mtbfSeconds", num(s.downtime().mtbf())); //$NON-NLS-1$
      declared.put("mttrSeconds", num(s.downtime().mttr())); //$NON-NLS-1$
      declared.put("predictedRepairSeconds", num(s.downtime().predictedRepair())); //$NON-NLS-1$
      declared.put("setupSeconds", num(s.downtime().setup())); //$NON-NLS-1$
      m.put("declaredDowntime", declared); //$NON-NLS-1$
      stations.add(m);
    }
    root.put("stations", stations); //$NON-NLS-1$
    List<Object> buffers = new ArrayList<>();
    for (BufferResult b : r.buffers()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", b.name()); //$NON-NLS-1$
      m.put("capacity", b.capacity()); //$NON-NLS-1$
      m.put("meanFill", estimate(b.meanFill())); //$NON-NLS-1$
      m.put("binWidth", b.binWidth()); //$NON-NLS-1$
      List<Object> h = new ArrayList<>();
      for (double v : b.histogram()) {
        h.add(num(v));
      }
      m.put("fillShares", h); //$NON-NLS-1$
      buffers.add(m);
    }
    root.put("buffers", buffers); //$NON-NLS-1$
    List<Object> whatIfs = new ArrayList<>();
    for (WhatIf w : r.whatIfs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("change", w.change().name().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
      m.put("station", w.station()); //$NON-NLS-1$
      m.put("buffer", w.buffer()); //$NON-NLS-1$
      m.put("amount", w.amount()); //$NON-NLS-1$
      m.put("throughputPerHour", estimate(w.throughput())); //$NON-NLS-1$
      m.put("deltaPerHour", estimate(w.delta())); //$NON-NLS-1$
      whatIfs.add(m);
    }
    root.put("whatIfs", whatIfs); //$NON-NLS-1$
    root.put("events", r.events()); //$NON-NLS-1$
    root.put("seconds", num(r.seconds())); //$NON-NLS-1$
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n"; //$NON-NLS-1$
  }

  private static String camel(State s) {
    String lower = s.name().toLowerCase(Locale.ROOT);
    int u = lower.indexOf('_');
    return u < 0 ? lower : lower.substring(0, u) + Character.toUpperCase(lower.charAt(u + 1)) + lower.substring(u + 2);
  }

  private static Object num(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

  private static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", num(e.mean())); //$NON-NLS-1$
    m.put("low", num(e.low())); //$NON-NLS-1$
    m.put("high", num(e.high())); //$NON-NLS-1$
    return m;
  }

  private static Map<String, Object> oee(SimulationResult.Oee o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("availability", num(o.availability())); //$NON-NLS-1$
    m.put("performance", num(o.performance())); //$NON-NLS-1$
    m.put("quality", num(o.quality())); //$NON-NLS-1$
    m.put("oee", num(o.oee())); //$NON-NLS-1$
    return m;
  }
}
