package org.linebench.ml.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.GuardFinding;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.weka.WekaRuntime;

/**
 * Keeps a model from learning what it should not: identifiers (unique per row), the label in
 * another form (a flag whose rare value only ever comes with a failure), and, for the maintenance
 * recipe, the other rare event flags of the target's form. Columns that predict the target almost
 * perfectly on their own are named in a warning and kept.
 */
final class LeakageGuard {
  static {
    WekaRuntime.start();
  }

  /** Rows needed before "unique per row" means anything. */
  private static final int MIN_ROWS = 20;
  /** An index's span is at most rows² / this (see {@link #isIdentifier}). */
  private static final double INDEX_SPAN_DIVISOR = 20;
  /** Share of a flag's rare rows that must be failures for it to be the label in another form. */
  private static final double LABEL_PURITY = 0.99;
  private static final int LABEL_MIN_SUPPORT = 5;
  /** A flag at most this many times as frequent as the failure class is an event flag. */
  private static final double EVENT_FLAG_RATIO = 2.0;
  /** Cohen's kappa of a one-column rule at or above which a column is "almost perfect". */
  private static final double NEAR_PERFECT_KAPPA = 0.95;
  private static final double NEAR_PERFECT_CORRELATION = 0.99;

  private LeakageGuard() {}

  /**
   * Looks at every column but the target.
   *
   * @param targetValues the target's value per row as the model will see it (null where missing),
   *        or null for a numeric target
   */
  static List<GuardFinding> inspect(CsvTable table, int target, String[] targetValues, Recipe recipe, List<String> drop,
      List<String> keep) {
    List<GuardFinding> findings = new ArrayList<>();
    Set<String> keepSet = new HashSet<>(keep);
    Set<String> dropSet = new HashSet<>(drop);
    String majority = null;
    String minority = null;
    double minorityShare = 0;
    Set<String> targetForm = Set.of();
    Map<String, Integer> classIndex = new HashMap<>();
    int[] classOfRow = targetValues == null ? null : classIndexes(targetValues, classIndex);
    if (targetValues != null) {
      Map<String, Integer> counts = counts(targetValues);
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      minority = counts.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      minorityShare = minority == null ? 0 : counts.get(minority) / (double) total;
      targetForm = counts.keySet();
    }
    for (int c = 0; c < table.columns().size(); c++) {
      if (c == target) {
        continue;
      }
      CsvTable.Column col = table.columns().get(c);
      String name = col.name();
      if (dropSet.contains(name)) {
        findings.add(new GuardFinding(name, GuardFinding.Kind.USER_DROPPED, true, NLS.bind(Messages.Guard_userDropped, name)));
        continue;
      }
      GuardFinding.Kind kind = null;
      String message = null;
      if (isIdentifier(table, c)) {
        kind = GuardFinding.Kind.IDENTIFIER;
        message = NLS.bind(Messages.Guard_identifier, name, table.rowCount());
      } else if (targetValues != null) {
        Flag flag = flag(table, c);
        if (flag != null) {
          int failures = 0;
          for (int r = 0; r < table.rowCount(); r++) {
            if (flag.isRare(table, r, c) && targetValues[r] != null && !targetValues[r].equals(majority)) {
              failures++;
            }
          }
          if (flag.rareCount >= LABEL_MIN_SUPPORT && failures >= LABEL_PURITY * flag.rareCount) {
            kind = GuardFinding.Kind.LABEL_FORM;
            message = NLS.bind(Messages.Guard_labelForm, new Object[] {name, flag.rare, flag.rareCount, failures});
          } else if (recipe == Recipe.MAINTENANCE && targetForm.equals(flag.values)
              && flag.rareCount / (double) table.rowCount() <= EVENT_FLAG_RATIO * minorityShare) {
            kind = GuardFinding.Kind.EVENT_FLAG;
            message = NLS.bind(Messages.Guard_eventFlag, new Object[] {name, flag.rareCount, minority});
          }
        }
      }
      if (kind != null) {
        boolean kept = keepSet.contains(name);
        findings.add(new GuardFinding(name, kept ? GuardFinding.Kind.KEPT : kind, !kept,
            kept ? NLS.bind(Messages.Guard_kept, name, message) : message));
        continue;
      }
      String perfect = targetValues != null ? nearPerfectClass(table, c, classOfRow, classIndex.size()) : nearPerfectNumeric(table, c, target);
      if (perfect != null) {
        findings.add(new GuardFinding(name, GuardFinding.Kind.NEAR_PERFECT, false, perfect));
      }
    }
    return findings;
  }

