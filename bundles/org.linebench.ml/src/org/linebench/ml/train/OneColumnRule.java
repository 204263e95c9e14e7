package org.linebench.ml.train;

import java.util.Arrays;

import org.linebench.ml.data.CsvTable;

/**
 * Weka's OneR on one column, computed on the table's primitive arrays: how well the best rule on
 * that column alone predicts the target (Cohen's kappa on the same rows). Numbers are split into
 * buckets of at least {@link #MIN_BUCKET} rows of their majority class in value order (OneR's
 * rule), words predict their majority class each, missing values theirs. Sorting is done per
 * class on {@code double[]} and merged, so a column of 1.5 million rows takes a fraction of a
 * second and no Weka instances.
 */
final class OneColumnRule {
  /** OneR's default minimum bucket size. */
  static final int MIN_BUCKET = 6;
  /** Distinct words times classes beyond which a word column is not evaluated (no rule on it is plausible). */
  private static final long MAX_CELLS = 50_000_000;

  private OneColumnRule() {}

  /**
   * The kappa of the one-column rule on the rows with a target, or NaN when none is built.
   *
   * @param y each row's class index, -1 where the target is missing
   * @param k the number of classes
   */
  static double kappa(CsvTable table, int c, int[] y, int k) {
    double[][] m = table.columns().get(c).numeric() ? numeric(table, c, y, k) : nominal(table, c, y, k);
    return m == null ? Double.NaN : LeakageGuard.kappa(m);
  }

  private static double[][] nominal(CsvTable table, int c, int[] y, int k) {
    int values = table.columns().get(c).values().size();
    if ((long) values * k > MAX_CELLS) {
      return null;
    }
    int[] counts = new int[(values + 1) * k]; // the last row: missing
    for (int r = 0; r < y.length; r++) {
      if (y[r] >= 0) {
        int code = table.code(r, c);
        counts[(code < 0 ? values : code) * k + y[r]]++;
      }
    }
    double[][] m = new double[k][k];
    for (int v = 0; v <= values; v++) {
      int predicted = maxIndex(counts, v * k, k);
      for (int j = 0; j < k; j++) {
        m[j][predicted] += counts[v * k + j];
      }
    }
    return m;
  }

  private static double[][] numeric(CsvTable table, int c, int[] y, int k) {
    int[] n = new int[k];
    int[] missing = new int[k];
    for (int r = 0; r < y.length; r++) {
      if (y[r] >= 0) {
        if (table.isMissing(r, c)) {
          missing[y[r]]++;
        } else {
          n[y[r]]++;
        }
      }
    }
    double[][] byClass = new double[k][];
    for (int j = 0; j < k; j++) {
      byClass[j] = new double[n[j]];
    }
    int[] fill = new int[k];
    for (int r = 0; r < y.length; r++) {
      if (y[r] >= 0 && !table.isMissing(r, c)) {
        byClass[y[r]][fill[y[r]]++] = table.number(r, c);
      }
    }
    for (double[] v : byClass) {
      Arrays.sort(v);
    }
    double[][] m = new double[k][k];
    Merge rows = new Merge(byClass);
    int[] bucket = new int[k];
    while (rows.hasNext()) {
      Arrays.fill(bucket, 0);
      int it;
      do { // fill the bucket until its majority class has enough rows
        it = rows.next();
        bucket[it]++;
      } while (bucket[it] < MIN_BUCKET && rows.hasNext());
      while (rows.hasNext() && rows.peekClass() == it) { // the same class goes on
        bucket[rows.next()]++;
      }
      while (rows.hasNext() && rows.peekValue() == rows.lastValue()) { // equal values stay together
        bucket[rows.next()]++;
      }
      int predicted = maxIndex(bucket, 0, k);
      for (int j = 0; j < k; j++) {
        m[j][predicted] += bucket[j];
      }
    }
    int predicted = maxIndex(missing, 0, k);
    for (int j = 0; j < k; j++) {
      m[j][predicted] += missing[j];
    }
    return m;
  }

  private static int maxIndex(int[] a, int from, int length) {
    int best = 0;
    for (int j = 1; j < length; j++) {
      if (a[from + j] > a[from + best]) {
        best = j;
      }
    }
    return best;
  }

  /** The rows of all classes in value order: a merge of each class's sorted values. */
  private static final class Merge {
    private final double[][] byClass;
    private final int[] at;
    private double last = Double.NaN;
    private int nextClass = -1;

    Merge(double[][] byClass) {
      this.byClass = byClass;
      this.at = new int[byClass.length];
      advance();
    }

    private void advance() {
      nextClass = -1;
      for (int j = 0; j < byClass.length; j++) {
        if (at[j] < byClass[j].length && (nextClass < 0 || byClass[j][at[j]] < byClass[nextClass][at[nextClass]])) {
          nextClass = j;
        }
      }
    }

    boolean hasNext() {
      return nextClass >= 0;
    }

    int peekClass() {
      return nextClass;
    }

    double peekValue() {
      return byClass[nextClass][at[nextClass]];
    }

    double lastValue() {
      return last;
    }

    int next() {
      int j = nextClass;
      last = byClass[j][at[j]++];
      advance();
      return j;
    }
  }
}
