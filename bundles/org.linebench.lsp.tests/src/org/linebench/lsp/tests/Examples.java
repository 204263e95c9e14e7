package org.linebench.lsp.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linebench.cli.CommandContext;
import org.linebench.rules.cli.ValidateCommand;
import org.linebench.rules.report.Texts;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The repository's examples, and what {@code linebench validate} says about them. */
final class Examples {
  private Examples() {}

  /** The source tree, as the build tells the tests. */
  static Path root() {
    String root = System.getProperty("linebench.root");
    Path p = root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
    if (!Files.isDirectory(p.resolve("examples"))) {
      throw new IllegalStateException("no examples folder at " + p);
    }
    return p;
  }

  static Path folder(String name) {
    return root().resolve("examples").resolve(name);
  }

  /**
   * One finding as both sides can say it: file (relative to the examples), 1-based line and column,
   * severity, code (rule id or issue code) and message (a rule's with its standard and clause after
   * it, as the server and the text report say it).
   */
  record Row(String file, int line, int column, String severity, String code, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + severity + ": " + message + " [" + code + "]";
    }
  }

  /** The order both sides are compared in. */
  static final java.util.Comparator<Row> ORDER = java.util.Comparator.comparing(Row::file).thenComparingInt(Row::line)
      .thenComparingInt(Row::column).thenComparing(Row::code).thenComparing(Row::message);

  /** {@code linebench validate <folder> --format json}, run in the examples folder; its findings in order. */
  static List<Row> validate(String folder, Locale locale) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new ValidateCommand().run(new CommandContext(List.of(folder, "--format", "json"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), locale, root().resolve("examples")));
    JsonObject report = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
    List<Row> rows = new ArrayList<>();
    for (JsonElement e : report.getAsJsonArray("findings")) {
      JsonObject f = e.getAsJsonObject();
      String citation = f.get("citation").getAsString();
      String message = f.get("message").getAsString() + (citation.isEmpty() ? "" : Texts.of(locale).bind("text.citation", citation));
      rows.add(new Row(f.get("file").getAsString(), f.get("line").getAsInt(), f.get("column").getAsInt(), f.get("severity").getAsString(),
          f.get("ruleId").getAsString(), message));
    }
    rows.sort(ORDER);
    return rows;
  }
}
