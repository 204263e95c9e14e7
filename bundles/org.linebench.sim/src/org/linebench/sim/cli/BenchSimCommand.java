package org.linebench.sim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Line;
import org.linebench.sim.Simulation;
import org.linebench.sim.engine.Replication;
import org.linebench.sim.engine.ReplicationResult;
import org.linebench.sim.kernel.Simulator;
import org.linebench.sim.line.LineSimulations;
import org.linebench.sim.line.SimulationException;
import org.linebench.sim.line.SyntheticLines;
import org.linebench.sim.model.SimModel;

/**
 * {@code linebench bench-sim}: the kernel's events per second on the classic hold model beside a
 * bare array heap doing the same, and one simulated year of a generated line with three shifts and
 * failures, alone and with replications on all cores. Prints figures; no pass or fail.
 */
public class BenchSimCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--events").option("--stations").option("--runs").option("--pending") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .parse(context.arguments());
    long events = positive(args, "--events", "20000000"); //$NON-NLS-1$ //$NON-NLS-2$
    int stations = (int) positive(args, "--stations", "50"); //$NON-NLS-1$ //$NON-NLS-2$
    int runs = (int) positive(args, "--runs", "3"); //$NON-NLS-1$ //$NON-NLS-2$
    int pending = (int) positive(args, "--pending", "1000"); //$NON-NLS-1$ //$NON-NLS-2$
    List<double[]> heap = new ArrayList<>();
    List<double[]> kernel = new ArrayList<>();
    bareHeap(pending, events / 4); // warm both up
    kernel(pending, events / 4);
    for (int r = 0; r < runs; r++) {
      heap.add(bareHeap(pending, events));
      kernel.add(kernel(pending, events));
    }
    context.out().println(NLS.bind(Messages.Bench_hold, new Object[] {pending, events, f(max(heap, 0)), f(max(kernel, 0)), runs,
        list(heap, 0), list(kernel, 0)}));
    context.out().println(NLS.bind(Messages.Bench_holdCpu, new Object[] {f(max(heap, 1)), f(max(kernel, 1)), list(heap, 1),
        list(kernel, 1), String.format(Locale.ROOT, "%.1f", load())})); //$NON-NLS-1$
    line(context, stations);
    return ExitCode.OK;
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.2f", v); //$NON-NLS-1$
  }

  private static double max(List<double[]> v, int which) {
    return v.stream().mapToDouble(x -> x[which]).max().orElse(0);
  }

  private static String list(List<double[]> v, int which) {
    return v.stream().map(x -> f(x[which])).collect(Collectors.joining(" ")); //$NON-NLS-1$
  }

  /** The system's load average over the last minute (other programs compete for the cores), or -1. */
  private static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** M events per second by the wall clock and by the benchmark thread's CPU time. */
  private static double[] rates(long events, long wallStart, long cpuStart) {
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return new double[] {events / wall / 1e6, events / cpu / 1e6};
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private static long positive(Arguments args, String option, String fallback) throws UsageException {
    String text = args.value(option).orElse(fallback);
    try {
      long v = Long.parseLong(text.trim());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(NLS.bind(Messages.Bench_badNumber, option, text));
  }

  /** The hold model on a bare binary heap of times (pop, then push; no sequence numbers, no payloads): M events per second. */
  static double[] bareHeap(int pending, long events) {
    double[] heap = new double[pending + 1];
    SplittableRandom random = new SplittableRandom(42);
    int size = 0;
    for (int i = 0; i < pending; i++) {
      double t = -Math.log(1.0 - random.nextDouble());
      int hole = size++;
      while (hole > 0 && heap[(hole - 1) >>> 1] > t) {
        heap[hole] = heap[(hole - 1) >>> 1];
        hole = (hole - 1) >>> 1;
      }
      heap[hole] = t;
    }
    long t0 = System.nanoTime();
    long c0 = THREADS.getCurrentThreadCpuTime();
    for (long e = 0; e < events; e++) {
      // pop the earliest event: move the last one to the root and sift it down
      double now = heap[0];
      double last = heap[--size];
      int hole = 0;
      int half = size >>> 1;
      while (hole < half) {
        int child = 2 * hole + 1;
        if (child + 1 < size && heap[child + 1] < heap[child]) {
          child++;
        }
        if (last <= heap[child]) {
          break;
        }
        heap[hole] = heap[child];
        hole = child;
      }
      heap[hole] = last;
      // push the next one: sift it up from the end
      double t = now - Math.log(1.0 - random.nextDouble());
      hole = size++;
      while (hole > 0 && heap[(hole - 1) >>> 1] > t) {
        heap[hole] = heap[(hole - 1) >>> 1];
        hole = (hole - 1) >>> 1;
      }
      heap[hole] = t;
    }
    double[] rates = rates(events, t0, c0);
    if (heap[0] < 0) {
      throw new IllegalStateException(); // keeps the loop from being optimized away
    }
    return rates;
  }

  /** The hold model on the kernel (event list with FIFO tie-break, payloads, dispatch): M events per second. */
  static double[] kernel(int pending, long events) {
    Simulator sim = new Simulator(pending);
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < pending; i++) {
      sim.schedule(-Math.log(1.0 - random.nextDouble()), i);
    }
    Simulator.Handler hold = payload -> sim.schedule(-Math.log(1.0 - random.nextDouble()), payload);
    long t0 = System.nanoTime();
    long c0 = THREADS.getCurrentThreadCpuTime();
    sim.step(events, hold);
    return rates(events, t0, c0);
  }

  private static void line(CommandContext context, int stations) throws CommandException {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("linebench-bench-sim"); //$NON-NLS-1$
      Path file = SyntheticLines.write(dir, stations, 7);
      LineModels.Result loaded = LineModels.load(List.of(file));
      if (loaded.errorCount() > 0) {
        throw new IllegalStateException("generated line has errors: " + loaded.issues().get(0)); //$NON-NLS-1$
      }
      Line line = LineSimulations.lines(List.copyOf(loaded.files().values())).get(0);
      SimModel model = LineSimulations.compile(line, s -> { });
      new Replication(model, 1, 99).run(0, 7 * Simulation.DAY, null, null); // warm up the JIT
      System.gc();
      long week = usedMb();
      long t0 = System.nanoTime();
      long c0 = THREADS.getCurrentThreadCpuTime();
      ReplicationResult one = new Replication(model, 1, 0).run(Simulation.DAY, Simulation.YEAR, null, null);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
      System.gc();
      long year = usedMb();
      context.out().println(NLS.bind(Messages.Bench_line, new Object[] {stations, f(seconds), one.events(), f(one.events() / seconds / 1e6),
          f(cpu)}));
      int cores = Runtime.getRuntime().availableProcessors();
      int replications = Math.max(2, cores);
      long t1 = System.nanoTime();
      Simulation.run(model, new Simulation.Options(Simulation.YEAR, Simulation.DAY, replications, 1, false), Simulation.Monitor.NONE);
      double all = (System.nanoTime() - t1) / 1e9;
      context.out().println(NLS.bind(Messages.Bench_cores, new Object[] {cores, replications, f(all), f(all / replications)}));
      context.out().println(NLS.bind(Messages.Bench_memory, week, year));
    } catch (IOException e) {
      throw new CommandException(e.getMessage());
    } catch (SimulationException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (Simulation.CancelledException e) {
      throw new CommandException(Messages.Simulate_cancelled);
    } finally {
      org.linebench.core.TemporaryFolders.delete(dir);
    }
  }

  private static long usedMb() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
