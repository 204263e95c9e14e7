package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;

/**
 * The leakage guard's index detection does not depend on the rows' order: AI4I's running index
 * UDI is caught with the rows shuffled, in partitions and in a sample (as the Spark job's tasks
 * see them), and AI4I's integer readings (rotational speed, tool wear) and wide integer columns
 * (timestamps) are not taken for identifiers.
 */
class LeakageGuardTest {
  private static final Set<String> READINGS = Set.of("Air temperature [K]", "Process temperature [K]", "Rotational speed [rpm]",
      "Torque [Nm]", "Tool wear [min]");
  private static String header;
  private static List<String> shuffled;

  @BeforeAll
  static void shuffle() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(CsvTableTest.ai4i(), StandardCharsets.UTF_8));
    header = lines.remove(0);
    Collections.shuffle(lines, new Random(11));
    shuffled = lines;
  }

  static Set<String> identifiers(String text) throws Exception {
    CsvTable t = CsvTable.parse("rows.csv", StandardCharsets.UTF_8, text);
    return Trainer.prepare(t, TrainingOptions.of("Machine failure"), TrainingMonitor.NONE).guard().stream()
        .filter(g -> g.kind() == GuardFinding.Kind.IDENTIFIER).map(GuardFinding::column).collect(Collectors.toSet());
  }

  static String table(List<String> rows) {
    return header + "\n" + String.join("\n", rows) + "\n";
  }

  @Test
  void theRunningIndexIsCaughtWithTheRowsShuffled() throws Exception {
    assertTrue(!shuffled.get(0).startsWith("1,"), "shuffled: " + shuffled.get(0));
    // Product ID is unique text; UDI unique integers 1..10000 in no order
    assertEquals(Set.of("UDI", "Product ID"), identifiers(table(shuffled)));
  }

  @Test
  void theRunningIndexIsCaughtInEveryPartition() throws Exception {
    for (int p = 0; p < 4; p++) {
      List<String> part = new ArrayList<>();
      for (int r = p; r < shuffled.size(); r += 4) {
        part.add(shuffled.get(r));
      }
      Set<String> ids = identifiers(table(part));
      assertTrue(ids.contains("UDI"), "partition " + p + ": " + ids);
      assertTrue(Collections.disjoint(READINGS, ids), "partition " + p + ": " + ids);
    }
  }

  @Test
  void aSampleOfTheIndexIsCaughtWhileItsSpanIsSmallForItsRows() throws Exception {
    // 500 of 10,000: 500 distinct integers in a span of 10,000 (readings that wide would repeat)
    assertTrue(identifiers(table(shuffled.subList(0, 500))).contains("UDI"));
    // 100 of 10,000: as likely a wide integer reading as an index, so not taken for one
    assertTrue(!identifiers(table(shuffled.subList(0, 100))).contains("UDI"));
  }

  @Test
  void integerReadingsAndTimestampsAreNoIdentifiers() throws Exception {
    Random random = new Random(5);
    StringBuilder b = new StringBuilder("id,speed,stamp,label\n");
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ids.add(1000 + 3 * i); // an index with gaps, shuffled
    }
    Collections.shuffle(ids, random);
    long stamp = 1_700_000_000_000L;
    for (int i = 0; i < 400; i++) {
      stamp += 1 + random.nextInt(60_000); // milliseconds between readings, all distinct
      b.append(ids.get(i)).append(',').append(1500 + Math.round(random.nextGaussian() * 150)).append(',').append(stamp).append(',')
          .append(random.nextInt(5) == 0 ? "bad" : "good").append('\n');
    }
    CsvTable t = CsvTable.parse("mixed.csv", StandardCharsets.UTF_8, b.toString());
    Set<String> idents = Trainer.prepare(t, TrainingOptions.of("label"), TrainingMonitor.NONE).guard().stream()
        .filter(g -> g.kind() == GuardFinding.Kind.IDENTIFIER).map(GuardFinding::column).collect(Collectors.toSet());
    assertEquals(Set.of("id"), idents);
  }
}
