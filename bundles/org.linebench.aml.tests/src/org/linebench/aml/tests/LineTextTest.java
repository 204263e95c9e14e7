package org.linebench.aml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.aml.internal.LineText;
import org.linebench.dsl.api.LineFormatting;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.LineFile;

/**
 * The import's text writer: every example written back from its model is laid out as the line
 * formatter lays it out, and reads back as the same lines.
 */
class LineTextTest {

  @Test
  void everyExampleWrittenFromItsModelIsFormattedAndTheSame(@TempDir Path tmp) throws Exception {
    LineModels.Result all = LineModels.load(LineModels.collect(List.of(Fixtures.examples())));
    Map<Path, String> written = new LinkedHashMap<>();
    for (Map.Entry<Path, LineFile> f : all.files().entrySet()) {
      String text = LineText.write(f.getValue());
      assertEquals(LineFormatting.format(LineModels.injector(), text), text, "formatted: " + f.getKey());
      Path copy = tmp.resolve(Fixtures.examples().relativize(f.getKey()));
      Files.createDirectories(copy.getParent());
      Files.writeString(copy, text);
      written.put(copy, text);
    }
    // the models' cards and the data the lines name lie beside the examples
    try (var examples = Files.list(Fixtures.examples())) {
      for (Path example : examples.filter(Files::isDirectory).toList()) {
        for (String folder : List.of("models", "data")) {
          if (Files.isDirectory(example.resolve(folder))) {
            copyTree(example.resolve(folder), tmp.resolve(example.getFileName().toString()).resolve(folder));
          }
        }
      }
    }
    LineModels.Result again = LineModels.load(List.copyOf(written.keySet()));
    assertEquals(List.of(), again.issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).toList());
    assertEquals(all.issues().size(), again.issues().size(), "the same warnings");
    assertEquals(Fingerprint.of(all.files()), rebase(Fingerprint.of(again.files()), tmp));
  }

  private static java.util.TreeSet<String> rebase(java.util.TreeSet<String> facts, Path tmp) {
    java.util.TreeSet<String> r = new java.util.TreeSet<>();
    for (String f : facts) {
      r.add(f.replace(tmp.toString(), Fixtures.examples().toString()));
    }
    return r;
  }

  static void copyTree(Path from, Path to) throws java.io.IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
