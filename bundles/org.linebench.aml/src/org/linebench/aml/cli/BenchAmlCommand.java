package org.linebench.aml.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.linebench.aml.AmlException;
import org.linebench.aml.AmlExport;
import org.linebench.aml.AmlImport;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;

/**
 * {@code linebench bench-aml [--megabytes 100]}: writes an AutomationML file of about that size (a
 * synthetic plant's line of 100 stations exported, then repeated with new names and IDs), imports
 * it without validating the written lines, and prints the file's size, the import's time and the
 * most heap it used (sampled every 10 ms). Run it with a small heap ({@code LINEBENCH_XMX=128m})
 * to see that the import does not need memory in proportion to the file.
 */
public class BenchAmlCommand implements Command {
  private static final Pattern UUID = Pattern.compile("\"[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\")"); //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--megabytes").parse(context.arguments()); //$NON-NLS-1$
    long megabytes;
    try {
      megabytes = Long.parseLong(args.value("--megabytes").orElse("100")); //$NON-NLS-1$ //$NON-NLS-2$
    } catch (NumberFormatException e) {
      throw new UsageException(NLS.bind(Messages.Bench_badNumber, args.value("--megabytes").get())); //$NON-NLS-1$
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("linebench-bench-aml"); //$NON-NLS-1$
      Path aml = generate(dir, megabytes * 1024 * 1024);
      long stations = count(aml, "RefBaseRoleClassPath=\"LineBenchRoleClassLib/Station\""); //$NON-NLS-1$
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      long before = memory.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(before);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-aml heap sampler"); //$NON-NLS-1$
      sampler.setDaemon(true);
      sampler.start();
      long t0 = System.nanoTime();
      AmlImport.Result r = AmlImport.run(aml, dir.resolve("out"), Locale.ENGLISH, false); //$NON-NLS-1$
      long ms = (System.nanoTime() - t0) / 1_000_000;
      sampler.interrupt();
      double mb = Files.size(aml) / 1024.0 / 1024.0;
      context.out().println(NLS.bind(Messages.Bench_result, new Object[] {String.format(Locale.ROOT, "%.1f", mb), stations, //$NON-NLS-1$
          r.files().size(), ms, String.format(Locale.ROOT, "%.1f", mb * 1000 / Math.max(1, ms)), (peak.get() - before) / 1024 / 1024, //$NON-NLS-1$
          peak.get() / 1024 / 1024, memory.getHeapMemoryUsage().getMax() / 1024 / 1024}));
      return ExitCode.OK;
    } catch (AmlException e) {
      throw new CommandException(e.getMessage());
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Import_cannot, dir, e.getMessage()));
    } finally {
      delete(dir);
    }
  }

  /** A plant's line of 100 stations exported, the line repeated until the file has {@code bytes}. */
  public static Path generate(Path dir, long bytes) throws IOException {
    List<Path> plant = SyntheticPlants.write(dir.resolve("plant"), SyntheticPlants.STATIONS_PER_LINE, 1);
    Path seed = dir.resolve("seed.aml");
    AmlExport.export(LineModels.load(plant).files(), seed);
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    int start = text.lastIndexOf('\n', text.indexOf("<InternalElement Name=\"L000\"")) + 1; //$NON-NLS-1$
    String indent = text.substring(start, text.indexOf('<', start));
    String closing = "\n" + indent + "</InternalElement>\n"; //$NON-NLS-1$ //$NON-NLS-2$
    int end = text.indexOf(closing, start) + closing.length();
    String line = text.substring(start, end);
    Path aml = dir.resolve("big.aml");
    try (BufferedWriter w = Files.newBufferedWriter(aml, StandardCharsets.UTF_8)) {
      w.write(text, 0, end);
      long written = end;
      for (int copy = 1; written + text.length() - end < bytes; copy++) {
        String c = line.replace("L000", String.format(Locale.ROOT, "C%05d", copy)); //$NON-NLS-1$ //$NON-NLS-2$
        Matcher m = UUID.matcher(c);
        String renamed = m.replaceAll(String.format(Locale.ROOT, "\"%08x", copy) + "$1"); //$NON-NLS-1$ //$NON-NLS-2$
        w.write(renamed);
        written += renamed.length();
      }
      w.write(text, end, text.length() - end);
    }
    return aml;
  }

  private static long count(Path file, String what) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains(what)).count();
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
