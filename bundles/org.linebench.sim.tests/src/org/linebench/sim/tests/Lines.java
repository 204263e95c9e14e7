package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Line;
import org.linebench.sim.line.LineSimulations;
import org.linebench.sim.line.SimulationException;
import org.linebench.sim.model.SimModel;
import org.linebench.testing.Sources;

/** Loading line files for the tests: the repository's examples, or text written into a folder. */
final class Lines {
  private Lines() {}

  static Path examples() {
    return Sources.examples();
  }

  /** Loads the files, asserts that they have no errors, and returns the line of that name. */
  static Line load(List<Path> files, String line) throws IOException {
    LineModels.Result r = LineModels.load(files);
    List<LineIssue> errors = r.issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).toList();
    assertEquals(List.of(), errors, "the line files have errors");
    return LineSimulations.lines(List.copyOf(r.files().values())).stream().filter(l -> l.getName().equals(line)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + line));
  }

  /** The body shop example with the catalogue it imports. */
  static SimModel bodyshop(List<String> notes) throws IOException, SimulationException {
    Path ex = examples();
    Line line = load(List.of(ex.resolve("bodyshop/bodyshop.line"), ex.resolve("library/catalogue.line")), "BodyInWhite");
    return LineSimulations.compile(line, notes::add);
  }

  /** A copy of the body shop example and the catalogue in a folder of its own (to change its data). */
  static Path copyBodyshop(Path dir) throws IOException {
    Path ex = examples();
    copy(ex.resolve("bodyshop"), dir.resolve("bodyshop"));
    copy(ex.resolve("library"), dir.resolve("library"));
    return dir.resolve("bodyshop");
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(all::add);
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Writes a line file into a folder. */
  static Path write(Path dir, String name, String text) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
