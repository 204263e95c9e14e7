package org.linebench.assist.llm.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Okapi BM25 over documents made of {@link Tokens} (k1 1.2, b 0.75): a term counts for more the
 * rarer it is among the documents and the more often it is in a document, less so in a long one.
 *
 * @param <T> what a document stands for
 */
public final class Bm25<T> {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final List<T> items = new ArrayList<>();
  private final List<Map<String, Integer>> counts = new ArrayList<>();
  private final List<Integer> lengths = new ArrayList<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private long totalLength;

  /** A ranked document and its score. */
  public record Scored<T>(T item, double score) {}

  /** Adds a document with its text. */
  public void add(T item, String text) {
    Map<String, Integer> c = new HashMap<>();
    List<String> terms = Tokens.of(text);
    for (String t : terms) {
      c.merge(t, 1, Integer::sum);
    }
    c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    items.add(item);
    counts.add(c);
    lengths.add(terms.size());
    totalLength += terms.size();
  }

  public int size() {
    return items.size();
  }

  /** The best {@code limit} documents that the filter accepts and that share a term with the query, best first. */
  public List<Scored<T>> search(String query, int limit, Predicate<? super T> filter) {
    LinkedHashSet<String> terms = new LinkedHashSet<>(Tokens.of(query));
    List<Scored<T>> out = new ArrayList<>();
    if (items.isEmpty() || terms.isEmpty()) {
      return out;
    }
    double n = items.size();
    double average = Math.max(1.0, (double) totalLength / n);
    Map<String, Double> idf = new HashMap<>();
    for (String t : terms) {
      int df = documentFrequency.getOrDefault(t, 0);
      if (df > 0) {
        idf.put(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
      }
    }
    for (int d = 0; d < items.size(); d++) {
      if (!filter.test(items.get(d))) {
        continue;
      }
      Map<String, Integer> c = counts.get(d);
      double score = 0;
      for (Map.Entry<String, Double> e : idf.entrySet()) {
        Integer f = c.get(e.getKey());
        if (f != null) {
          score += e.getValue() * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths.get(d) / average));
        }
      }
      if (score > 0) {
        out.add(new Scored<>(items.get(d), score));
      }
    }
    out.sort(Comparator.comparingDouble((Scored<T> s) -> -s.score()));
    return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
  }
}
