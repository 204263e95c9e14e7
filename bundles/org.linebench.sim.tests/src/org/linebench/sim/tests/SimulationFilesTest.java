package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.testing.Sources;

/**
 * The simulation checks that read files (this bundle's {@code SimulationDataValidator}, contributed
 * to the language): the model card, readings and data beside the line file, loaded as the command
 * line loads them.
 */
class SimulationFilesTest {
  private static final String CLEAN = """
      namespace t
      plant P {
      	country CN
      	line L {
      		source In every 50 s exponential
      		station B inspection {
      			cycle-time 30 s
      		}
      		buffer Q capacity 4
      		sink Out
      		flow In -> Q
      		flow Q -> B
      		flow B -> Out
      	}
      }
      """;

  /** Cases whose check reads files: the model card, readings and data beside the line file. */
  @Test
  void filesTheLineNamesAreChecked(@TempDir Path dir) throws Exception {
    Path models = dir.resolve("models/tip-wear");
    Files.createDirectories(models);
    Path example = Sources.examples("bodyshop");
    for (String f : new String[] {"model.json", "model.bin"}) {
      Files.copy(example.resolve("models/tip-wear").resolve(f), models.resolve(f));
    }
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/cycles.csv"), "n,Cycle time [s]\n1,50\n2,52\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("data/readings.csv"), "T [°C],W [min]\n190,20\n", StandardCharsets.UTF_8);
    String station = """
        		station W welding {
        			cycle-time 50 s empirical "data/cycles.csv" column "Cycle time [s]"
        			stopping-time 300 ms
        			zone Z
        			sensor T measures temperature unit °C
        			sensor W measures time unit min
        			model TipWear card "models/tip-wear/model.json" purpose maintenance {
        				feature "Electrode temperature [°C]" -> T
        				feature "Tip wear [min]" -> W
        			}
        			failures predicted-by TipWear readings "data/readings.csv" repair 2 min
        		}
        """;
    String text = CLEAN.replace("\t\tbuffer Q capacity 4\n", station + "\t\tbuffer Q capacity 4\n").replace("flow Q -> B", "flow Q -> W\n\t\tflow W -> B");
    assertEquals(List.of(), codes(dir, text), "the line with files that are there");
    assertEquals(List.of("line.data-file"), codes(dir, text.replace("\"data/cycles.csv\"", "\"data/none.csv\"")));
    assertEquals(List.of("line.data-file"), codes(dir, text.replace("column \"Cycle time [s]\"", "column \"Cycle\"")));
    assertEquals(List.of("line.failure-data"), codes(dir, text.replace("\"data/readings.csv\"", "\"data/nothing.csv\"")));
    Files.writeString(dir.resolve("data/readings.csv"), "T [°C],Wear\n190,20\n", StandardCharsets.UTF_8);
    assertEquals(List.of("line.failure-data"), codes(dir, text), "no column for the feature 'Tip wear [min]'");
    Files.writeString(dir.resolve("data/readings.csv"), "T [°C],W [min]\n190,20\n", StandardCharsets.UTF_8);
    assertEquals(List.of("line.failure-data"), codes(dir, text.replace(" readings \"data/readings.csv\"", "")),
        "no readings, and the model's training data is not beside its card");
    assertEquals(List.of("line.failure-model"), codes(dir, text.replace("purpose maintenance", "purpose quality")));
    assertEquals(List.of("line.failure-repair"), codes(dir, text.replace(" repair 2 min", "")));
  }

  private static List<String> codes(Path dir, String text) throws Exception {
    Path file = dir.resolve("sim.line");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return LineModels.load(List.of(file)).issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR)
        .map(LineIssue::code).distinct().toList();
  }

}
