package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.model.line.Line;

/** The generator behind the benchmarks writes plants that link across files and validate clean. */
class SyntheticPlantsTest {

  @Test
  void aThousandStationsInElevenFilesValidateClean(@TempDir Path dir) throws Exception {
    List<Path> files = SyntheticPlants.write(dir, 1000, 7);
    assertEquals(11, files.size(), "a plant file and ten line files");
    LineModels.Result r = LineModels.load(files);
    assertEquals(List.of(), r.issues());
    long stations = r.files().values().stream().flatMap(f -> f.getElements().stream()).filter(Line.class::isInstance)
        .mapToLong(l -> ((Line) l).getStations().size()).sum();
    assertEquals(1000, stations);
  }

  @Test
  void aBrokenGeneratedPlantIsCaught(@TempDir Path dir) throws Exception {
    List<Path> files = SyntheticPlants.write(dir, 150, 7);
    Path second = files.get(2);
    java.nio.file.Files.writeString(second, java.nio.file.Files.readString(second).replace("flow St10 -> St11\n", ""));
    LineModels.Result r = LineModels.load(files);
    assertEquals(List.of("line.dead-end", "line.unreachable"),
        r.issues().stream().map(i -> i.code()).distinct().sorted().toList());
  }
}
