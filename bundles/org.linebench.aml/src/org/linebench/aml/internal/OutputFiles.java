package org.linebench.aml.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.linebench.core.AtomicFiles;

/**
 * The line files an import writes, spooled into a temporary folder while the AutomationML file
 * streams, and put in place only when the whole import succeeded, each file atomically: an import
 * that fails leaves the output folder as it was.
 */
final class OutputFiles implements AutoCloseable {
  /** A line file being written. */
  final class Output {
    final String relative;
    final String namespace;
    final LineText text;
    /** Names of its top-level elements. */
    final Set<String> names = new HashSet<>();
    private final Path temp;
    private final Writer writer;
    int elements;

    private Output(String relative, String namespace, List<String> imports) throws IOException {
      this.relative = relative;
      this.namespace = namespace;
      this.temp = spool.resolve("f" + outputs.size() + ".line"); //$NON-NLS-1$ //$NON-NLS-2$
      this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
      this.text = new LineText(writer);
      text.header(namespace, imports);
    }

    /** Where it will lie. */
    Path path() {
      return folder.resolve(relative);
    }
  }

  private final Path folder;
  private final Path spool;
  private final Map<String, Output> outputs = new LinkedHashMap<>();

  OutputFiles(Path folder) throws IOException {
    this.folder = folder.toAbsolutePath().normalize();
    this.spool = Files.createTempDirectory("linebench-import"); //$NON-NLS-1$
  }

  /** The file at this path below the output folder; opened with its namespace and imports when new. */
  Output get(String relative, String namespace, List<String> imports) throws IOException {
    Output o = outputs.get(relative);
    if (o == null) {
      o = new Output(relative, namespace, imports);
      outputs.put(relative, o);
    }
    return o;
  }

  /** Puts every file that got elements in place; returns their paths. */
  List<Path> commit() throws IOException {
    List<Path> written = new ArrayList<>();
    for (Output o : outputs.values()) {
      o.writer.close();
    }
    for (Output o : outputs.values()) {
      if (o.elements > 0) {
        AtomicFiles.write(o.path(), out -> Files.copy(o.temp, out));
        written.add(o.path());
      }
    }
    return written;
  }

  @Override
  public void close() throws IOException {
    for (Output o : outputs.values()) {
      o.writer.close();
    }
    try (Stream<Path> s = Files.walk(spool)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
