package org.linebench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.linebench.sim.engine.Replication;
import org.linebench.sim.engine.ReplicationResult;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.model.SimModel.Kind;
import org.linebench.sim.model.SimModel.Node;
import org.linebench.sim.model.SimModel.Route;

/**
 * Runs a line's replications side by side (one per core at a time) and sums them up; then, with
 * the same random numbers, what one more buffer place and a shorter cycle at the bottleneck buy.
 */
public final class Simulation {
  /** Seconds per hour, day and year (365 days). */
  public static final double HOUR = 3600;
  public static final double DAY = 86400;
  public static final double YEAR = 365 * DAY;
  /** The fewest replications a report is made of: its confidence intervals come from the spread between them. */
  public static final int MIN_REPLICATIONS = 2;
  /** The most replications the command line and the workbench accept. */
  public static final int MAX_REPLICATIONS = 10_000;

  /**
   * How to run.
   *
   * @param horizon wall-clock seconds simulated per replication, warm-up included
   * @param warmup wall-clock seconds at the start not measured
   * @param replications independent runs
   * @param seed of all random streams
   * @param whatIfs also run the changes at the bottleneck
   */
  public record Options(double horizon, double warmup, int replications, long seed, boolean whatIfs) {
    public Options {
      if (!(horizon > 0) || warmup < 0 || warmup >= horizon || replications < 1) {
        throw new IllegalArgumentException("horizon > warmup >= 0, replications >= 1"); //$NON-NLS-1$
      }
    }

    /** The defaults of the command line: a year, a day of warm-up, 30 replications, seed 1. */
    public static Options defaults() {
      return new Options(YEAR, DAY, 30, 1, true);
    }
  }

  /** Hears how far a simulation is and may stop it. */
  public interface Monitor {
    /** The share of the work done (0..1). */
    void progress(double done);

    boolean cancelled();

    Monitor NONE = new Monitor() {
      @Override
      public void progress(double done) {
        // nobody listens
      }

      @Override
      public boolean cancelled() {
        return false;
      }
    };
  }

  /** Thrown when a monitor stopped the run. */
  public static final class CancelledException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  private Simulation() {}

  /** Runs the replications of a model and, if asked, the what-ifs. */
  public static SimulationResult run(SimModel model, Options options, Monitor monitor) throws CancelledException {
    long t0 = System.nanoTime();
    int runs = options.whatIfs() ? 3 : 1;
    Progress progress = new Progress(monitor, (long) runs * options.replications());
    List<ReplicationResult> base = replicate(model, options, progress);
    Summary summary = Summary.of(model, options, base);
    List<SimulationResult.WhatIf> whatIfs = new ArrayList<>();
    long events = base.stream().mapToLong(ReplicationResult::events).sum();
    if (options.whatIfs() && summary.bottleneck() >= 0) {
      for (WhatIfs.Variant v : WhatIfs.at(model, summary.bottleneck(), summary.starvedMoreThanBlocked())) {
        List<ReplicationResult> changed = replicate(v.model(), options, progress);
        events += changed.stream().mapToLong(ReplicationResult::events).sum();
        whatIfs.add(v.result(summary.throughputs(), Summary.throughputs(changed)));
      }
    }
    return summary.result(whatIfs, events, (System.nanoTime() - t0) / 1e9);
  }

  /** The replications of one model, in parallel; results in replication order. */
  static List<ReplicationResult> replicate(SimModel model, Options options, Progress progress) throws CancelledException {
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<ReplicationResult> results = pool.submit(() -> IntStream.range(0, options.replications()).parallel()
          .mapToObj(r -> new Replication(model, options.seed(), r).run(options.warmup(), options.horizon(),
              progress::slice, progress::cancelled))
          .toList()).get();
      if (results.stream().anyMatch(r -> r == null)) {
        throw new CancelledException();
      }
      progress.runDone();
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * How long a run will take, in seconds of this computer, from short pilot runs (a day of the line,
   * or less): for the warning before runs that would take hours. The fastest of three pilots counts
   * (the first ones run before the JIT compiler has done its work); a first pilot slower than two
   * seconds is not repeated.
   */
  public static double estimateSeconds(SimModel model, Options options) {
    double pilot = Math.min(options.horizon(), DAY);
    double fastest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      new Replication(model, options.seed(), 0).run(0, pilot, null, null);
      fastest = Math.min(fastest, (System.nanoTime() - t0) / 1e9);
      if (fastest > 2) {
        break;
      }
    }
    double perRun = fastest * options.horizon() / pilot;
    int runs = (options.whatIfs() ? 3 : 1) * options.replications();
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    return perRun * Math.ceil((double) runs / cores);
  }

  /** The nodes that feed a node, without rework flows. */
  static List<Integer> feeders(SimModel model, int node) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < model.size(); i++) {
      for (Route r : model.node(i).routes()) {
        if (r.to() == node && !r.rework() && !out.contains(i)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  static boolean isStation(Node n) {
    return n.kind() == Kind.STATION;
  }

  /** Progress over all runs: each replication reports the share of its horizon it has done. */
  static final class Progress {
    private final Monitor monitor;
    private final long total;
    private final AtomicLong slices = new AtomicLong();
    private static final int SLICES = 50;

    Progress(Monitor monitor, long runs) {
      this.monitor = monitor == null ? Monitor.NONE : monitor;
      this.total = runs * SLICES;
    }

    void slice(double share) {
      long done = slices.incrementAndGet();
      monitor.progress(Math.min(1, (double) done / total));
    }

    boolean cancelled() {
      return monitor.cancelled();
    }

    void runDone() {
      // slices already count every replication
    }
  }
}
