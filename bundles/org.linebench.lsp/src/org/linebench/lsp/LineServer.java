package org.linebench.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ServerModule;
import org.linebench.lsp.internal.Language;
import org.linebench.lsp.internal.LineLanguageServer;
import org.linebench.lsp.internal.LineServerModule;
import org.linebench.lsp.internal.Lifecycle;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The line language server: Xtext's language server for the line language, with the certification
 * rule packs' findings among its diagnostics, quantity conversions and rule rationales in its hover,
 * the quick fixes as code actions and the line diagram as a command. One server serves one client
 * over a pair of streams (standard input and output, or a socket).
 */
public final class LineServer {

  /**
   * How a server checks.
   *
   * @param locale the language of the findings
   * @param packs the rule packs to run, each on the plants of its jurisdictions
   * @param anyJurisdiction also run every pack on plants that name no country ({@code --rules} given)
   * @param ruleDelay how long after the last edit the packs run (edits in between restart the wait)
   * @param ruleBudget the time a rule may take on one plant
   */
  public record Settings(Locale locale, List<RulePack> packs, boolean anyJurisdiction, Duration ruleDelay, Duration ruleBudget) {
    public Settings {
      packs = List.copyOf(packs);
    }

    /** The packs given, on the plants of their jurisdictions, 150 ms after the last edit. */
    public static Settings of(Locale locale, List<RulePack> packs) {
      return of(locale, packs, false);
    }

    /** As {@link #of(Locale, List)}; with {@code anyJurisdiction} also on plants that name no country. */
    public static Settings of(Locale locale, List<RulePack> packs, boolean anyJurisdiction) {
      return new Settings(locale, packs, anyJurisdiction, Duration.ofMillis(150), RuleEngine.DEFAULT_BUDGET);
    }
  }

  /** A server connected to its client: ends with the client's {@code exit} or when the input ends. */
  public record Connection(LineLanguageServer server, LanguageClient client, Future<Void> listening, CompletableFuture<Integer> ended) {}

  private LineServer() {}

  /**
   * Begins creating the line language (the longest step of a start) on a thread of its own, so that
   * what a start does besides (the rule packs, the server, the protocol) goes on meanwhile.
   */
  public static void prepare() {
    Language.prepare();
  }

  /** The injector of one server; {@code overrides} replace bindings (tests). */
  public static Injector injector(Settings settings, Module... overrides) {
    return Guice.createInjector(Modules.override(new ServerModule()).with(Modules.override(new LineServerModule(settings)).with(overrides)));
  }

  /**
   * Connects a new server of {@code injector} to a client that writes to {@code in} and reads from
   * {@code out}, and starts listening. {@code trace}, if not null, receives every message.
   */
  public static Connection connect(Injector injector, InputStream in, OutputStream out, PrintWriter trace) {
    LineLanguageServer server = injector.getInstance(LineLanguageServer.class);
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "linebench-lsp-jsonrpc"); //$NON-NLS-1$
      t.setDaemon(true);
      return t;
    });
    Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
        .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(executor)
        .validateMessages(true).traceMessages(trace).create();
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    Lifecycle lifecycle = injector.getInstance(Lifecycle.class);
    executor.submit(() -> {
      try {
        listening.get();
      } catch (Exception e) {
        // the input ended or failed: the connection is over either way
      }
      lifecycle.inputEnded();
      return null;
    });
    lifecycle.ended().whenComplete((code, e) -> {
      server.dispose();
      executor.shutdown();
    });
    return new Connection(server, launcher.getRemoteProxy(), listening, lifecycle.ended());
  }
}
