package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.card.EventFigures;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.series.Events;
import org.linebench.ml.series.SeriesTable;

/**
 * Failure events: the label "fails within the horizon" of each reading (left out where the data end
 * before the horizon does and no failure came), and the figures of a model's warnings, on a fleet
 * with irregular readings and on a case small enough to count by hand.
 */
class EventsTest {
  @TempDir
  Path dir;

  private CsvTable write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return CsvTable.read(p, null);
  }

  /** One machine, a reading every hour 0..10, a failure at 7, a horizon of 3: counted by hand. */
  @Test
  void labelsOfOneMachineCountedByHand() throws Exception {
    StringBuilder b = new StringBuilder("machine,hour\n");
    for (int h = 0; h <= 10; h++) {
      b.append("M1,").append(h).append('\n');
    }
    CsvTable data = write("one.csv", b.toString());
    Events events = Events.read(write("one-events.csv", "machine,hour,cause\nM1,7,bearing\nM2,3,belt\n"), "machine", "hour");
    assertEquals(2, events.count());
    double[] labels = events.labels(SeriesTable.of(data, "machine", "hour"), 3);
    double n = Double.NaN;
    // 0..3: the failure at 7 comes after the horizon; 4..7: within it (7 itself: fails now);
    // 8..10: no failure after, and the data end before the horizon does: not known
    assertArrayEquals(new double[] {0, 0, 0, 0, 1, 1, 1, 1, n, n, n}, labels);
  }

  /**
   * A fleet with readings 1 or 2 hours apart, failures inside and after the data, machines with
   * none and a machine in the event file with no readings; the labels computed here by looking at
   * every event of the machine.
   */
  @Test
  void labelsOfAFleetMatchEveryEventLookedAt() throws Exception {
    Random random = new Random(13);
    double horizon = 5;
    StringBuilder data = new StringBuilder("machine,hour [h],temperature\n");
    StringBuilder eventFile = new StringBuilder("hour [h],machine\n");
    Map<String, List<Double>> failures = new HashMap<>();
    Map<String, Double> last = new HashMap<>();
    List<String> rowMachine = new ArrayList<>();
    List<Double> rowTime = new ArrayList<>();
    for (int m = 1; m <= 7; m++) {
      String name = "M" + m;
      int t = random.nextInt(20);
      int end = t + 60 + random.nextInt(80);
      for (; t <= end; t += 1 + random.nextInt(2)) {
        data.append(name).append(',').append(t).append(',').append(60 + random.nextInt(20)).append('\n');
        rowMachine.add(name);
        rowTime.add((double) t);
        last.put(name, (double) t);
      }
      List<Double> own = new ArrayList<>();
      int count = m == 3 ? 0 : 1 + random.nextInt(3);
      for (int e = 0; e < count; e++) {
        own.add((double) (20 + random.nextInt(end - 10))); // some after the last reading
      }
      if (m == 5) {
        own.add(last.get(name) + 3); // just after the data end: its last readings are known
      }
      failures.put(name, own);
    }
    failures.put("M99", List.of(12.0));
    // the event file in no order
    List<String> lines = new ArrayList<>();
    failures.forEach((m, es) -> es.forEach(e -> lines.add(String.format(java.util.Locale.ROOT, "%.0f,%s", e, m))));
    java.util.Collections.shuffle(lines, random);
    lines.forEach(l -> eventFile.append(l).append('\n'));

    Events events = Events.read(write("fleet-events.csv", eventFile.toString()), "machine", "hour [h]");
    double[] labels = events.labels(SeriesTable.of(write("fleet.csv", data.toString()), "machine", "hour [h]"), horizon);

    int[] counts = new int[3];
    for (int r = 0; r < labels.length; r++) {
      double t = rowTime.get(r);
      List<Double> own = failures.get(rowMachine.get(r));
      boolean fails = own.stream().anyMatch(e -> e >= t && e <= t + horizon);
      boolean laterFailure = own.stream().anyMatch(e -> e > t + horizon);
      boolean seenToTheEnd = t + horizon <= last.get(rowMachine.get(r));
      double expected = fails ? 1 : seenToTheEnd || laterFailure ? 0 : Double.NaN;
      assertEquals(expected, labels[r], rowMachine.get(r) + " at " + t);
      counts[Double.isNaN(expected) ? 2 : (int) expected]++;
    }
    assertTrue(counts[0] > 100 && counts[1] > 10 && counts[2] > 5, "every kind of label occurs: " + java.util.Arrays.toString(counts));
    assertEquals(rowMachine.size(), labels.length);
  }

  /**
   * Three machines read every hour 0..9 (machine A tested from hour 2 on), horizon 3 hours: A fails
   * at 8 (and at 50, after the data), B at 4, C at 9.
   *
   * <pre>
   *   A warned at 2,3 (a false alarm: the failure at 8 is more than 3 h away) and 6,7 (true; lead 8-6 = 2)
   *   B warned at 4 (true; lead 0) and 8 (false: no failure after)
   *   C warned at 0,1,2 and 5 (two false alarms); its failure at 9 is missed
   * </pre>
   *
   * Events 3 (A at 50 has no tested reading before it), caught 2; alarms 6, true 2; false alarms 4
   * over 7 + 9 + 9 = 25 machine-hours: 160 per 1000 hours, 4 / (25 / 730.485) = 116.8776 per
   * machine and month (of 30.436875 days).
   */
  @Test
  void figuresCountedByHand() throws Exception {
    StringBuilder b = new StringBuilder("machine,hour [h]\n");
    for (String m : new String[] {"A", "B", "C"}) {
      for (int h = 0; h <= 9; h++) {
        b.append(m).append(',').append(h).append('\n');
      }
    }
    SeriesTable series = SeriesTable.of(write("abc.csv", b.toString()), "machine", "hour [h]");
    Events events = Events.read(write("abc-events.csv", "machine,hour [h]\nC,9\nA,50\nB,4\nA,8\n"), "machine", "hour [h]");
    // tested rows (table rows: A 0..9, B 10..19, C 20..29), in no order; A's hours 0 and 1 not tested
    List<Integer> rows = new ArrayList<>();
    for (int r = 29; r >= 2; r--) {
      rows.add(r);
    }
    java.util.Collections.shuffle(rows, new Random(3));
    java.util.Set<Integer> warnedRows = java.util.Set.of(2, 3, 6, 7, 14, 18, 20, 21, 22, 25);
    int[] tested = rows.stream().mapToInt(Integer::intValue).toArray();
    boolean[] warned = new boolean[tested.length];
    for (int i = 0; i < tested.length; i++) {
      warned[i] = warnedRows.contains(tested[i]);
    }
    EventFigures f = events.figures(series, tested, warned, 3);
    assertEquals(3, f.horizon());
    assertEquals(3, f.events());
    assertEquals(2, f.caught());
    assertEquals(2 / 3.0, f.recall(), 1e-12);
    assertEquals(6, f.alarms());
    assertEquals(2, f.trueAlarms());
    assertEquals(1 / 3.0, f.precision(), 1e-12);
    assertEquals(116.8776, f.falseAlarmsPerUnitMonth(), 1e-9);
    assertEquals(160, f.falseAlarmsPerUnit1000(), 1e-9);
    assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2}, f.leadTimes(), 1e-12);

    // a time without a unit of time: no months, per 1000 time units only
    SeriesTable plain = SeriesTable.of(write("abc-plain.csv", b.toString().replace("hour [h]", "hour")), "machine", "hour");
    Events plainEvents = Events.read(write("abc-plain-events.csv", "machine,hour\nC,9\nA,50\nB,4\nA,8\n"), "machine", "hour");
    EventFigures p = plainEvents.figures(plain, tested, warned, 3);
    assertNull(p.falseAlarmsPerUnitMonth());
    assertEquals(160, p.falseAlarmsPerUnit1000(), 1e-9);

    // no warning at all: nothing caught, no alarm, no lead time
    EventFigures none = events.figures(series, tested, new boolean[tested.length], 3);
    assertEquals(3, none.events());
    assertEquals(0, none.caught());
    assertEquals(0, none.alarms());
    assertEquals(0, none.precision());
    assertEquals(0, none.leadTimes().length);
  }
}
