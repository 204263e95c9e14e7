package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.linebench.ml.series.Folds;

/** Grouped k-fold and forward chaining over generated units, times and classes. */
class FoldsTest {

  @Test
  void groupedFoldsKeepEveryUnitTogetherAndBalanceRowsAndClasses() {
    Random random = new Random(5);
    int units = 60;
    int[] unit = new int[12_000];
    int[] classes = new int[unit.length];
    for (int r = 0; r < unit.length; r++) {
      unit[r] = random.nextInt(units);
      // a rare class, concentrated in a few units
      classes[r] = unit[r] % 10 == 0 && random.nextDouble() < 0.3 ? 1 : 0;
    }
    List<Folds.Fold> folds = Folds.grouped(unit, units, classes, 2, 5, 1);
    assertEquals(5, folds.size());
    int[] testedIn = new int[unit.length];
    Arrays.fill(testedIn, -1);
    int rare = (int) Arrays.stream(classes).filter(c -> c == 1).count();
    for (int f = 0; f < folds.size(); f++) {
      Folds.Fold fold = folds.get(f);
      assertEquals(unit.length, fold.train().length + fold.test().length, "train and test make up all rows");
      Set<Integer> testUnits = new HashSet<>();
      for (int r : fold.test()) {
        assertEquals(-1, testedIn[r], "each row is tested once");
        testedIn[r] = f;
        testUnits.add(unit[r]);
      }
      for (int r : fold.train()) {
        assertTrue(!testUnits.contains(unit[r]), "no unit on both sides: unit " + unit[r] + " in fold " + f);
      }
      assertEquals(unit.length / 5.0, fold.test().length, unit.length * 0.05, "rows per fold");
      long rareInFold = Arrays.stream(fold.test()).filter(r -> classes[r] == 1).count();
      assertEquals(rare / 5.0, rareInFold, rare * 0.12, "rare rows per fold");
    }
    assertTrue(Arrays.stream(testedIn).allMatch(f -> f >= 0));
    IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> Folds.grouped(new int[] {0, 1, 2}, 3, null, 1, 5, 1));
    assertTrue(few.getMessage().contains("3 units cannot fill 5 folds"), few.getMessage());
  }

  @Test
  void forwardChainingTrainsOnThePastOnly() {
    Random random = new Random(9);
    double[] time = new double[5000];
    for (int r = 0; r < time.length; r++) {
      time[r] = random.nextInt(400); // many rows share a time
    }
    double gap = 7;
    List<Folds.Fold> folds = Folds.forward(time, 4, gap);
    assertEquals(4, folds.size());
    double previousEnd = Double.NEGATIVE_INFINITY;
    int tested = 0;
    for (Folds.Fold f : folds) {
      double start = Arrays.stream(f.test()).mapToDouble(r -> time[r]).min().getAsDouble();
      double end = Arrays.stream(f.test()).mapToDouble(r -> time[r]).max().getAsDouble();
      assertTrue(start > previousEnd, "periods follow each other without overlap");
      previousEnd = end;
      assertTrue(Arrays.stream(f.train()).allMatch(r -> time[r] < start - gap), "only rows more than the gap before the period");
      assertTrue(Arrays.stream(f.train()).anyMatch(r -> time[r] >= start - gap - 1));
      for (int r = 0; r < time.length; r++) {
        if (time[r] >= start && time[r] <= end) {
          assertTrue(Arrays.binarySearch(f.test(), r) >= 0, "all rows of a time in one period");
        }
      }
      tested += f.test().length;
      assertEquals(time.length / 5.0, f.test().length, time.length * 0.02, "periods of about equal rows");
    }
    double firstStart = Arrays.stream(folds.get(0).test()).mapToDouble(r -> time[r]).min().getAsDouble();
    assertEquals(Arrays.stream(time).filter(t -> t >= firstStart).count(), tested, "every row but the first period's is tested once");
    assertThrows(IllegalArgumentException.class, () -> Folds.forward(time, 4, 1000));
    assertThrows(IllegalArgumentException.class, () -> Folds.forward(new double[] {1, 1, 1, 2}, 4, 0), "too few distinct times");
  }

  @Test
  void shuffledFoldsPartitionTheRows() {
    List<Folds.Fold> folds = Folds.shuffled(103, 10, 4);
    int[] count = new int[103];
    for (Folds.Fold f : folds) {
      assertTrue(f.test().length == 10 || f.test().length == 11);
      for (int r : f.test()) {
        count[r]++;
      }
    }
    assertTrue(Arrays.stream(count).allMatch(c -> c == 1));
  }
}
