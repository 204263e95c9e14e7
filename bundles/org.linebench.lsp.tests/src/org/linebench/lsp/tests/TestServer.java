package org.linebench.lsp.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.linebench.lsp.LineServer;
import org.linebench.lsp.internal.LineCommands;
import org.linebench.lsp.internal.RecordingClient;
import org.linebench.rules.RulePacks;

import com.google.gson.JsonObject;
import com.google.inject.Module;

/**
 * A line language server in this JVM and a client talking to it over a loopback socket, through
 * LSP4J's JSON-RPC as an editor does. The client records what the server publishes and every
 * message it receives; {@link #raw(String)} writes bytes the client's launcher would never write.
 */
final class TestServer implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  final RecordingClient client = new RecordingClient();
  final List<Message> received = new ArrayList<>();
  final LanguageServer server;
  final LineServer.Connection connection;
  final Path root;
  private final Socket clientSide;
  private final OutputStream toServer;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream stderr;

  private TestServer(Path root, Locale locale, Module... overrides) throws Exception {
    this.root = root;
    stderr = System.err;
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
        try {
          return listener.accept();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      clientSide = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
      Socket serverSide = accepted.get(10, TimeUnit.SECONDS);
      LineServer.Settings settings = LineServer.Settings.of(locale, RulePacks.fromPlatform().packs());
      connection = LineServer.connect(LineServer.injector(settings, overrides), serverSide.getInputStream(), serverSide.getOutputStream(), null);
    }
    toServer = clientSide.getOutputStream();
    Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>().setLocalService(client)
        .setRemoteInterface(LanguageServer.class).setInput(clientSide.getInputStream()).setOutput(toServer)
        .wrapMessages(consumer -> message -> {
          synchronized (received) {
            received.add(message);
            received.notifyAll();
          }
          consumer.consume(message);
        }).create();
    launcher.startListening();
    server = launcher.getRemoteProxy();
  }

  /** A server initialized on the folder {@code root}, in English. */
  static TestServer start(Path root, Module... overrides) throws Exception {
    return start(root, Locale.ENGLISH, overrides);
  }

  static TestServer start(Path root, Locale locale, Module... overrides) throws Exception {
    TestServer s = new TestServer(root, locale, overrides);
    s.initialize();
    return s;
  }

  private InitializeResult initialize() throws Exception {
    InitializeParams p = new InitializeParams();
    p.setProcessId((int) ProcessHandle.current().pid());
    p.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), root.getFileName().toString())));
    ClientCapabilities caps = new ClientCapabilities();
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    ws.setWorkspaceFolders(true);
    ws.setExecuteCommand(new ExecuteCommandCapabilities());
    caps.setWorkspace(ws);
    TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(true);
    td.setDocumentSymbol(symbols);
    RenameCapabilities rename = new RenameCapabilities();
    rename.setPrepareSupport(true);
    td.setRename(rename);
    caps.setTextDocument(td);
    p.setCapabilities(caps);
    InitializeResult r = server.initialize(p).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    return r;
  }

  /** Runs the rule packs over the workspace now; waits for them and returns the summary. */
  JsonObject validate() throws Exception {
    Object r = server.getWorkspaceService().executeCommand(new ExecuteCommandParams(LineCommands.VALIDATE, List.of()))
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return (JsonObject) new com.google.gson.Gson().toJsonTree(r);
  }

  String uri(String relative) {
    return root.resolve(relative).toUri().toString();
  }

  String text(String relative) throws IOException {
    return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
  }

  /** Opens a file of the workspace with its text on disk; returns the text. */
  String open(String relative) throws IOException {
    String text = text(relative);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(relative), "line", 1, text)));
    return text;
  }

  List<Diagnostic> diagnostics(String relative) {
    return client.diagnostics(uri(relative));
  }

  /** Writes bytes straight onto the server's input, framed with a Content-Length header. */
  void raw(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    synchronized (toServer) {
      byte[] all = new byte[header.length + body.length];
      System.arraycopy(header, 0, all, 0, header.length);
      System.arraycopy(body, 0, all, header.length, body.length);
      toServer.write(all);
      toServer.flush();
    }
  }

  /** The response to request {@code id} (one the client's launcher did not send), received after {@code from}. */
  org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage awaitResponse(int from, String id) throws InterruptedException {
    return (org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage) await(from,
        m -> m instanceof org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage r && id.equals(String.valueOf(r.getId())));
  }

  /** The first message received after {@code from} that matches. */
  Message await(int from, java.util.function.Predicate<Message> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (received) {
      int seen = from;
      while (true) {
        for (; seen < received.size(); seen++) {
          if (condition.test(received.get(seen))) {
            return received.get(seen);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        received.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  int receivedCount() {
    synchronized (received) {
      return received.size();
    }
  }

  /** Captures what log4j writes on stderr while {@code action} runs (the server logs there). */
  String stderrDuring(ThrowingRunnable action) throws Exception {
    log.reset();
    PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
    org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
    org.apache.log4j.WriterAppender appender = new org.apache.log4j.WriterAppender(new org.apache.log4j.PatternLayout("%p %c{1}: %m%n"), capture);
    root.addAppender(appender);
    try {
      action.run();
    } finally {
      root.removeAppender(appender);
    }
    return log.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Override
  public void close() throws Exception {
    try {
      server.shutdown().get(10, TimeUnit.SECONDS);
      server.exit();
      connection.ended().get(10, TimeUnit.SECONDS);
    } finally {
      clientSide.close();
      System.setErr(stderr);
    }
  }
}
