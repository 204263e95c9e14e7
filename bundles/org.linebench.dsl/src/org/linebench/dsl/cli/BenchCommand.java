package org.linebench.dsl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    Arguments args = Arguments.spec().option("--stations").option("--runs").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$
    List<Integer> sizes = new ArrayList<>();
    int runs;
    try {
      for (String s : args.value("--stations").orElse("1000,10000").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        sizes.add(Integer.parseInt(s.trim()));
      }
      runs = Integer.parseInt(args.value("--runs").orElse("3")); //$NON-NLS-1$ //$NON-NLS-2$
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
          last = null; // let the previous run's models go before measuring
          System.gc();
          long t0 = System.nanoTime();
          last = LineModels.load(files);
          long ms = (System.nanoTime() - t0) / 1_000_000;
          if (r == 0) {
            cold = ms;
          } else {
            warm.add(ms);
          }
          if (last.errorCount() > 0) {
            throw new IllegalStateException("generated plant has errors: " + last.issues().get(0)); //$NON-NLS-1$
          }
        }
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        long edit = editOneStation(last);
        warm.sort(Comparator.naturalOrder());
        context.out().println(NLS.bind(Messages.Bench_result, new Object[] {n, files.size(), cold,
            first ? Messages.Bench_coldJvm : Messages.Bench_coldSize, warm.get(warm.size() / 2), runs, heapMb, edit}));
        first = false;
      }
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.File_cannotRead, dir, e.getMessage()));
    } finally {
      delete(dir);
    }
    return ExitCode.OK;
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

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder; the system cleans it up
    }
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
