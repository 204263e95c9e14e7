package org.linebench.dsl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Station;

/**
 * {@code linebench bench-lines}: parse+link+validate time and heap on generated plants, and the
 * time to re-validate after one station is edited. Prints its figures; no pass or fail.
 */
public class BenchCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--stations").option("--runs").option("--threads").flag("--no-index") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .parse(context.arguments());
    List<Integer> sizes = new ArrayList<>();
    int runs;
    LineModels.Options options;
    try {
      for (String s : args.value("--stations").orElse("1000,10000").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        sizes.add(positive(s.trim()));
      }
      runs = positive(args.value("--runs").orElse("3")); //$NON-NLS-1$ //$NON-NLS-2$
      int threads = args.value("--threads").isPresent() ? positive(args.value("--threads").get()) //$NON-NLS-1$ //$NON-NLS-2$
          : LineModels.Options.DEFAULT.threads();
      options = new LineModels.Options(threads, !args.flag("--no-index")); //$NON-NLS-1$
    } catch (NumberFormatException e) {
      throw new UsageException(NLS.bind(Messages.Bench_badNumber, e.getMessage()));
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("linebench-bench"); //$NON-NLS-1$
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.File_cannotRead, "tmp", e.getMessage())); //$NON-NLS-1$
    }
    try {
      boolean first = true;
      for (int n : sizes) {
        Path d = dir.resolve("n" + n); //$NON-NLS-1$
        List<Path> files = SyntheticPlants.write(d, n, 42);
        long cold = -1;
        List<Long> warm = new ArrayList<>();
        LineModels.Result last = null;
        for (int r = 0; r < runs + 1; r++) {
          if (r > 0) {
            last = null; // let the previous run's models go before measuring
            System.gc(); // not before the first: it would shrink a fresh JVM's heap, which a real run does not
          }
          long t0 = System.nanoTime();
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          long process0 = processCpu();
          last = LineModels.load(files, options);
          long ms = (System.nanoTime() - t0) / 1_000_000;
          if (r == 0) {
            cold = ms;
            Map<String, Long> p = last.phases();
            context.out().println(NLS.bind(Messages.Bench_phases, new Object[] {
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000, (processCpu() - process0) / 1_000_000,
                millis(p, "parse"), millis(p, "index"), millis(p, "link"), millis(p, "validate"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                options.threads(), options.index() ? Messages.Bench_withIndex : Messages.Bench_withoutIndex,
                first ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() : -1}));
          } else {
            warm.add(ms);
          }
          if (last.errorCount() > 0) {
            throw new IllegalStateException("generated plant has errors: " + last.issues().get(0)); //$NON-NLS-1$
          }
        }
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        long editCpu0 = THREADS.getCurrentThreadCpuTime();
        long edit = editOneStation(last);
        long editCpu = (THREADS.getCurrentThreadCpuTime() - editCpu0) / 1_000_000;
        warm.sort(Comparator.naturalOrder());
        context.out().println(NLS.bind(Messages.Bench_result, new Object[] {n, files.size(), cold,
            first ? Messages.Bench_coldJvm : Messages.Bench_coldSize, warm.get(warm.size() / 2), runs, heapMb, edit, editCpu}));
        first = false;
      }
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.File_cannotRead, dir, e.getMessage()));
    } finally {
      org.linebench.core.TemporaryFolders.delete(dir);
    }
    return ExitCode.OK;
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private static int positive(String s) {
    int n = Integer.parseInt(s);
    if (n < 1) {
      throw new NumberFormatException(s);
    }
    return n;
  }

  private static long millis(Map<String, Long> phases, String phase) {
    return phases.getOrDefault(phase, 0L) / 1_000_000;
  }

  /** CPU time of the whole process (all threads: the JIT compilers and the collector too), ns; -1 if unknown. */
  private static long processCpu() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  /** Changes one station's cycle time in place (partial reparse) and re-validates its file. */
  private static long editOneStation(LineModels.Result result) {
    LineFile file = result.files().values().stream().filter(f -> !f.getElements().isEmpty() && f.getElements().get(0) instanceof Line)
        .findFirst().orElseThrow();
    Line line = (Line) file.getElements().get(0);
    Station station = line.getStations().get(line.getStations().size() / 2);
    ICompositeNode node = NodeModelUtils.getNode(station.getCycleTime());
    XtextResource resource = (XtextResource) file.eResource();
    IResourceValidator validator = LineModels.injector().getInstance(IResourceValidator.class);
    long t0 = System.nanoTime();
    resource.update(node.getOffset(), node.getLength(), "33 s"); //$NON-NLS-1$
    List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
      throw new IllegalStateException("edit introduced errors: " + issues.get(0)); //$NON-NLS-1$
    }
    return ms;
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
