package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.series.SeriesFeature;
import org.linebench.ml.series.SeriesFeatures;
import org.linebench.ml.series.SeriesStream;
import org.linebench.ml.series.SeriesTable;

/** Windows, lags and differences per unit: against a direct computation, on FD003 and on bad input. */
class SeriesFeaturesTest {

  private static CsvTable csv(String text) throws DataException {
    return CsvTable.parse("t.csv", StandardCharsets.UTF_8, text);
  }

  @Test
  void windowsAreReadAsRowsOrTime() {
    assertEquals(new Window(5, 0), Window.parse("5"));
    assertEquals(new Window(0, 600), Window.parse("10min"));
    assertEquals(new Window(0, 5400), Window.parse("1.5h"));
    assertEquals(new Window(0, 0.25), Window.parse("250ms"));
    assertEquals("10min", Window.parse("600s").toString());
    assertEquals("1d", Window.parse("24h").toString());
    assertEquals("20", Window.parse(" 20 ").toString());
    for (String bad : new String[] {"0", "-3", "5x", "1.5", "min", "", "100001"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Window.parse(bad), bad);
      assertTrue(e.getMessage().contains(bad.strip()), e.getMessage());
    }
  }

  /** Each statistic of every window, computed directly from the rows in it. */
  private static double[] direct(List<double[]> window) {
    List<double[]> present = window.stream().filter(e -> !Double.isNaN(e[1])).toList();
    int n = present.size();
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    }
    double mean = present.stream().mapToDouble(e -> e[1]).average().getAsDouble();
    double mx = present.stream().mapToDouble(e -> e[0]).average().getAsDouble();
    double ss = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] e : present) {
      ss += (e[1] - mean) * (e[1] - mean);
      sxx += (e[0] - mx) * (e[0] - mx);
      sxy += (e[0] - mx) * (e[1] - mean);
    }
    return new double[] {mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), present.stream().mapToDouble(e -> e[1]).min().getAsDouble(),
        present.stream().mapToDouble(e -> e[1]).max().getAsDouble(), n < 2 || sxx < 1e-9 ? Double.NaN : sxy / sxx,
        present.get(present.size() - 1)[1]};
  }

  @Test
  void rollingStatisticsEqualTheirDirectComputation() throws Exception {
    Random random = new Random(7);
    for (int trial = 0; trial < 40; trial++) {
      boolean rows = trial % 2 == 0;
      int w = 1 + random.nextInt(trial % 4 == 0 ? 150 : 30); // short windows from the ring of readings, long ones by running sums
      int span = 1 + random.nextInt(40);
      String window = rows ? Integer.toString(w) : span + "s";
      List<SeriesFeature> features = new ArrayList<>();
      for (String stat : SeriesFeature.STATS) {
        features.add(SeriesFeature.of("x", stat, window));
      }
      SeriesStream stream = new SeriesStream(features, 1);
      List<double[]> history = new ArrayList<>();
      // large, drifting readings far from zero, times far from zero with repeats: what rounding errors grow on
      double time = 1e7 * random.nextDouble();
      double level = 1e4 * random.nextGaussian();
      double[] out = new double[features.size()];
      for (int i = 0; i < 2000; i++) {
        time += rows ? 1 : random.nextInt(4);
        double y = random.nextDouble() < 0.1 ? Double.NaN : level + random.nextGaussian() + 0.01 * i;
        stream.next("unit", time, new double[] {y}, out);
        history.add(new double[] {rows ? i : time, y});
        List<double[]> in = new ArrayList<>();
        for (int j = history.size() - 1; j >= 0 && (rows ? j > i - w : history.get(j)[0] > time - span); j--) {
          in.add(0, history.get(j));
        }
        double[] expected = direct(in);
        for (int k = 0; k < expected.length; k++) {
          String what = window + " " + SeriesFeature.STATS.get(k) + " at row " + i;
          if (Double.isNaN(expected[k])) {
            assertTrue(Double.isNaN(out[k]), what + ": " + out[k]);
          } else {
            assertEquals(expected[k], out[k], 1e-9 * Math.max(1, Math.abs(expected[k])), what);
          }
        }
      }
    }
  }

  @Test
  void lagsAndDifferencesLookBackWithinTheUnit() throws Exception {
    CsvTable t = csv("unit,cycle,x\na,1,10\nb,1,100\na,2,13\na,3,19\nb,2,90\na,4,18\n");
    SeriesTable s = SeriesTable.of(t, "unit", "cycle");
    List<SeriesFeature> f = List.of(SeriesFeature.of("x", SeriesFeature.LAG, "1"), SeriesFeature.of("x", SeriesFeature.LAG, "2"),
        SeriesFeature.of("x", SeriesFeature.DIFF, "1"), SeriesFeature.of("x", SeriesFeature.MEAN, "2"));
    double[][] v = SeriesFeatures.compute(s, f);
    double nan = Double.NaN;
    assertArrayEquals(new double[] {nan, nan, 10, 13, 100, 19}, v[0]);
    assertArrayEquals(new double[] {nan, nan, nan, 10, nan, 13}, v[1]);
    assertArrayEquals(new double[] {nan, nan, 3, 6, -10, -1}, v[2]);
    assertArrayEquals(new double[] {10, 100, 11.5, 16, 95, 18.5}, v[3]);
    assertEquals("x lag(1)", f.get(0).name());
  }

  @Test
  void timeWindowsReadDatesAndTimeUnits() throws Exception {
    CsvTable t = csv("machine,time,temperature [°C]\nM1,2026-01-31 08:00:00,20\nM1,2026-01-31T08:00:30,22\nM1,2026-01-31 08:01:10,30\n"
        + "M1,2026/01/31 08:02:05.5,40\n");
    SeriesTable s = SeriesTable.of(t, "machine", "time");
    assertEquals(1, s.secondsPerTimeUnit());
    assertEquals(1_769_846_400.0, s.time(0), 1e-6, "2026-01-31 08:00 read as UTC");
    assertEquals(125.5, s.time(3) - s.time(0), 1e-6);
    double[][] v = SeriesFeatures.compute(s, List.of(SeriesFeature.of("temperature [°C]", SeriesFeature.MEAN, "1min")));
    assertArrayEquals(new double[] {20, 21, 26, 35}, v[0], 1e-12, "the readings of the last minute, the current one included");
    // the same times in minutes, declared in the header: the same windows
    CsvTable m = csv("machine,t [min],x\nM1,0,20\nM1,0.5,22\nM1,1.1666666666666667,30\nM1,2.0916666666666667,40\n");
    double[][] w = SeriesFeatures.compute(SeriesTable.of(m, "machine", "t [min]"), List.of(SeriesFeature.of("x", SeriesFeature.MEAN, "1min")));
    assertArrayEquals(v[0], w[0], 1e-12);
    assertEquals("°C", SeriesFeatures.columns(t, List.of(SeriesFeature.of("temperature [°C]", SeriesFeature.MAX, "1min"))).get(0).unit());
  }

  @Test
  void interleavedUnitsGiveEachRowTheFeaturesOfItsOwnUnit() throws Exception {
    CsvTable train = Cmapss.trainTable();
    List<SeriesFeature> features = new ArrayList<>();
    for (String sensor : new String[] {"T24", "T50", "Ps30"}) {
      for (String stat : SeriesFeature.STATS) {
        features.add(SeriesFeature.of(sensor, stat, "20"));
      }
      features.add(SeriesFeature.of(sensor, SeriesFeature.DIFF, "3"));
    }
    double[][] inOrder = SeriesFeatures.compute(SeriesTable.of(train, "unit", "cycle"), features);
    // the same rows as a logger writing all engines at once would: units interleaved, each in time order
    List<Integer> order = new ArrayList<>();
    List<List<Integer>> byUnit = new ArrayList<>();
    for (int r = 0; r < train.rowCount(); r++) {
      int u = (int) train.number(r, 0) - 1;
      while (byUnit.size() <= u) {
        byUnit.add(new ArrayList<>());
      }
      byUnit.get(u).add(r);
    }
    Random random = new Random(3);
    int[] next = new int[byUnit.size()];
    while (order.size() < train.rowCount()) {
      int u = random.nextInt(byUnit.size());
      if (next[u] < byUnit.get(u).size()) {
        order.add(byUnit.get(u).get(next[u]++));
      }
    }
    StringBuilder text = new StringBuilder("unit,cycle,T24,T50,Ps30\n");
    for (int r : order) {
      text.append(train.value(r, 0)).append(',').append(train.value(r, 1)).append(',').append(train.value(r, train.columnIndex("T24")))
          .append(',').append(train.value(r, train.columnIndex("T50"))).append(',').append(train.value(r, train.columnIndex("Ps30")))
          .append('\n');
    }
    CsvTable mixed = csv(text.toString());
    double[][] interleaved = SeriesFeatures.compute(SeriesTable.of(mixed, "unit", "cycle"), features);
    for (int i = 0; i < order.size(); i++) {
      for (int f = 0; f < features.size(); f++) {
        assertEquals(inOrder[f][order.get(i)], interleaved[f][i], 0, features.get(f).name() + " at line " + mixed.line(i));
      }
    }
    // FD003 engine 1, cycle 20: the mean of T24 over its first 20 cycles, as the file has them
    double sum = 0;
    for (int r = 0; r < 20; r++) {
      sum += train.number(r, train.columnIndex("T24"));
    }
    assertEquals(sum / 20, inOrder[0][19], 1e-9);
  }

  @Test
  void badSeriesStopWithFileLineAndWhy() throws Exception {
    DataException back = assertThrows(DataException.class,
        () -> SeriesTable.of(csv("unit,cycle,x\n1,1,5\n1,2,6\n2,1,7\n1,1,8\n"), "unit", "cycle"));
    assertEquals(5, back.line());
    assertEquals(2, back.column());
    assertTrue(back.getMessage().contains("unit 1") && back.getMessage().contains("line 3"), back.getMessage());
    DataException unknown = assertThrows(DataException.class, () -> SeriesTable.of(csv("unit,cycle,x\n1,1,5\n"), "engine", "cycle"));
    assertTrue(unknown.describe().startsWith("t.csv:1: there is no column 'engine'; the columns are: unit, cycle, x"), unknown.describe());
    DataException word = assertThrows(DataException.class, () -> SeriesTable.of(csv("unit,time,x\n1,2026-01-01,5\n1,soon,6\n"), "unit", "time"));
    assertEquals(3, word.line());
    assertTrue(word.getMessage().contains("'soon'"), word.getMessage());
    SeriesTable s = SeriesTable.of(csv("unit,cycle,x\n1,1,5\n1,2,6\n2,1,7\n"), "unit", "cycle");
    DataException tooLong = assertThrows(DataException.class,
        () -> SeriesFeatures.define(s, List.of("x"), List.of(Window.parse("3")), SeriesFeature.DEFAULT_STATS, List.of(), List.of()));
    assertTrue(tooLong.getMessage().contains("window 3 is longer than every series: the longest (unit 1) has 2 rows"), tooLong.getMessage());
    DataException noUnit = assertThrows(DataException.class,
        () -> SeriesFeatures.define(s, List.of("x"), List.of(Window.parse("10min")), SeriesFeature.DEFAULT_STATS, List.of(), List.of()));
    assertTrue(noUnit.getMessage().contains("column 'cycle' has no unit of time"), noUnit.getMessage());
    DataException lag = assertThrows(DataException.class,
        () -> SeriesFeatures.define(s, List.of("x"), List.of(), SeriesFeature.DEFAULT_STATS, List.of(2), List.of()));
    assertTrue(lag.getMessage().contains("2 rows"), lag.getMessage());
  }

  @Test
  void memoryPerUnitFollowsTheWindows() {
    List<SeriesFeature> small = List.of(SeriesFeature.of("x", SeriesFeature.MEAN, "5"));
    List<SeriesFeature> large = List.of(SeriesFeature.of("x", SeriesFeature.MEAN, "500"));
    SeriesStream a = new SeriesStream(small, 1);
    SeriesStream b = new SeriesStream(large, 1);
    double[] out = new double[1];
    List<String> units = new ArrayList<>();
    for (int u = 0; u < 100; u++) {
      units.add("unit-" + u);
    }
    Collections.shuffle(units, new Random(1));
    for (String u : units) {
      for (int i = 0; i < 10; i++) {
        a.next(u, i, new double[] {i}, out);
        b.next(u, i, new double[] {i}, out);
      }
    }
    assertEquals(100, a.unitCount());
    assertTrue(a.bytes() < 100 * 1024, "a window of 5 rows keeps well under 1 KB per unit: " + a.bytes());
    assertTrue(b.bytes() > 100 * 500 * 8, "a window of 500 rows keeps its rows: " + b.bytes());
  }
}
