package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.model.line.Line;
import org.linebench.testing.Sources;

/**
 * Loading side by side and scoping through an index find what one thread walking the resource set
 * finds: the same models, the same findings in the same places, on the examples and on a generated
 * plant with broken files.
 */
class LoadOptionsTest {
  private static final LineModels.Options PLAIN = new LineModels.Options(1, false);
  private static final LineModels.Options FAST = new LineModels.Options(4, true);

  private static List<String> findings(LineModels.Result r) {
    return r.issues().stream().map(i -> i.file().getFileName() + ":" + i.line() + ":" + i.column() + ": " + i.code()).toList();
  }

  @Test
  void theExamplesLoadTheSameEitherWay() throws Exception {
    List<Path> files = LineModels.collect(List.of(Sources.examples()));
    LineModels.Result plain = LineModels.load(files, PLAIN);
    LineModels.Result fast = LineModels.load(files, FAST);
    assertEquals(findings(plain), findings(fast));
    assertEquals(plain.files().keySet(), fast.files().keySet());
    assertEquals(List.of("parse", "index", "link", "validate"), List.copyOf(fast.phases().keySet()));
  }

  @Test
  void aGeneratedPlantWithBrokenFilesLoadsTheSameEitherWay(@TempDir Path dir) throws Exception {
    List<Path> files = SyntheticPlants.write(dir, 2000, 11, 50);
    assertEquals(41, files.size());
    // a unit misspelt in one file, a station renamed in another (the plant names its sensor), a flow cut in a third
    Files.writeString(files.get(3), Files.readString(files.get(3)).replaceFirst("cycle-time (\\d+) s", "cycle-time $1 sec"));
    edit(files.get(7), "station St0 ", "station St0x ");
    edit(files.get(12), "flow St10 -> St11\n", "");
    LineModels.Result plain = LineModels.load(files, PLAIN);
    LineModels.Result fast = LineModels.load(files, FAST);
    List<String> found = findings(fast);
    assertEquals(findings(plain), found);
    assertTrue(found.stream().anyMatch(f -> f.startsWith("L002.line:") && f.endsWith("line.unknown-unit")), found::toString);
    assertTrue(found.stream().anyMatch(f -> f.startsWith("plant.line:") && f.endsWith("line.unresolved-reference")), found::toString);
    assertTrue(found.stream().anyMatch(f -> f.startsWith("L011.line:") && f.endsWith("line.dead-end")), found::toString);
    assertEquals(stations(plain), stations(fast));
    assertEquals(2000, stations(fast));
  }

  private static long stations(LineModels.Result r) {
    return r.files().values().stream().flatMap(f -> f.getElements().stream()).filter(Line.class::isInstance)
        .mapToLong(l -> ((Line) l).getStations().size()).sum();
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    List<String> parts = new ArrayList<>(List.of(text.split(java.util.regex.Pattern.quote(from), 2)));
    assertEquals(2, parts.size(), from + " in " + file);
    Files.writeString(file, parts.get(0) + to + parts.get(1));
  }
}
