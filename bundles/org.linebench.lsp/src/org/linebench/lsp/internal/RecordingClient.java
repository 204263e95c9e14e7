package org.linebench.lsp.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A language client that keeps what the server tells it (the latest diagnostics of every file, with
 * the time they came, and its messages) and lets its user wait for a condition. The benchmark and
 * the tests drive servers with it.
 */
public class RecordingClient implements LanguageClient {
  /** One publication: when it came (System.nanoTime) and what it said. */
  public record Publication(long nanos, String uri, List<Diagnostic> diagnostics) {}

  private final Map<String, Publication> latest = new HashMap<>();
  private final List<Publication> all = new ArrayList<>();
  private final List<MessageParams> messages = new ArrayList<>();

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
    Publication p = new Publication(System.nanoTime(), params.getUri(), List.copyOf(params.getDiagnostics()));
    latest.put(params.getUri(), p);
    all.add(p);
    notifyAll();
  }

  /** The latest diagnostics of a file; empty if none came. */
  public synchronized List<Diagnostic> diagnostics(String uri) {
    Publication p = latest.get(uri);
    return p == null ? List.of() : p.diagnostics();
  }

  /** The latest publication of every file. */
  public synchronized Map<String, Publication> latest() {
    return Map.copyOf(latest);
  }

  /** Every publication so far, in order. */
  public synchronized List<Publication> publications() {
    return List.copyOf(all);
  }

  public synchronized List<MessageParams> messages() {
    return List.copyOf(messages);
  }

  /**
   * Waits until a publication from index {@code from} on matches; returns it, or null after the
   * timeout.
   */
  public synchronized Publication await(int from, Predicate<Publication> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = from;
    while (true) {
      for (; seen < all.size(); seen++) {
        if (condition.test(all.get(seen))) {
          return all.get(seen);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public void telemetryEvent(Object object) {
    // not used
  }

  @Override
  public synchronized void showMessage(MessageParams params) {
    messages.add(params);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized void logMessage(MessageParams params) {
    messages.add(params);
  }
}
