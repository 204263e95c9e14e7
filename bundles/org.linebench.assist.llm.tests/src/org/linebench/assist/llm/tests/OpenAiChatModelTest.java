package org.linebench.assist.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatMessage;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatModels;
import org.linebench.assist.llm.ChatOptions;
import org.linebench.assist.llm.internal.Messages;
import org.linebench.testing.LoopbackChatServer;

import com.google.gson.JsonObject;

/** The OpenAI-compatible client against a loopback server: the request it sends, the answer it reads, every failure as a localized error. */
class OpenAiChatModelTest {
  private static final ChatOptions FAST = new ChatOptions(0.0, 64, Duration.ofSeconds(10));

  private LoopbackChatServer server;
  private ChatModel model;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackChatServer(r -> LoopbackChatServer.completion("OP20 has no Chinese warning."));
    model = ChatModels.create(new ChatConfig("openai", server.endpoint(), "qwen2.5:7b", "k-123", null, FAST, java.util.Map.of()))
        .orElseThrow();
  }

  @AfterEach
  void stop() {
    model.close();
    server.close();
  }

  @Test
  void sendsTheConversationAndReadsTheAnswer() throws Exception {
    String answer = model.chat(List.of(ChatMessage.system("be brief"), ChatMessage.user("哪些工位没有中文警告？")), FAST);
    assertEquals("OP20 has no Chinese warning.", answer);
    assertEquals(1, server.requests().size());
    LoopbackChatServer.Request r = server.requests().get(0);
    assertEquals("POST", r.method());
    assertEquals("/v1/chat/completions", r.path());
    assertEquals("Bearer k-123", r.authorization());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonObject body = r.body();
    assertEquals("qwen2.5:7b", body.get("model").getAsString());
    assertEquals(64, body.get("max_tokens").getAsInt());
    assertEquals(0.0, body.get("temperature").getAsDouble());
    assertEquals(false, body.get("stream").getAsBoolean());
    assertEquals(2, body.getAsJsonArray("messages").size());
    JsonObject user = body.getAsJsonArray("messages").get(1).getAsJsonObject();
    assertEquals("user", user.get("role").getAsString());
    assertEquals("哪些工位没有中文警告？", user.get("content").getAsString());
    assertEquals("system", body.getAsJsonArray("messages").get(0).getAsJsonObject().get("role").getAsString());
  }

  @Test
  void serverErrorIsLocalized() {
    server.answer(r -> new LoopbackChatServer.Reply(500, "{\"error\":{\"message\":\"model 'qwen2.5:7b' not found\"}}"));
    ChatException e = assertThrows(ChatException.class, () -> model.chat(List.of(ChatMessage.user("q")), FAST));
    assertEquals("The language model at " + server.endpoint() + "/chat/completions answered with HTTP status 500: model 'qwen2.5:7b' not found",
        e.getMessage());
  }

  @Test
  void notFoundIsLocalized() {
    server.answer(r -> new LoopbackChatServer.Reply(404, "404 page not found"));
    ChatException e = assertThrows(ChatException.class, () -> model.chat(List.of(ChatMessage.user("q")), FAST));
    assertTrue(e.getMessage().endsWith("answered with HTTP status 404: 404 page not found"), e.getMessage());
  }

  @Test
  void garbageIsLocalized() {
    server.answer(r -> new LoopbackChatServer.Reply(200, "<html>proxy login</html>"));
    ChatException e = assertThrows(ChatException.class, () -> model.chat(List.of(ChatMessage.user("q")), FAST));
    assertEquals("The language model at " + server.endpoint() + "/chat/completions sent a reply that is not an OpenAI chat completion: <html>proxy login</html>",
        e.getMessage());
    server.answer(r -> new LoopbackChatServer.Reply(200, "{\"choices\": []}"));
    assertThrows(ChatException.class, () -> model.chat(List.of(ChatMessage.user("q")), FAST));
    server.answer(r -> new LoopbackChatServer.Reply(200, "{\"choices\": [{\"message\": {\"content\": null}}]}"));
    assertThrows(ChatException.class, () -> model.chat(List.of(ChatMessage.user("q")), FAST));
  }

  @Test
  void slowServerTimesOut() {
    server.delay(20_000);
    long t0 = System.nanoTime();
    ChatException e = assertThrows(ChatException.class,
        () -> model.chat(List.of(ChatMessage.user("q")), FAST.withTimeout(Duration.ofMillis(400))));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("The language model at " + server.endpoint() + "/chat/completions did not answer within 0.4 s.", e.getMessage());
    assertTrue(millis < 10_000, millis + " ms"); // gave up at the timeout, not when the server answered
  }

  @Test
  void refusedPortIsLocalized() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + port + "/v1");
    try (ChatModel m = ChatModels.create(ChatConfig.openai(nowhere, "m", FAST)).orElseThrow()) {
      ChatException e = assertThrows(ChatException.class, () -> m.chat(List.of(ChatMessage.user("q")), FAST));
      assertEquals("No language model answers at " + nowhere + "/chat/completions (connection refused): is the server running?", e.getMessage());
    }
  }

  @Test
  void messagesInChinese() throws Exception {
    java.util.Properties zh = new java.util.Properties();
    try (var in = Messages.class.getResourceAsStream("messages_zh.properties")) {
      zh.load(in);
    }
    assertEquals("http://127.0.0.1:9/v1/chat/completions 没有语言模型应答（连接被拒绝）：服务器是否在运行？",
        NLS.bind(zh.getProperty("Chat_refused"), "http://127.0.0.1:9/v1/chat/completions"));
    assertEquals("http://h/v1/chat/completions 的语言模型未在 0.4 秒内应答。", NLS.bind(zh.getProperty("Chat_timeout"), "http://h/v1/chat/completions", 0.4));
  }
}
