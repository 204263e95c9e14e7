package org.linebench.sim;

import java.util.List;
import java.util.Optional;

import org.linebench.sim.stats.Estimate;

/**
 * What a simulation found, over its replications: each figure as the mean with its 95 %
 * confidence interval. Shares are of the measured wall-clock time unless said otherwise.
 *
 * @param line the line's name
 * @param options how it ran
 * @param throughput pieces per hour (wall clock)
 * @param shifts pieces per shift occurrence, per shift of the calendar (empty without one)
 * @param wip mean pieces in the line (wall clock)
 * @param leadTime mean time from source to sink, seconds (wall clock, off-shift time included)
 * @param littleGap |WIP − throughput × lead time| / WIP, from the means (Little's law: close to 0)
 * @param good share of the pieces that never went round a repair loop (first-pass yield)
 * @param stations per station
 * @param buffers per buffer
 * @param bottleneck the station with the longest mean active period (active-period method), or null
 * @param whatIfs the throughput one change at the bottleneck buys
 * @param lineOee OEE of the line: its ideal cycle (the slowest declared cycle time) times the good
 *        pieces per planned (working) time; availability and performance of the station with the
 *        slowest declared cycle, so that availability × performance × quality = OEE
 * @param lost share of arrivals lost because the line was full (sources that lose them)
 * @param crew operators shared by the manned stations (0: no crew declared)
 * @param crewBusy share of the crew at work over the working time (NaN without a crew)
 * @param events events handled in all runs
 * @param seconds wall-clock seconds the computer took
 */
public record SimulationResult(String line, Simulation.Options options, Estimate throughput, List<ShiftResult> shifts,
    Estimate wip, Estimate leadTime, double littleGap, Estimate good, List<StationResult> stations, List<BufferResult> buffers,
    String bottleneck, List<WhatIf> whatIfs, Oee lineOee, Estimate lost, int crew, Estimate crewBusy, long events, double seconds) {

  /** The six states of a station, in the order of {@link StationResult#states()}. */
  public enum State {
    WORKING, STARVED, BLOCKED, FAILED, SETUP, OFF_SHIFT
  }

  /**
   * OEE = availability × performance × quality, per planned (working) time.
   *
   * @param availability 1 − (failed + set-up) / planned
   * @param performance ideal cycle × pieces / (planned − failed − set-up)
   * @param quality good pieces / pieces
   */
  public record Oee(double availability, double performance, double quality, double oee) {}

  /**
   * One station.
   *
   * @param states share of the wall-clock time in each {@link State}
   * @param utilisation working share of the working (planned) time
   * @param throughput cycles per hour (wall clock)
   * @param oee its OEE
   * @param activePeriod mean active period, seconds (NaN if it never worked)
   * @param nominalCycle declared cycle time, seconds
   * @param meanCycle mean of its cycle-time distribution, seconds
   * @param failures MTBF failures per replication
   * @param stops stops predicted by its model per replication
   * @param model the maintenance model that predicts its stops, or null
   * @param meanStopProbability the model's mean predicted failure probability per cycle (NaN without a model)
   * @param operatorWait share of the wall-clock time it waited for operators of the crew (part of starved)
   * @param downtime where its downtime comes from: the figures the line declares
   */
  public record StationResult(String name, String label, Estimate[] states, double utilisation, Estimate throughput, Oee oee,
      double activePeriod, double nominalCycle, double meanCycle, double failures, double stops, String model,
      double meanStopProbability, Estimate operatorWait, Downtime downtime) {
    public Estimate state(State s) {
      return states[s.ordinal()];
    }
  }

  /**
   * The declared figures a station's downtime comes from, as means in seconds (NaN where the line
   * declares none): failures after MTBF (working time) and their repair (MTTR), the repair of the
   * stops its maintenance model predicts, and the set-up on a change of variant.
   */
  public record Downtime(double mtbf, double mttr, double predictedRepair, double setup) {
    public static final Downtime NONE = new Downtime(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * One buffer.
   *
   * @param histogram mean share of the time in each fill bin
   * @param binWidth fill levels per bin
   */
  public record BufferResult(String name, String label, int capacity, Estimate meanFill, double[] histogram, int binWidth) {}

  /** Pieces per occurrence of a shift; {@code occurrences}: how many were measured per replication. */
  public record ShiftResult(String name, Estimate pieces, double occurrences) {}

  /** A change tried at the bottleneck. */
  public enum Change {
    /** one more place in the buffer {@code buffer} */
    BUFFER_PLACE,
    /** a new buffer of one place between {@code station} and {@code buffer} (the neighbour's name) */
    NEW_BUFFER,
    /** the station's cycle {@code amount} (0.05: 5 %) shorter */
    SHORTER_CYCLE
  }

  /**
   * A what-if run with the same random numbers as the base run.
   *
   * @param delta throughput change, pieces per hour, paired per replication
   */
  public record WhatIf(Change change, String station, String buffer, double amount, Estimate throughput, Estimate delta) {}

  public Optional<StationResult> station(String name) {
    return stations.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<BufferResult> buffer(String name) {
    return buffers.stream().filter(b -> b.name().equals(name)).findFirst();
  }
}
