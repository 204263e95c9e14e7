package org.linebench.ml.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Splits that respect the data, over rows numbered 0..n-1: grouped k-fold (every row of a unit in
 * one fold) and forward chaining (train on the past, test on the next period, a gap between).
 */
public final class Folds {
  private Folds() {}

  /**
   * One round of an evaluation.
   *
   * @param train the rows it trains on, ascending
   * @param test the rows it tests on, ascending
   */
  public record Fold(int[] train, int[] test) {}

  /**
   * Grouped k-fold: the units are dealt to k folds so that every fold gets about the same rows and,
   * for classes, about the same rows of each class (units with the most rows of the rarest classes
   * first, each to the fold that brings the fold's class counts nearest to its share).
   *
   * @param unit each row's unit, 0..units-1
   * @param classes each row's class, 0..k-1, or null for a numeric target
   * @throws IllegalArgumentException when there are fewer units than folds
   */
  public static List<Fold> grouped(int[] unit, int units, int[] classes, int numClasses, int k, long seed) {
    if (units < k) {
      throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Folds_fewUnits, units, k));
    }
    int c = classes == null ? 1 : numClasses;
    long[][] counts = new long[units][c];
    long[] total = new long[c];
    for (int r = 0; r < unit.length; r++) {
      int y = classes == null ? 0 : classes[r];
      counts[unit[r]][y]++;
      total[y]++;
    }
    // rarest classes weigh most: a unit's weight is its rows of each class over that class's total
    Integer[] order = shuffled(units, seed);
    double[] weight = new double[units];
    for (int u = 0; u < units; u++) {
      for (int y = 0; y < c; y++) {
        weight[u] += total[y] == 0 ? 0 : counts[u][y] / (double) total[y];
      }
    }
    Arrays.sort(order, Comparator.comparingDouble(u -> -weight[u]));
    long[][] fold = new long[k][c];
    int[] foldOf = new int[units];
    for (int u : order) {
      int best = 0;
      double bestCost = Double.MAX_VALUE;
      for (int f = 0; f < k; f++) {
        double cost = 0; // how much further from its share of each class the fold gets
        for (int y = 0; y < c; y++) {
          double share = total[y] / (double) k;
          double before = fold[f][y] - share;
          double after = before + counts[u][y];
          cost += total[y] == 0 ? 0 : (after * after - before * before) / (total[y] * (double) total[y]);
        }
        if (cost < bestCost - 1e-15) { // a tie goes to the first fold
          bestCost = cost;
          best = f;
        }
      }
      foldOf[u] = best;
      for (int y = 0; y < c; y++) {
        fold[best][y] += counts[u][y];
      }
    }
    return dealt(unit.length, k, r -> foldOf[unit[r]]);
  }

  /**
   * Forward chaining: the rows are ordered by time and cut into k + 1 periods of about the same
   * rows (rows of one time stay together); round i tests on period i + 1 and trains on every row
   * before it that is more than {@code gap} earlier than the period's start.
   *
   * @param time each row's time
   * @param gap time left out between the training rows and the tested period (0 for none)
   * @throws IllegalArgumentException when the data has fewer than k + 1 distinct times, or a gap
   *         leaves a round nothing to train on
   */
  public static List<Fold> forward(double[] time, int k, double gap) {
    double[] sorted = time.clone();
    Arrays.sort(sorted);
    List<Double> cuts = new ArrayList<>(); // the first time of periods 1..k
    for (int p = 1; p <= k; p++) {
      int i = (int) ((long) p * sorted.length / (k + 1));
      double t = sorted[i];
      // a period starts at a new time: rows of the same time stay in the period before
      while (i < sorted.length && sorted[i] == t && i > 0 && sorted[i - 1] == t) {
        i++;
      }
      if (i >= sorted.length) {
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Folds_fewTimes, k + 1));
      }
      double start = sorted[i];
      if (!cuts.isEmpty() && start <= cuts.get(cuts.size() - 1)) {
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Folds_fewTimes, k + 1));
      }
      cuts.add(start);
    }
    List<Fold> folds = new ArrayList<>();
    for (int p = 0; p < k; p++) {
      double from = cuts.get(p);
      double to = p + 1 < k ? cuts.get(p + 1) : Double.POSITIVE_INFINITY;
      int[] train = rows(time.length, r -> time[r] < from - gap);
      if (train.length == 0) {
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Folds_gapTooLong, gap));
      }
      folds.add(new Fold(train, rows(time.length, r -> time[r] >= from && time[r] < to)));
    }
    return folds;
  }

  /**
   * Shuffled k-fold: rows dealt to k folds at random, whatever unit they belong to (the split that
   * flatters series; kept to show by how much).
   */
  public static List<Fold> shuffled(int n, int k, long seed) {
    Integer[] order = shuffled(n, seed);
    int[] foldOf = new int[n];
    for (int i = 0; i < n; i++) {
      foldOf[order[i]] = i % k;
    }
    return dealt(n, k, r -> foldOf[r]);
  }

  /** 0..n-1 in an order the seed decides. */
  private static Integer[] shuffled(int n, long seed) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Collections.shuffle(Arrays.asList(order), new Random(seed));
    return order;
  }

  /** The k folds of rows dealt to them: each fold tests its rows and trains on the others. */
  private static List<Fold> dealt(int n, int k, java.util.function.IntUnaryOperator foldOf) {
    int[] of = new int[n];
    for (int r = 0; r < n; r++) {
      of[r] = foldOf.applyAsInt(r);
    }
    List<Fold> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      final int ff = f;
      folds.add(new Fold(rows(n, r -> of[r] != ff), rows(n, r -> of[r] == ff)));
    }
    return folds;
  }

  private static int[] rows(int n, java.util.function.IntPredicate keep) {
    return java.util.stream.IntStream.range(0, n).filter(keep).toArray();
  }
}
