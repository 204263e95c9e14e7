package org.linebench.lsp.internal;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Singleton;

/**
 * Shutdown and exit of one connection: {@code exit} ends it (exit code 0 after {@code shutdown},
 * else 1, as the protocol says), and so does the end of the input. Never exits the JVM: the command
 * that started the server returns, and a test's JVM goes on.
 */
@Singleton
public class Lifecycle implements ILanguageServerShutdownAndExitHandler {
  private final CompletableFuture<Integer> ended = new CompletableFuture<>();
  private volatile boolean shutdown;

  @Override
  public void shutdown() {
    shutdown = true;
  }

  @Override
  public void exit() {
    ended.complete(shutdown ? 0 : 1);
  }

  /** The client closed the stream (or the socket). */
  public void inputEnded() {
    ended.complete(0);
  }

  public boolean isShutdown() {
    return shutdown;
  }

  /** Completes with the exit code when the connection ends. */
  public CompletableFuture<Integer> ended() {
    return ended;
  }
}
