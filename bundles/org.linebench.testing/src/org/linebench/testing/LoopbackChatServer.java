package org.linebench.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A chat server on 127.0.0.1 and a free port that speaks the OpenAI chat protocol as the tests
 * tell it: it records each request (path, headers, JSON body) and answers with a status and body
 * computed from the request. No model: the tests decide what it says. Shared by the tests of the
 * language-model client and of the assistant's model fixes.
 */
public final class LoopbackChatServer implements AutoCloseable {
  public record Reply(int status, String body) {}

  public record Request(String method, String path, String authorization, String contentType, JsonObject body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "loopback-chat");
    t.setDaemon(true);
    return t;
  });
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile Function<Request, Reply> answer;
  private volatile long delayMillis;

  public LoopbackChatServer(Function<Request, Reply> answer) throws IOException {
    this.answer = answer;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A completion as the protocol has it: one choice whose message is the text. */
  public static Reply completion(String text) {
    JsonObject message = new JsonObject();
    message.addProperty("role", "assistant");
    message.addProperty("content", text);
    JsonObject choice = new JsonObject();
    choice.addProperty("index", 0);
    choice.add("message", message);
    choice.addProperty("finish_reason", "stop");
    JsonObject body = new JsonObject();
    body.addProperty("id", "chatcmpl-1");
    body.addProperty("object", "chat.completion");
    com.google.gson.JsonArray choices = new com.google.gson.JsonArray();
    choices.add(choice);
    body.add("choices", choices);
    return new Reply(200, body.toString());
  }

  /** The base URL as a user configures it: {@code http://127.0.0.1:PORT/v1}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  public List<Request> requests() {
    return requests;
  }

  public void answer(Function<Request, Reply> f) {
    answer = f;
  }

  /** Holds every reply back this long (or until the server closes). */
  public void delay(long millis) {
    delayMillis = millis;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonObject body;
      try {
        body = JsonParser.parseString(text).getAsJsonObject();
      } catch (RuntimeException e) {
        body = new JsonObject();
      }
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"), body);
      requests.add(request);
      if (delayMillis > 0) {
        try {
          released.await(delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Reply reply = answer.apply(request);
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      } catch (IOException e) {
        // the client gave up (timeout test)
      }
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