  /**
   * A two-valued column.
   *
   * @param values its two values, normalized
   * @param rare the rarer one as written
   * @param rareCount how often it occurs
   * @param rareCodes for a nominal column, which codes are the rare value; null for a numeric one
   * @param rareNumber for a numeric column, the rare value
   */
  private record Flag(Set<String> values, String rare, int rareCount, boolean[] rareCodes, double rareNumber) {
    boolean isRare(CsvTable table, int r, int c) {
      if (rareCodes != null) {
        int code = table.code(r, c);
        return code >= 0 && rareCodes[code];
      }
      return table.number(r, c) == rareNumber;
    }
  }

  /** A column with exactly two values (missing aside, "1.0" and "1" the same), or null. */
  private static Flag flag(CsvTable table, int c) {
    CsvTable.Column col = table.columns().get(c);
    Map<String, Integer> counts = new HashMap<>();
    if (col.numeric()) {
      double[] seen = new double[2];
      int[] n = new int[2];
      int distinct = 0;
      for (int r = 0; r < table.rowCount(); r++) {
        double d = table.number(r, c);
        if (Double.isNaN(d)) {
          continue;
        }
        int i = distinct > 0 && seen[0] == d ? 0 : distinct > 1 && seen[1] == d ? 1 : -1;
        if (i < 0) {
          if (distinct == 2) {
            return null;
          }
          i = distinct++;
          seen[i] = d;
        }
        n[i]++;
      }
      if (distinct != 2) {
        return null;
      }
      int rare = n[0] <= n[1] ? 0 : 1;
      return new Flag(Set.of(CsvTable.format(seen[0]), CsvTable.format(seen[1])), CsvTable.format(seen[rare]), n[rare], null,
          seen[rare]);
    }
    int[] perCode = new int[col.values().size()];
    for (int r = 0; r < table.rowCount(); r++) {
      int code = table.code(r, c);
      if (code >= 0) {
        perCode[code]++;
      }
    }
    Map<String, String> written = new HashMap<>();
    for (int code = 0; code < perCode.length; code++) {
      if (perCode[code] > 0) {
        String v = normalize(col.values().get(code));
        counts.merge(v, perCode[code], Integer::sum);
        written.putIfAbsent(v, col.values().get(code));
        if (counts.size() > 2) {
          return null;
        }
      }
    }
    if (counts.size() != 2) {
      return null;
    }
    Map.Entry<String, Integer> rare = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
    boolean[] rareCodes = new boolean[perCode.length];
    for (int code = 0; code < perCode.length; code++) {
      rareCodes[code] = normalize(col.values().get(code)).equals(rare.getKey());
    }
    return new Flag(counts.keySet(), written.get(rare.getKey()), rare.getValue(), rareCodes, Double.NaN);
  }

  /** A column's fields as the target's classes: normalized text per row, null where missing. */
  static String[] texts(CsvTable table, int c) {
    CsvTable.Column col = table.columns().get(c);
    String[] texts = new String[table.rowCount()];
    if (col.numeric()) {
      Map<Double, String> cache = new HashMap<>();
      for (int r = 0; r < texts.length; r++) {
        double d = table.number(r, c);
        texts[r] = Double.isNaN(d) ? null : cache.computeIfAbsent(d, CsvTable::format);
      }
    } else {
      String[] normalized = new String[col.values().size()];
      for (int code = 0; code < normalized.length; code++) {
        normalized[code] = normalize(col.values().get(code));
      }
      for (int r = 0; r < texts.length; r++) {
        int code = table.code(r, c);
        texts[r] = code < 0 ? null : normalized[code];
      }
    }
    return texts;
  }

  /** "1.0" and "1" are the same value of a flag. */
  static String normalize(String v) {
    try {
      double d = Double.parseDouble(v);
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
    } catch (NumberFormatException e) {
      // a word
    }
    return v;
  }

