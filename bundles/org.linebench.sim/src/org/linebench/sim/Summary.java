package org.linebench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.linebench.sim.SimulationResult.BufferResult;
import org.linebench.sim.SimulationResult.Oee;
import org.linebench.sim.SimulationResult.ShiftResult;
import org.linebench.sim.SimulationResult.StationResult;
import org.linebench.sim.engine.Replication;
import org.linebench.sim.engine.ReplicationResult;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.model.SimModel.Kind;
import org.linebench.sim.model.SimModel.Node;
import org.linebench.sim.stats.Estimate;

/** Sums up the replications of one model into a {@link SimulationResult}. */
final class Summary {
  private final SimModel model;
  private final Simulation.Options options;
  private final List<ReplicationResult> runs;
  private final List<StationResult> stations = new ArrayList<>();
  private int bottleneck = -1;

  private Summary(SimModel model, Simulation.Options options, List<ReplicationResult> runs) {
    this.model = model;
    this.options = options;
    this.runs = runs;
  }

  static Summary of(SimModel model, Simulation.Options options, List<ReplicationResult> runs) {
    Summary s = new Summary(model, options, runs);
    s.summarizeStations();
    return s;
  }

  private Estimate estimate(ToDoubleFunction<ReplicationResult> f) {
    double[] v = new double[runs.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = f.applyAsDouble(runs.get(i));
    }
    return Estimate.of(v);
  }

  /** Pieces per hour of each replication. */
  static double[] throughputs(List<ReplicationResult> runs) {
    return runs.stream().mapToDouble(r -> r.output() / (r.wallSpan() / Simulation.HOUR)).toArray();
  }

  double[] throughputs() {
    return throughputs(runs);
  }

  int bottleneck() {
    return bottleneck;
  }

  /** Whether the bottleneck waits more for pieces than for room downstream. */
  boolean starvedMoreThanBlocked() {
    StationResult b = stations.stream().filter(s -> s.name().equals(model.node(bottleneck).name())).findFirst().orElseThrow();
    return b.state(SimulationResult.State.STARVED).mean() >= b.state(SimulationResult.State.BLOCKED).mean();
  }

  private void summarizeStations() {
    double longest = -1;
    for (int i = 0; i < model.size(); i++) {
      Node node = model.node(i);
      if (node.kind() != Kind.STATION) {
        continue;
      }
      int n = i;
      Estimate[] states = new Estimate[SimulationResult.State.values().length];
      for (int k = 0; k < Replication.STATES; k++) {
        int state = k;
        states[k] = estimate(r -> r.states()[n][state] / r.wallSpan());
      }
      states[SimulationResult.State.OFF_SHIFT.ordinal()] = estimate(r -> (r.wallSpan() - r.workingSpan()) / r.wallSpan());
      double planned = 0;
      double down = 0;
      double working = 0;
      double done = 0;
      double defective = 0;
      double active = 0;
      int activeRuns = 0;
      for (ReplicationResult r : runs) {
        planned += r.workingSpan();
        down += r.states()[n][Replication.FAILED] + r.states()[n][Replication.SETUP];
        working += r.states()[n][Replication.WORKING];
        done += r.completions()[n];
        defective += r.defects()[n];
        if (!Double.isNaN(r.activePeriod()[n])) {
          active += r.activePeriod()[n];
          activeRuns++;
        }
      }
      double nominal = node.station().nominal();
      Oee oee = oee(planned, down, done, defective, nominal);
      double activePeriod = activeRuns == 0 ? Double.NaN : active / activeRuns;
      if (activeRuns > 0 && activePeriod > longest) {
        longest = activePeriod;
        bottleneck = i;
      }
      SimModel.PredictedStops stops = node.station().stops();
      stations.add(new StationResult(node.name(), node.label(), states, planned > 0 ? working / planned : 0,
          estimate(r -> r.completions()[n] / (r.wallSpan() / Simulation.HOUR)), oee, activePeriod, nominal,
          node.station().cycle().mean(), runs.stream().mapToLong(r -> r.failures()[n]).average().orElse(0),
          runs.stream().mapToLong(r -> r.stops()[n]).average().orElse(0), stops == null ? null : stops.model(),
          stops == null ? Double.NaN : stops.meanProbability(), estimate(r -> r.operatorWait()[n] / r.wallSpan()), downtime(node.station())));
    }
  }

