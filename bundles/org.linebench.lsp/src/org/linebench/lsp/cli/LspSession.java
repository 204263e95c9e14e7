package org.linebench.lsp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.linebench.lsp.internal.LineCommands;
import org.linebench.lsp.internal.RecordingClient;

/**
 * A language server started as its own process and driven over its standard input and output, as an
 * editor does: what {@code bench-lsp} measures.
 */
final class LspSession implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  final long started;
  final Process process;
  final RecordingClient client = new RecordingClient();
  final LanguageServer server;

  private LspSession(List<String> command, Path log) throws IOException {
    started = System.nanoTime();
    process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    server = launcher.getRemoteProxy();
  }

  /** Starts the server, initializes it on {@code root} and sends {@code initialized}. */
  static LspSession start(List<String> command, Path root, Path log) throws Exception {
    LspSession s = new LspSession(command, log);
    InitializeParams p = new InitializeParams();
    p.setProcessId((int) ProcessHandle.current().pid());
    String uri = root.toUri().toString();
    p.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, root.getFileName().toString())));
    ClientCapabilities caps = new ClientCapabilities();
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    ws.setWorkspaceFolders(true);
    ws.setExecuteCommand(new ExecuteCommandCapabilities());
    caps.setWorkspace(ws);
    p.setCapabilities(caps);
    s.server.initialize(p).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    s.server.initialized(new InitializedParams());
    return s;
  }

  /** Milliseconds since the process was started. */
  long sinceStart(long nanos) {
    return (nanos - started) / 1_000_000;
  }

  void open(Path file, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "line", 1, text))); //$NON-NLS-1$
  }

  /** Runs the rule packs over the workspace and waits for them. */
  Object validate() throws Exception {
    return server.getWorkspaceService().executeCommand(new ExecuteCommandParams(LineCommands.VALIDATE, List.of()))
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  static Duration timeout() {
    return TIMEOUT;
  }

  @Override
  public void close() throws Exception {
    try {
      server.shutdown().get(20, TimeUnit.SECONDS);
      server.exit();
    } catch (Exception e) {
      // it is going anyway
    }
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
