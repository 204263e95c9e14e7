package org.linebench.assist.llm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.linebench.assist.llm.ask.AskIndex;
import org.linebench.assist.llm.ask.Hit;
import org.linebench.assist.llm.ask.LineQuestion;
import org.linebench.core.Examples;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Finding;
import org.linebench.rules.report.Report;

/**
 * How well {@code linebench ask} finds the clause behind a finding: every finding of the packs on
 * the given folders, in English and in Chinese, is looked up by its message alone (no rule id); it
 * counts when a rule with the finding's own citation is among the three best rules. Also the time
 * each query takes.
 *
 * @param total findings looked up
 * @param found those whose clause was among the three best rules
 * @param rules the rules the findings came from
 * @param languages the languages of the messages
 * @param misses a line per finding missed: its rule, message and the three rules found instead
 * @param queryNanos the time of each query, in order
 * @param indexNanos the time to build the indexes, in all
 * @param indexes how many indexes were built (one per folder and language)
 * @param documents the documents of the largest index
 */
public record ClauseMeasure(int total, int found, Set<String> rules, Set<String> languages, List<String> misses, long[] queryNanos, long indexNanos,
    int indexes, int documents) {
  /** The non-compliant examples the measure starts from. */
  public static final List<String> EXAMPLES = List.of("bodyshop-noncompliant", "electronics-noncompliant"); //$NON-NLS-1$ //$NON-NLS-2$
  public static final int STATIONS = 40;
  private static final int TOP = 3;

  /** The share found, in percent. */
  public double percent() {
    return total == 0 ? 0 : 100.0 * found / total;
  }

  /** The q-quantile of the query times in milliseconds (0.5: median). */
  public double quantileMillis(double q) {
    if (queryNanos.length == 0) {
      return 0;
    }
    long[] sorted = queryNanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1 < 0 ? 0 : (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /**
   * Writes the labelled set into {@code dir}: each non-compliant example with the library in a folder
   * of its own, and {@code plants} plants with defects of {@value #STATIONS} stations in one more.
   *
   * @return the folders, each to be loaded on its own
   */
  public static List<Path> prepare(Path dir, int plants, long seed) throws IOException {
    List<Path> folders = new ArrayList<>();
    for (String e : EXAMPLES) {
      Path f = dir.resolve(e);
      Examples.copy(e, f);
      folders.add(f);
    }
    if (plants > 0) {
      Path g = dir.resolve("generated"); //$NON-NLS-1$
      Examples.copy(Examples.LIBRARY, g);
      for (int i = 0; i < plants; i++) {
        DefectivePlants.write(g, i, STATIONS, seed);
      }
      folders.add(g);
    }
    return folders;
  }

  /** Runs the packs on each folder in both languages and looks every finding up. */
  public static ClauseMeasure run(List<Path> folders, List<RulePack> packs) throws IOException {
    int total = 0;
    int found = 0;
    Set<String> rules = new TreeSet<>();
    Set<String> languages = new TreeSet<>();
    List<String> misses = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    long indexNanos = 0;
    int indexes = 0;
    int documents = 0;
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (Path folder : folders) {
        LineQuestion line = LineQuestion.load(List.of(folder), packs, locale, true);
        long t0 = System.nanoTime();
        AskIndex index = line.index(locale);
        indexNanos += System.nanoTime() - t0;
        indexes++;
        documents = Math.max(documents, index.size());
        for (Finding f : line.findings()) {
          if (!labelled(f)) {
            continue;
          }
          long q0 = System.nanoTime();
          List<Hit> best = index.search(f.message(), TOP, EnumSet.of(Hit.Kind.RULE));
          times.add(System.nanoTime() - q0);
          total++;
          rules.add(f.ruleId());
          languages.add(locale.getLanguage());
          if (best.stream().anyMatch(h -> h.citation().equals(f.citation()))) {
            found++;
          } else {
            misses.add(f.ruleId() + " [" + f.citation() + "] " + f.message() + " -> " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + best.stream().map(h -> h.ruleId() + " [" + h.citation() + "]").toList()); //$NON-NLS-1$ //$NON-NLS-2$
          }
        }
      }
    }
    return new ClauseMeasure(total, found, rules, languages, misses, times.stream().mapToLong(Long::longValue).toArray(), indexNanos, indexes,
        documents);
  }

  /** A finding of a rule with a clause: not a structural issue, not a rule that failed. */
  static boolean labelled(Finding f) {
    return !Report.STRUCTURE.equals(f.packId()) && !f.internalError() && f.citation() != null && !f.citation().isEmpty();
  }
}
