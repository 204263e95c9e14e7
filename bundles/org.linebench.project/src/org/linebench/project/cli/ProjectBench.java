package org.linebench.project.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.project.BuildReport;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.project.WorkingCopy;

/** The workspace part of {@link BenchProjectCommand}: loaded only once the workspace's place is set. */
final class ProjectBench {
  private static final String PROJECT = "bench"; //$NON-NLS-1$

  private ProjectBench() {}

  /** Runs the benchmark; false when the generated project has structural errors (it should have none). */
  static boolean run(CommandContext context, BenchProjectCommand.Options o, Path workspace) throws CommandException {
    try {
      IWorkspace ws = ResourcesPlugin.getWorkspace();
      // the benchmark starts each build itself: it measures the build, not the auto-build's delay
      IWorkspaceDescription description = ws.getDescription();
      description.setAutoBuilding(false);
      ws.setDescription(description);
      IProject project = ws.getRoot().getProject(PROJECT);
      if (project.exists()) {
        project.delete(true, true, null);
      }
      Path folder = workspace.resolve(PROJECT);
      int perLine = Math.max(1, o.stations() / o.files()); // a line file each, and the plant file
      List<Path> written = SyntheticPlants.write(folder, o.stations(), 42, perLine);
      project.create(null);
      project.open(null);
      LineProjects.addNature(project, null);
      project.refreshLocal(IResource.DEPTH_INFINITE, null);
      context.progress(NLS.bind(Messages.Bench_generated, new Object[] {written.size(), o.stations(), folder}));

      long heapBefore = usedHeap();
      resetPeaks();
      long t0 = System.nanoTime();
      long cpu0 = cpu();
      project.build(IncrementalProjectBuilder.FULL_BUILD, null);
      long fullMs = (System.nanoTime() - t0) / 1_000_000;
      long fullCpu = (cpu() - cpu0) / 1_000_000;
      long peak = peakHeap();
      BuildReport full = LineProjects.lastBuild(project);
      context.out().println(NLS.bind(Messages.Bench_full, new Object[] {fullMs, fullCpu, full.rebuilt().size(), full.problems(),
          full.findings(), ms(full.buildNanos()), ms(full.rulesNanos()), ms(full.markerNanos()), peak >> 20}));
      long heapBuilt = usedHeap();

      IFile file = project.getFile(folder.relativize(written.get(written.size() / 2)).toString());
      String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
      WorkingCopy wc = LineProjects.workingCopy(file);
      long t1 = System.nanoTime();
      wc.validate(text, CancelIndicator.NullImpl);
      context.out().println(NLS.bind(Messages.Bench_open, new Object[] {file.getName(), (System.nanoTime() - t1) / 1_000_000, wc.loadedFiles()}));

      int at = text.indexOf("cycle-time ", text.indexOf("station St" + perLine / 2 + " ")); //$NON-NLS-1$ //$NON-NLS-2$
      int end = text.indexOf(" s", at); //$NON-NLS-1$
      List<long[]> runs = new ArrayList<>();
      int rebuilt = 0;
      int loaded = 0;
      for (int i = 0; i < o.runs(); i++) {
        String edited = text.substring(0, at) + "cycle-time " + (21 + i % 30) + text.substring(end); //$NON-NLS-1$
        long r0 = System.nanoTime();
        long rc0 = cpu();
        List<Issue> issues = wc.validate(edited, CancelIndicator.NullImpl);
        ws.run(monitor -> LineMarkers.replaceProblems(file, issues), file, IResource.NONE, null);
        long reconcile = System.nanoTime() - r0;
        long reconcileCpu = cpu() - rc0;
        long s0 = System.nanoTime();
        long sc0 = cpu();
        file.setContents(new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)), true, false, null);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        long save = System.nanoTime() - s0;
        long saveCpu = cpu() - sc0;
        BuildReport r = LineProjects.lastBuild(project);
        rebuilt = r.rebuilt().size();
        loaded = r.loaded();
        runs.add(new long[] {reconcile, save, r.buildNanos(), r.rulesNanos(), r.markerNanos(), reconcileCpu, saveCpu});
      }
      long heapOpen = usedHeap();
      context.out().println(NLS.bind(Messages.Bench_edit, new Object[] {o.runs(), ms(median(runs, a -> a[0])), ms(max(runs, a -> a[0])),
          ms(median(runs, a -> a[1])), ms(max(runs, a -> a[1])), rebuilt, ms(median(runs, a -> a[2])), ms(median(runs, a -> a[3])),
          ms(median(runs, a -> a[4])), ms(median(runs, a -> a[5])), ms(median(runs, a -> a[6])), loaded}));
      context.out().println(NLS.bind(Messages.Bench_memory, new Object[] {heapBefore >> 20, heapBuilt >> 20, heapOpen >> 20}));
      int errors = 0;
      for (IMarker m : project.findMarkers(LineMarkers.PROBLEM, false, IResource.DEPTH_INFINITE)) {
        if (m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
          errors++;
        }
      }
      LineProjects.release(file);
      ws.save(true, null);
      return errors == 0;
    } catch (CoreException | IOException e) {
      throw new CommandException(NLS.bind(Messages.Bench_failed, e.getMessage()));
    }
  }

  /** CPU time of this thread, ns: the builds run in it; under load it says more than the wall time. */
  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static long median(List<long[]> runs, ToLongFunction<long[]> f) {
    long[] v = runs.stream().mapToLong(f).sorted().toArray();
    return v[v.length / 2];
  }

  private static long max(List<long[]> runs, ToLongFunction<long[]> f) {
    return runs.stream().mapToLong(f).max().orElse(0);
  }

  /** The heap in use after a collection. */
  private static long usedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The most heap in use since {@link #resetPeaks()} (the sum of the heap pools' peaks: an upper bound). */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder; the system cleans it up
    }
  }
}
