package org.linebench.assist.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatModels;

/** Reading a model configuration: the keys, relative model files, bad values as localized errors, no model by default. */
class ChatConfigTest {
  @TempDir
  Path dir;

  @Test
  void readsEveryKey() throws Exception {
    Path f = write("kind = openai\nendpoint = http://127.0.0.1:11434/v1\nmodel = qwen2.5:7b\napi-key = secret\n"
        + "temperature = 0\nmax-tokens = 64\ntimeout-seconds = 2.5\nthreads = 4\nmodel-file = m/q.gguf\n");
    ChatConfig c = ChatConfig.read(f);
    assertEquals("openai", c.kind());
    assertEquals(URI.create("http://127.0.0.1:11434/v1"), c.endpoint());
    assertEquals("qwen2.5:7b", c.model());
    assertEquals("secret", c.apiKey());
    assertEquals(0.0, c.options().temperature());
    assertEquals(64, c.options().maxTokens());
    assertEquals(Duration.ofMillis(2500), c.options().timeout());
    assertEquals(Map.of("threads", "4"), c.settings());
    assertEquals(dir.resolve("m/q.gguf"), c.modelFile());
    assertFalse(c.toString().contains("secret"), c.toString());
  }

  @Test
  void noKindIsNoModel() throws Exception {
    ChatConfig c = ChatConfig.read(write("# nothing\n"));
    assertFalse(c.configured());
    assertEquals(Optional.empty(), ChatModels.create(c));
    assertEquals(Optional.empty(), ChatModels.create(ChatConfig.EMPTY));
  }

  @Test
  void apiKeyFromTheEnvironment() throws Exception {
    ChatConfig c = ChatConfig.of(Map.of("kind", "openai", "endpoint", "http://h:1", "model", "m", "api-key-env", "KEY"), dir, "x",
        Map.of("KEY", "k1"));
    assertEquals("k1", c.apiKey());
    ChatException e = assertThrows(ChatException.class,
        () -> ChatConfig.of(Map.of("kind", "openai", "api-key-env", "NOPE"), dir, "cfg.properties", Map.of()));
    assertEquals("cfg.properties: api-key-env names the environment variable NOPE, which is not set.", e.getMessage());
  }

  @Test
  void badValuesAreLocalizedErrors() throws Exception {
    Path f = write("kind = openai\nendpoint = ftp://x/\n");
    assertEquals(f + ": endpoint \"ftp://x/\" is not an http or https URL.", assertThrows(ChatException.class, () -> ChatConfig.read(f)).getMessage());
    Path g = write("kind = openai\ntemperature = hot\n");
    assertEquals(g + ": temperature = \"hot\" is not a number in the allowed range.",
        assertThrows(ChatException.class, () -> ChatConfig.read(g)).getMessage());
    Path missing = dir.resolve("none.properties");
    assertEquals("Model configuration " + missing + " does not exist.", assertThrows(ChatException.class, () -> ChatConfig.read(missing)).getMessage());
  }

  @Test
  void kindsNeedTheirSettings() throws Exception {
    ChatConfig unknown = ChatConfig.read(write("kind = telepathy\n"));
    ChatException e = assertThrows(ChatException.class, () -> ChatModels.create(unknown));
    assertTrue(e.getMessage().startsWith("Unknown kind of language model \"telepathy\"; known kinds: none, openai"), e.getMessage());
    ChatConfig noEndpoint = ChatConfig.read(write("kind = openai\nmodel = m\n"));
    assertEquals("A language model of kind openai needs an endpoint (e.g. endpoint = http://127.0.0.1:11434/v1).",
        assertThrows(ChatException.class, () -> ChatModels.create(noEndpoint)).getMessage());
    ChatConfig ok = ChatConfig.read(write("kind = openai\nendpoint = http://127.0.0.1:8080\nmodel = qwen\n"));
    try (ChatModel m = ChatModels.create(ok).orElseThrow()) {
      assertEquals("qwen @ http://127.0.0.1:8080/v1/chat/completions", m.describe());
    }
  }

  private int n;

  private Path write(String text) throws IOException {
    Path f = dir.resolve("model" + (n++) + ".properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }
}
