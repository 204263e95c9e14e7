package org.linebench.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.linebench.lsp.internal.FindingIssue;
import org.linebench.lsp.internal.LineHovers;

/**
 * Bad input never ends the server: malformed JSON-RPC, unknown methods and documents outside the
 * workspace are answered with protocol errors, a request that crashes is logged and answered with
 * an internal error, and the server goes on serving.
 */
class ProtocolTest {
  static final String FILE = "bodyshop.line";

  @Test
  void malformedMessagesAndUnknownMethodsGetErrorsAndTheServerGoesOn() throws Exception {
    try (TestServer s = TestServer.start(Examples.folder("bodyshop"))) {
      String text = s.open(FILE);
      int from = s.receivedCount();
      s.raw("this is not JSON {");
      s.raw("{\"jsonrpc\":\"2.0\",\"id\":78,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":42,\"position\":\"here\"}}");
      ResponseMessage bad = response(s, from, "78");
      assertNotNull(bad.getError(), "a request with unreadable parameters gets an error: " + bad);
      s.raw("{\"jsonrpc\":\"2.0\",\"id\":79,\"method\":\"linebench/noSuchMethod\",\"params\":{}}");
      ResponseMessage unknown = response(s, from, "79");
      assertEquals(ResponseErrorCode.MethodNotFound.getValue(), unknown.getError().getCode(), unknown.toString());
      s.raw("{\"jsonrpc\":\"2.0\",\"method\":\"linebench/noSuchNotification\",\"params\":{}}");
      s.raw("{\"jsonrpc\":\"2.0\",\"id\":80,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + s.uri(FILE)
          + "\"},\"position\":{\"line\":25,\"character\":15}}}");
      ResponseMessage good = response(s, from, "80");
      assertEquals(null, good.getError(), "a well-formed request after them is answered: " + good);
      Hover h = s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(s.uri(FILE)), Edits.at(text, null, "60 s", 0)))
          .get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertEquals("`60 s = 60000 ms = 1 min = 0.0167 h`", h.getContents().getRight().getValue());
    }
  }

  @Test
  void documentsOutsideTheWorkspaceGetAnErrorAndAWarning() throws Exception {
    try (TestServer s = TestServer.start(Examples.folder("bodyshop"))) {
      String outside = Examples.folder("electronics").resolve("smt.line").toUri().toString();
      ExecutionException e = assertThrows(ExecutionException.class, () -> s.server.getTextDocumentService()
          .hover(new HoverParams(new TextDocumentIdentifier(outside), new Position(0, 0))).get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
      ResponseErrorException error = (ResponseErrorException) e.getCause();
      assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
      assertEquals(outside + " is outside the workspace folders: open its folder as the workspace", error.getResponseError().getMessage());
      s.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(outside, "line", 1, "plant P {}")));
      s.open(FILE);
      assertNotNull(s.client.await(0, p -> p.uri().equals(s.uri(FILE)), TestServer.TIMEOUT));
      long deadline = System.nanoTime() + TestServer.TIMEOUT.toNanos();
      while (s.client.messages().stream().noneMatch(m -> m.getType() == MessageType.Warning && m.getMessage().startsWith(outside))) {
        assertTrue(System.nanoTime() < deadline, "a warning about " + outside + ": " + s.client.messages());
        Thread.sleep(20);
      }
      assertTrue(s.client.latest().keySet().stream().noneMatch(u -> u.equals(outside)), "nothing is published for it");
    }
  }

  /** Hover that fails as a bug in a service would. */
  static class CrashingHovers extends LineHovers {
    @Override
    public Hover hover(Document document, XtextResource resource, Position position, List<FindingIssue> findings) {
      throw new IllegalStateException("a bug in the hover");
    }
  }

  @Test
  void aRequestThatCrashesIsLoggedAndTheServerGoesOn() throws Exception {
    try (TestServer s = TestServer.start(Examples.folder("bodyshop"), b -> b.bind(LineHovers.class).to(CrashingHovers.class))) {
      String text = s.open(FILE);
      String log = s.stderrDuring(() -> {
        ExecutionException e = assertThrows(ExecutionException.class, () -> s.server.getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(s.uri(FILE)), new Position(25, 15))).get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.InternalError.getValue(), ((ResponseErrorException) e.getCause()).getResponseError().getCode());
      });
      assertTrue(log.contains("a bug in the hover"), "the crash is logged: " + log);
      var items = s.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(s.uri(FILE)),
          Edits.at(text, "station OP20", "cycle-time 55 s", "cycle-time 55 ".length()))).get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      var list = items.isLeft() ? items.getLeft() : items.getRight().getItems();
      assertTrue(list.stream().anyMatch(i -> i.getLabel().equals("ms")), "the next request is served");
      assertTrue(s.validate().get("files").getAsInt() >= 1);
    }
  }

  @Test
  void exitAfterShutdownEndsTheConnectionWithZero() throws Exception {
    TestServer s = TestServer.start(Examples.folder("library"));
    s.close();
    assertEquals(0, s.connection.ended().get(10, TimeUnit.SECONDS));
  }

  private static ResponseMessage response(TestServer s, int from, String id) throws InterruptedException {
    ResponseMessage m = s.awaitResponse(from, id);
    assertNotNull(m, "a response to request " + id);
    return m;
  }
}
