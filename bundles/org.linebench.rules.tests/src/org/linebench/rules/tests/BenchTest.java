package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.rules.PlantModel;
import org.linebench.rules.cli.BenchRulesCommand;

/**
 * The CN pack on the generated plant of 10,000 stations, after parsing. The target is 0.5 s; the
 * test allows 2 s so that a busy CI machine does not fail it, and prints the figure.
 */
class BenchTest {

  @Test
  void cnPackOnTenThousandStations(@TempDir Path dir) throws Exception {
    LineModels.Result loaded = LineModels.load(SyntheticPlants.write(dir, 10_000, 42));
    assertEquals(0, loaded.errorCount());
    List<PlantModel> plants = PlantModel.of(loaded.files().values());
    assertEquals(1, plants.size());
    assertEquals(100, plants.get(0).lines().size());
    CommandContext context = new CommandContext(List.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        System.err, Fixtures.EN, dir);
    BenchRulesCommand.Result r = BenchRulesCommand.measure(List.of(Fixtures.pack("cn")), plants, context, 5);
    System.out.println("bench-rules: CN pack on 10000 stations: median " + r.median() + " ms, first " + r.first() + " ms, "
        + r.findings() + " findings");
    assertTrue(r.findings() > 0, "the synthetic plant has findings (machining guards of 1400 mm at 300 mm)");
    assertTrue(r.median() <= 2000, "CN pack took " + r.median() + " ms");
  }
}
