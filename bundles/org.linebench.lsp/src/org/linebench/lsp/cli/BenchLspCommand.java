package org.linebench.lsp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.Examples;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.lsp.internal.RecordingClient.Publication;

/**
 * {@code linebench bench-lsp}: starts the language server as an editor does (its own process, on
 * standard input and output) and prints how long it takes from the start of the process to the
 * first diagnostics of the body shop, to the certification findings of the non-compliant body shop,
 * and, in a generated workspace, from a one-station edit to the diagnostics that follow it.
 */
public class BenchLspCommand implements Command {
  private static final String UNKNOWN_UNIT = "line.unknown-unit"; //$NON-NLS-1$
  private static final String CURTAIN = "cn.gb-t19876.light-curtain-distance"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--server").option("--stations").option("--runs").option("--edits") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .parse(context.arguments());
    int stations;
    int runs;
    int edits;
    try {
      stations = Integer.parseInt(args.value("--stations").orElse("10000")); //$NON-NLS-1$ //$NON-NLS-2$
      runs = Integer.parseInt(args.value("--runs").orElse("5")); //$NON-NLS-1$ //$NON-NLS-2$
      edits = Integer.parseInt(args.value("--edits").orElse("10")); //$NON-NLS-1$ //$NON-NLS-2$
    } catch (NumberFormatException e) {
      throw new UsageException(NLS.bind(Messages.Bench_badNumber, e.getMessage()));
    }
    List<String> server = server(args.value("--server").orElse(null)); //$NON-NLS-1$
    Path dir = null;
    try {
      dir = Files.createTempDirectory("linebench-bench-lsp"); //$NON-NLS-1$
      Path log = dir.resolve("server.log"); //$NON-NLS-1$
      Examples.copy("bodyshop", dir.resolve("a")); //$NON-NLS-1$ //$NON-NLS-2$
      Examples.copy("bodyshop-noncompliant", dir.resolve("b")); //$NON-NLS-1$ //$NON-NLS-2$
      List<Long> first = new ArrayList<>();
      List<Long> full = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        first.add(startToDiagnostics(server, dir.resolve("a/bodyshop"), "bodyshop.line", p -> true, log)); //$NON-NLS-1$ //$NON-NLS-2$
        full.add(startToDiagnostics(server, dir.resolve("b/bodyshop-noncompliant"), "bodyshop-bad.line", //$NON-NLS-1$ //$NON-NLS-2$
            p -> p.diagnostics().stream().anyMatch(d -> code(d).startsWith("cn.")), log)); //$NON-NLS-1$
      }
      context.out().println(NLS.bind(Messages.Bench_start, list(first), median(first)));
      context.out().println(NLS.bind(Messages.Bench_startFindings, list(full), median(full)));
      edits(context, server, dir.resolve("synthetic"), stations, edits, log); //$NON-NLS-1$
      return ExitCode.OK;
    } catch (Exception e) {
      throw new CommandException(ExitCode.INTERNAL, NLS.bind(Messages.Bench_failed, e, dir == null ? "-" : dir.resolve("server.log")), e); //$NON-NLS-1$ //$NON-NLS-2$
    } finally {
      delete(dir);
    }
  }

  /** Milliseconds from the start of the process to the first publication for {@code file} that matches. */
  private static long startToDiagnostics(List<String> server, Path root, String file, Predicate<Publication> condition, Path log)
      throws Exception {
    String uri = root.resolve(file).toUri().toString();
    try (LspSession s = LspSession.start(server, root, log)) {
      Publication p = s.client.await(0, q -> q.uri().equals(uri) && condition.test(q), LspSession.timeout());
      if (p == null) {
        throw new IllegalStateException("no diagnostics for " + uri); //$NON-NLS-1$
      }
      return s.sinceStart(p.nanos());
    }
  }

  /** One-station edits in a generated workspace: a unit typo (structural) and a light curtain moved (rule). */
  private static void edits(CommandContext context, List<String> server, Path dir, int stations, int edits, Path log) throws Exception {
    SyntheticPlants.write(dir, stations, 42);
    Path file = dir.resolve(String.format("L%03d.line", Math.min(50, (stations - 1) / SyntheticPlants.STATIONS_PER_LINE))); //$NON-NLS-1$
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String uri = file.toUri().toString();
    try (LspSession s = LspSession.start(server, dir, log)) {
      long t0 = System.nanoTime();
      s.validate();
      context.out().println(NLS.bind(Messages.Bench_workspace, new Object[] {stations, s.sinceStart(System.nanoTime()),
          (System.nanoTime() - t0) / 1_000_000}));
      s.open(file, text);
      Document doc = new Document(text, uri, s);
      // the distance of the light curtain in station St12: 5000 mm (far enough) and 0100 mm (too
      // close), four characters each, so that no edit moves the other's offsets
      int distance = text.indexOf("distance 800 mm", text.indexOf("light-curtain", text.indexOf("station St12 "))) + "distance ".length(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      int curtainLine = doc.line(distance);
      doc.replace(distance, 3, "5000", p -> !hasAt(p, CURTAIN, curtainLine)); //$NON-NLS-1$
      // a cycle time's unit of station St13: "s" becomes "sec" (an unknown unit) and back
      String now = doc.text.toString();
      int unit = now.indexOf(" s\n", now.indexOf("cycle-time", now.indexOf("station St13 "))) + 1; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      List<Long> typo = new ArrayList<>();
      List<Long> rule = new ArrayList<>();
      for (int e = 0; e < edits; e++) {
        typo.add(doc.replace(unit, 1, "sec", p -> has(p, UNKNOWN_UNIT))); //$NON-NLS-1$
        typo.add(doc.replace(unit, 3, "s", p -> !has(p, UNKNOWN_UNIT))); //$NON-NLS-1$
        rule.add(doc.replace(distance, 4, "0100", p -> hasAt(p, CURTAIN, curtainLine))); //$NON-NLS-1$
        rule.add(doc.replace(distance, 4, "5000", p -> !hasAt(p, CURTAIN, curtainLine))); //$NON-NLS-1$
      }
      context.out().println(NLS.bind(Messages.Bench_edit, new Object[] {stations, list(typo), median(typo)}));
      context.out().println(NLS.bind(Messages.Bench_editRules, new Object[] {stations, list(rule), median(rule)}));
    }
  }

  /** An open document that the benchmark edits; each edit waits for the diagnostics it should bring. */
  private static final class Document {
    private final StringBuilder text;
    private final String uri;
    private final LspSession session;
    private int version = 1;

    Document(String text, String uri, LspSession session) {
      this.text = new StringBuilder(text);
      this.uri = uri;
      this.session = session;
    }

    int line(int offset) {
      int l = 0;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          l++;
        }
      }
      return l;
    }

    private Position position(int offset) {
      int line = line(offset);
      int start = text.lastIndexOf("\n", offset - 1) + 1; //$NON-NLS-1$
      return new Position(line, offset - start);
    }

    /** Replaces {@code length} characters; returns the milliseconds until a matching publication came. */
    long replace(int offset, int length, String with, Predicate<Publication> expected) throws Exception {
      Range range = new Range(position(offset), position(offset + length));
      text.replace(offset, offset + length, with);
      int from = session.client.publications().size();
      long t0 = System.nanoTime();
      session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
          List.of(new TextDocumentContentChangeEvent(range, with))));
      Publication p = session.client.await(from, q -> q.uri().equals(uri) && expected.test(q), LspSession.timeout());
      if (p == null) {
        throw new IllegalStateException("the edit brought no diagnostics: " + with); //$NON-NLS-1$
      }
      return (p.nanos() - t0) / 1_000_000;
    }
  }

  private static boolean has(Publication p, String code) {
    return p.diagnostics().stream().anyMatch(d -> code.equals(code(d)));
  }

  private static boolean hasAt(Publication p, String code, int line) {
    return p.diagnostics().stream().anyMatch(d -> code.equals(code(d)) && d.getRange().getStart().getLine() == line);
  }

  private static String code(Diagnostic d) {
    return d.getCode() == null ? "" : String.valueOf(d.getCode().get()); //$NON-NLS-1$
  }

  /** The command that starts a server: {@code --server} split at blanks, else this installation's {@code linebench lsp}. */
  private static List<String> server(String given) throws CommandException {
    if (given != null) {
      return Arrays.asList(given.trim().split("\\s+")); //$NON-NLS-1$
    }
    Path home = null;
    try {
      home = Path.of(Platform.getInstallLocation().getURL().toURI());
    } catch (Exception e) {
      // not an installation
    }
    boolean windows = System.getProperty("os.name", "").startsWith("Windows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path script = home == null ? null : home.resolve(windows ? "linebench.cmd" : "linebench"); //$NON-NLS-1$ //$NON-NLS-2$
    if (script == null || !Files.isRegularFile(script)) {
      throw new UsageException(Messages.Bench_noServer);
    }
    return List.of(script.toString(), "lsp"); //$NON-NLS-1$
  }

  private static String list(List<Long> ms) {
    return String.join(", ", ms.stream().map(String::valueOf).toList()); //$NON-NLS-1$
  }

  private static long median(List<Long> ms) {
    List<Long> s = ms.stream().sorted().toList();
    return s.isEmpty() ? -1 : s.get(s.size() / 2);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder
    }
  }

  @Override
  public String usage() {
    return Messages.Bench_usage;
  }
}
