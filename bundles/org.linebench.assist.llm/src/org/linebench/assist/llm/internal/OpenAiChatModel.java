package org.linebench.assist.llm.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatMessage;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatOptions;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A model behind an OpenAI-compatible {@code /v1/chat/completions} endpoint: Ollama, vLLM,
 * llama.cpp's server, LocalAI. One JSON request, no streaming; every failure is a localized
 * {@link ChatException} naming the endpoint.
 */
public final class OpenAiChatModel implements ChatModel {
  private static final String COMPLETIONS = "/chat/completions"; //$NON-NLS-1$
  private static final int EXCERPT = 200;

  private final URI url;
  private final String model;
  private final String apiKey;
  private final HttpClient client;

  OpenAiChatModel(URI url, String model, String apiKey) {
    this.url = url;
    this.model = model;
    this.apiKey = apiKey;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
        .proxy(HttpClient.Builder.NO_PROXY).build();
  }

  /** The model of a config of kind openai: it needs an endpoint and a model name. */
  public static OpenAiChatModel create(ChatConfig config) throws ChatException {
    if (config.endpoint() == null) {
      throw new ChatException(NLS.bind(Messages.Config_noEndpoint, config.kind()));
    }
    if (config.model() == null) {
      throw new ChatException(NLS.bind(Messages.Config_noModel, config.endpoint()));
    }
    return new OpenAiChatModel(completions(config.endpoint()), config.model(), config.apiKey());
  }

  /** The completions URL of a base URL: {@code http://h:p} and {@code http://h:p/v1} both give {@code http://h:p/v1/chat/completions}. */
  static URI completions(URI endpoint) {
    String s = endpoint.toString();
    while (s.endsWith("/")) { //$NON-NLS-1$
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith(COMPLETIONS)) {
      return URI.create(s);
    }
    String path = endpoint.getPath() == null ? "" : endpoint.getPath(); //$NON-NLS-1$
    return URI.create(path.isEmpty() || "/".equals(path) ? s + "/v1" + COMPLETIONS : s + COMPLETIONS); //$NON-NLS-1$ //$NON-NLS-2$
  }

  public URI url() {
    return url;
  }

  @Override
  public String describe() {
    return model + " @ " + url; //$NON-NLS-1$
  }

  @Override
  public String chat(List<ChatMessage> messages, ChatOptions options) throws ChatException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(options.timeout()).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
        .header("Accept", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
        .POST(HttpRequest.BodyPublishers.ofString(body(messages, options).toString(), StandardCharsets.UTF_8));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey); //$NON-NLS-1$ //$NON-NLS-2$
    }
    CompletableFuture<HttpResponse<String>> future = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ChatException(NLS.bind(Messages.Chat_timeout, url, options.timeout().toMillis() / 1000.0));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ChatException(NLS.bind(Messages.Chat_cancelled, url));
    } catch (ExecutionException e) {
      throw failure(e.getCause() == null ? e : e.getCause(), options);
    }
    if (response.statusCode() / 100 != 2) {
      throw new ChatException(NLS.bind(Messages.Chat_status, new Object[] {url, response.statusCode(), serverMessage(response.body())}));
    }
    return answer(response.body());
  }

  JsonObject body(List<ChatMessage> messages, ChatOptions options) {
    JsonObject body = new JsonObject();
    body.addProperty("model", model); //$NON-NLS-1$
    JsonArray list = new JsonArray();
    for (ChatMessage m : messages) {
      JsonObject o = new JsonObject();
      o.addProperty("role", m.role().wireName()); //$NON-NLS-1$
      o.addProperty("content", m.content()); //$NON-NLS-1$
      list.add(o);
    }
    body.add("messages", list); //$NON-NLS-1$
    body.addProperty("temperature", options.temperature()); //$NON-NLS-1$
    body.addProperty("max_tokens", options.maxTokens()); //$NON-NLS-1$
    body.addProperty("stream", false); //$NON-NLS-1$
    return body;
  }

  private String answer(String body) throws ChatException {
    try {
      JsonObject o = JsonParser.parseString(body).getAsJsonObject();
      JsonArray choices = o.getAsJsonArray("choices"); //$NON-NLS-1$
      if (choices != null && !choices.isEmpty()) {
        JsonObject message = choices.get(0).getAsJsonObject().getAsJsonObject("message"); //$NON-NLS-1$
        JsonElement content = message == null ? null : message.get("content"); //$NON-NLS-1$
        if (content != null && content.isJsonPrimitive()) {
          return content.getAsString();
        }
      }
    } catch (JsonParseException | IllegalStateException | ClassCastException | UnsupportedOperationException e) {
      // below
    }
    throw new ChatException(NLS.bind(Messages.Chat_badReply, url, excerpt(body)));
  }

  /** The server's own error text ({@code {"error": {"message": ...}}}) or the start of its body. */
  private static String serverMessage(String body) {
    try {
      JsonElement e = JsonParser.parseString(body);
      if (e.isJsonObject() && e.getAsJsonObject().has("error")) { //$NON-NLS-1$
        JsonElement error = e.getAsJsonObject().get("error"); //$NON-NLS-1$
        if (error.isJsonObject() && error.getAsJsonObject().has("message")) { //$NON-NLS-1$
          return excerpt(error.getAsJsonObject().get("message").getAsString()); //$NON-NLS-1$
        }
        if (error.isJsonPrimitive()) {
          return excerpt(error.getAsString());
        }
      }
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      // the body as it is
    }
    return excerpt(body);
  }

  private static String excerpt(String s) {
    if (s == null) {
      return ""; //$NON-NLS-1$
    }
    String one = s.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
    return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT) + "…"; //$NON-NLS-1$
  }

  private ChatException failure(Throwable cause, ChatOptions options) {
    if (cause instanceof HttpTimeoutException) {
      return new ChatException(NLS.bind(Messages.Chat_timeout, url, options.timeout().toMillis() / 1000.0), cause);
    }
    if (cause instanceof ConnectException) {
      return new ChatException(NLS.bind(Messages.Chat_refused, url), cause);
    }
    String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (cause instanceof IOException) {
      return new ChatException(NLS.bind(Messages.Chat_io, url, reason), cause);
    }
    return new ChatException(NLS.bind(Messages.Chat_io, url, reason), cause);
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