  /**
   * Unique in every row: a nominal column with as many distinct values as rows and none missing,
   * or an integer index in any order (shuffled, a partition's or a sample's rows): integers, none
   * missing, all distinct, within a span of at most rows² / {@value #INDEX_SPAN_DIVISOR}. Measurements
   * are no identifiers: n integer readings drawn from a span s repeat a value with probability about
   * 1 - e^(-n²/2s), so in that span all-distinct readings have a chance of about e^-10 (less for any
   * but a uniform spread), while an index's rows are distinct by construction. Decimals, wide spans
   * (timestamps, random serials) and repeated values are not flagged. O(n log n) in the rows.
   */
  private static boolean isIdentifier(CsvTable table, int c) {
    int rows = table.rowCount();
    if (rows < MIN_ROWS) {
      return false;
    }
    CsvTable.Column col = table.columns().get(c);
    if (!col.numeric()) {
      if (col.values().size() != rows) {
        return false;
      }
      for (int r = 0; r < rows; r++) {
        if (table.code(r, c) < 0) {
          return false;
        }
      }
      return true;
    }
    double[] values = new double[rows];
    for (int r = 0; r < rows; r++) {
      double d = table.number(r, c);
      if (Double.isNaN(d) || d != Math.rint(d)) {
        return false;
      }
      values[r] = d;
    }
    Arrays.sort(values);
    if (values[rows - 1] - values[0] + 1 > (double) rows * rows / INDEX_SPAN_DIVISOR) {
      return false;
    }
    for (int r = 1; r < rows; r++) {
      if (values[r] == values[r - 1]) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> counts(String[] values) {
    Map<String, Integer> counts = new HashMap<>();
    for (String v : values) {
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** A one-column rule (Weka's OneR, {@link OneColumnRule}) that reaches a kappa of 0.95 on the data, or null. */
  private static String nearPerfectClass(CsvTable table, int c, int[] classOfRow, int classes) {
    if (classes < 2) {
      return null;
    }
    double kappa = OneColumnRule.kappa(table, c, classOfRow, classes);
    return kappa >= NEAR_PERFECT_KAPPA
        ? NLS.bind(Messages.Guard_nearPerfect, table.columns().get(c).name(), String.format(java.util.Locale.ROOT, "%.3f", kappa)) //$NON-NLS-1$
        : null;
  }

  /** Each row's class index (-1 where the target is missing), over the classes in the order they first appear. */
  private static int[] classIndexes(String[] targetValues, Map<String, Integer> index) {
    int[] y = new int[targetValues.length];
    for (int r = 0; r < y.length; r++) {
      y[r] = targetValues[r] == null ? -1 : index.computeIfAbsent(targetValues[r], v -> index.size());
    }
    return y;
  }

  static double kappa(double[][] m) {
    double n = 0;
    double agree = 0;
    double chance = 0;
    int k = m.length;
    double[] rows = new double[k];
    double[] cols = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        n += m[i][j];
        rows[i] += m[i][j];
        cols[j] += m[i][j];
      }
      agree += m[i][i];
    }
    for (int i = 0; i < k; i++) {
      chance += rows[i] * cols[i];
    }
    chance /= n * n;
    return chance >= 1 ? 0 : (agree / n - chance) / (1 - chance);
  }

  private static String nearPerfectNumeric(CsvTable table, int c, int target) {
    if (!table.columns().get(c).numeric() || !table.columns().get(target).numeric()) {
      return null;
    }
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    int n = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      double x = table.number(r, c);
      double y = table.number(r, target);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        continue;
      }
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
      n++;
    }
    double cov = sxy - sx * sy / n;
    double vx = sxx - sx * sx / n;
    double vy = syy - sy * sy / n;
    if (n < 3 || vx <= 0 || vy <= 0) {
      return null;
    }
    double r = cov / Math.sqrt(vx * vy);
    return Math.abs(r) >= NEAR_PERFECT_CORRELATION
        ? NLS.bind(Messages.Guard_nearPerfectNumeric, table.columns().get(c).name(), String.format(java.util.Locale.ROOT, "%.3f", r)) //$NON-NLS-1$
        : null;
  }
}
