package org.linebench.lsp.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Singleton;

/**
 * What the client sees for each file: the structural issues of the file's last build and the
 * certification findings of the last rule run, published together whenever either changes. Files
 * outside the workspace folders (the imported catalogue) are published only while open.
 */
@Singleton
public class Diagnostics {
  private Procedure2<? super URI, ? super Iterable<Issue>> publisher = (u, i) -> {};
  private Predicate<URI> reported = u -> true;
  private final Map<URI, List<Issue>> structural = new HashMap<>();
  private final Map<URI, List<FindingIssue>> findings = new HashMap<>();
  private final Set<URI> published = new HashSet<>();
  /** Files to publish once the client has said it is initialized (in the order they changed). */
  private final Set<URI> held = new LinkedHashSet<>();
  private boolean ready;

  /** Where to publish (Xtext's publisher) and which files to report on. */
  public synchronized void connect(Procedure2<? super URI, ? super Iterable<Issue>> publisher, Predicate<URI> reported) {
    this.publisher = publisher;
    this.reported = reported;
  }

  /**
   * The client has said it is initialized: publish what was held back. Until then nothing is handed
   * to Xtext's publisher, which defers each publication until that moment and then runs the deferred
   * ones in reverse order, so that a file's first, empty diagnostics could overwrite its findings.
   */
  public synchronized void ready() {
    ready = true;
    List<URI> uris = new ArrayList<>(held);
    held.clear();
    uris.forEach(this::publish);
  }

  /** A build validated a file. */
  public synchronized void structural(URI uri, Iterable<Issue> issues) {
    List<Issue> list = new ArrayList<>();
    issues.forEach(list::add);
    structural.put(uri, list);
    publish(uri);
  }

  /** A rule run's findings by file: replaces the last run's, publishes the files whose findings changed. */
  public synchronized void findings(Map<URI, List<FindingIssue>> byFile) {
    Set<URI> changed = new HashSet<>();
    for (URI old : findings.keySet()) {
      if (!byFile.containsKey(old)) {
        changed.add(old);
      }
    }
    for (Map.Entry<URI, List<FindingIssue>> e : byFile.entrySet()) {
      if (!same(findings.get(e.getKey()), e.getValue())) {
        changed.add(e.getKey());
      }
    }
    findings.clear();
    findings.putAll(byFile);
    changed.forEach(this::publish);
  }

  public synchronized List<Issue> structuralOf(URI uri) {
    return List.copyOf(structural.getOrDefault(uri, List.of()));
  }

  public synchronized List<FindingIssue> findingsOf(URI uri) {
    return List.copyOf(findings.getOrDefault(uri, List.of()));
  }

  /** Every file's issues and findings, by file (those reported on). */
  public synchronized Map<URI, List<Issue>> all() {
    Map<URI, List<Issue>> out = new HashMap<>();
    Set<URI> uris = new HashSet<>(structural.keySet());
    uris.addAll(findings.keySet());
    for (URI u : uris) {
      if (reported.test(u)) {
        out.put(u, issues(u));
      }
    }
    return out;
  }

  private List<Issue> issues(URI uri) {
    List<Issue> all = new ArrayList<>(structural.getOrDefault(uri, List.of()));
    all.addAll(findings.getOrDefault(uri, List.of()));
    return all;
  }

  private void publish(URI uri) {
    if (!ready) {
      held.add(uri);
    } else if (reported.test(uri)) {
      published.add(uri);
      publisher.apply(uri, issues(uri));
    } else if (published.remove(uri)) {
      publisher.apply(uri, List.of()); // closed again: it is not ours to report on
    }
  }

  private static boolean same(List<FindingIssue> a, List<FindingIssue> b) {
    if (a == null || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      FindingIssue x = a.get(i);
      FindingIssue y = b.get(i);
      if (!x.getCode().equals(y.getCode()) || !x.getMessage().equals(y.getMessage()) || !x.getLineNumber().equals(y.getLineNumber())
          || !x.getColumn().equals(y.getColumn()) || !x.getColumnEnd().equals(y.getColumnEnd())) {
        return false;
      }
    }
    return true;
  }
}