  /** The declared figures of a station's downtime. */
  static SimulationResult.Downtime downtime(SimModel.Station s) {
    return new SimulationResult.Downtime(mean(s.timeToFailure()), mean(s.repair()), s.stops() == null ? Double.NaN : mean(s.stops().repair()),
        mean(s.setup()));
  }

  private static double mean(org.linebench.sim.random.Sampler s) {
    return s == null ? Double.NaN : s.mean();
  }

  /** OEE from summed times and counts, so that availability × performance × quality is the OEE exactly. */
  static Oee oee(double planned, double down, double done, double defective, double idealCycle) {
    if (planned <= 0) {
      return new Oee(0, 0, 0, 0);
    }
    double availability = 1 - down / planned;
    double run = planned - down;
    double performance = run > 0 ? idealCycle * done / run : 0;
    double quality = done > 0 ? (done - defective) / done : 1;
    return new Oee(availability, performance, quality, availability * performance * quality);
  }

  SimulationResult result(List<SimulationResult.WhatIf> whatIfs, long events, double seconds) {
    List<BufferResult> buffers = new ArrayList<>();
    for (int i = 0; i < model.size(); i++) {
      Node node = model.node(i);
      if (node.kind() != Kind.BUFFER) {
        continue;
      }
      int n = i;
      double[] histogram = new double[runs.get(0).bufferHistogram()[n].length];
      for (ReplicationResult r : runs) {
        for (int b = 0; b < histogram.length; b++) {
          histogram[b] += r.bufferHistogram()[n][b] / runs.size();
        }
      }
      buffers.add(new BufferResult(node.name(), node.label(), node.capacity(), estimate(r -> r.bufferMean()[n]), histogram,
          runs.get(0).bufferBinWidth()[n]));
    }
    List<ShiftResult> shifts = new ArrayList<>();
    if (model.calendar() != null) {
      double[] occurrences = model.calendar().occurrences(options.warmup(), options.horizon());
      for (int s = 0; s < occurrences.length; s++) {
        int shift = s;
        double occ = occurrences[s];
        shifts.add(new ShiftResult(model.calendar().shifts().get(s),
            estimate(r -> occ > 0 ? r.outputPerShift()[shift] / occ : 0), occ));
      }
    }
    Estimate throughput = Estimate.of(throughputs());
    Estimate wip = estimate(ReplicationResult::wipWall);
    Estimate lead = estimate(r -> Double.isNaN(r.leadWall()) ? 0 : r.leadWall());
    double littleGap = wip.mean() > 0 ? Math.abs(wip.mean() - throughput.mean() / Simulation.HOUR * lead.mean()) / wip.mean() : 0;
    Estimate good = estimate(r -> r.output() == 0 ? 1 : (double) r.good() / r.output());
    Estimate lost = estimate(r -> r.arrivals() == 0 ? 0 : (double) r.lost() / r.arrivals());
    String name = bottleneck < 0 ? null : model.node(bottleneck).name();
    return new SimulationResult(model.name(), options, throughput, shifts, wip, lead, littleGap, good, List.copyOf(stations),
        buffers, name, List.copyOf(whatIfs), lineOee(), lost, model.crew(), estimate(ReplicationResult::crewBusy), events, seconds);
  }

  /** The line's OEE: the slowest declared cycle as its ideal cycle; A and P of that station. */
  private Oee lineOee() {
    int slowest = -1;
    for (int i = 0; i < model.size(); i++) {
      Node n = model.node(i);
      if (n.kind() == Kind.STATION && (slowest < 0 || n.station().nominal() > model.node(slowest).station().nominal())) {
        slowest = i;
      }
    }
    if (slowest < 0) {
      return new Oee(0, 0, 0, 0);
    }
    double planned = 0;
    double output = 0;
    double good = 0;
    for (ReplicationResult r : runs) {
      planned += r.workingSpan();
      output += r.output();
      good += r.good();
    }
    double ideal = model.node(slowest).station().nominal();
    double oee = planned > 0 ? ideal * good / planned : 0;
    String name = model.node(slowest).name();
    double availability = stations.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().oee().availability();
    double quality = output > 0 ? good / output : 1;
    double performance = availability > 0 && quality > 0 ? oee / (availability * quality) : 0;
    return new Oee(availability, performance, quality, oee);
  }
}
