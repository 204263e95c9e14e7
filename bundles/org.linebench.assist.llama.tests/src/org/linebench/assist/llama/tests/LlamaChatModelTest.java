package org.linebench.assist.llama.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.llama.internal.LlamaChatModel;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatMessage;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatModels;
import org.linebench.assist.llm.ChatOptions;
import org.linebench.testing.TinyGguf;

/**
 * The tiny GGUF model the tests write ({@link TinyGguf}), loaded by llama.cpp in this JVM through the
 * extension point, as a user's config file would: it answers gibberish, always the same, as long as asked.
 */
class LlamaChatModelTest {
  private static final List<ChatMessage> QUESTION = List.of(ChatMessage.system("You check production lines."),
      ChatMessage.user("Which stations lack a light curtain?"));
  private static final String CHATML = "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
      + "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

  @TempDir
  static Path dir;
  private static ChatModel model;

  static ChatModel load(Path file) throws ChatException {
    ChatConfig config = ChatConfig.of(Map.of("kind", "llama", "model-file", file.getFileName().toString(), "threads", "1"), file.getParent(),
        "test", Map.of());
    return ChatModels.create(config).orElseThrow();
  }

  static ChatOptions options(int maxTokens) {
    return new ChatOptions(0, maxTokens, Duration.ofSeconds(60));
  }

  @BeforeAll
  static void loadTinyModel() throws Exception {
    model = load(TinyGguf.write(dir.resolve("tiny.gguf"), null));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void loadedThroughTheExtensionPoint() {
    assertInstanceOf(LlamaChatModel.class, model);
    assertTrue(ChatModels.kinds().contains("llama"), ChatModels.kinds().toString());
    assertEquals("tiny.gguf (GGUF, llama, in-process)", model.describe());
  }

  @Test
  void theBindingCleansAFolderOfOursNotTheTempFolder() {
    // at its first use the binding deletes the files of its temp folder named llama* or jllama*
    Path scratch = Path.of(System.getProperty("de.kherud.llama.tmpdir"));
    Path library = Path.of(System.getProperty("de.kherud.llama.lib.path"));
    assertEquals("scratch", scratch.getFileName().toString());
    assertEquals("llama-4.2.0", scratch.getParent().getFileName().toString(), scratch.toString());
    assertEquals(org.linebench.core.UserCache.folder().toAbsolutePath().normalize(), scratch.getParent().getParent(),
        "in the user's cache, not the shared temp folder: " + scratch);
    assertEquals(scratch.getParent(), library.getParent());
    assertTrue(java.nio.file.Files.isRegularFile(library.resolve(System.mapLibraryName("jllama"))), library.toString());
  }

  @Test
  void answersTheSameTextTwice() throws Exception {
    String first = model.chat(QUESTION, options(24));
    String second = model.chat(QUESTION, options(24));
    assertEquals(24, first.length(), first); // one printable byte per token, never the end token
    assertTrue(first.chars().allMatch(c -> c >= 0x20 && c < 0x7F), first);
    assertEquals(first, second);
    assertNotEquals(first, model.chat(List.of(ChatMessage.user("Where is the e-stop?")), options(24)));
  }

  @Test
  void maxTokensIsHonoured() throws Exception {
    String five = model.chat(QUESTION, options(5));
    String forty = model.chat(QUESTION, options(40));
    assertEquals(5, five.length(), five);
    assertEquals(40, forty.length(), forty);
    assertTrue(forty.startsWith(five), five + " / " + forty); // greedy: the longer answer goes on from the shorter
  }

  @Test
  void aModelWithoutATemplateGetsAPlainTranscript() {
    assertEquals("System: You check production lines.\n\nUser: Which stations lack a light curtain?\n\nAssistant:",
        ((LlamaChatModel) model).prompt(QUESTION));
  }

  @Test
  void aModelWithATemplateGetsItsOwn() throws Exception {
    try (ChatModel chatml = load(TinyGguf.write(dir.resolve("chatml.gguf"), CHATML))) {
      assertEquals("<|im_start|>system\nYou check production lines.<|im_end|>\n<|im_start|>user\nWhich stations lack a light curtain?<|im_end|>\n"
          + "<|im_start|>assistant\n", ((LlamaChatModel) chatml).prompt(QUESTION));
      assertEquals(10, chatml.chat(QUESTION, options(10)).length());
    }
  }

  @Test
  void timeoutStopsALongAnswerAndTheModelAnswersAgain() throws Exception {
    ChatOptions quick = new ChatOptions(0, 1_000_000, Duration.ofMillis(150));
    long start = System.nanoTime();
    ChatException e = assertThrows(ChatException.class, () -> model.chat(QUESTION, quick));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("The model " + dir.resolve("tiny.gguf") + " did not finish its answer within 0.15 s.", e.getMessage());
    assertTrue(millis < 5000, millis + " ms");
    assertEquals(model.chat(QUESTION, options(12)), model.chat(QUESTION, options(12)));
  }

  @Test
  void anInterruptedCallerIsCancelledAtOnce() {
    Thread.currentThread().interrupt();
    ChatException e = assertThrows(ChatException.class, () -> model.chat(QUESTION, options(10)));
    assertTrue(Thread.interrupted(), "the interrupt flag is set again");
    assertEquals("The answer of the model " + dir.resolve("tiny.gguf") + " was cancelled.", e.getMessage());
  }

  @Test
  void interruptingAnAnswerUnderWayCancelsIt() throws Exception {
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread asker = new Thread(() -> {
      try {
        outcome.set(new AssertionError("answered: " + model.chat(QUESTION, new ChatOptions(0, 10_000_000, Duration.ofSeconds(60)))));
      } catch (ChatException e) {
        outcome.set(Thread.currentThread().isInterrupted() ? e : new AssertionError("interrupt flag lost", e));
      }
    });
    asker.start();
    Thread.sleep(300);
    asker.interrupt();
    asker.join(10_000);
    assertFalse(asker.isAlive(), "still generating 10 s after the interrupt");
    assertInstanceOf(ChatException.class, outcome.get());
    assertEquals("The answer of the model " + dir.resolve("tiny.gguf") + " was cancelled.", outcome.get().getMessage());
    assertEquals(8, model.chat(QUESTION, options(8)).length());
  }

  @Test
  void aClosedModelSaysSo() throws Exception {
    ChatModel other = load(TinyGguf.write(dir.resolve("other.gguf"), null));
    assertEquals(6, other.chat(QUESTION, options(6)).length());
    other.close();
    other.close(); // twice is harmless
    ChatException e = assertThrows(ChatException.class, () -> other.chat(QUESTION, options(6)));
    assertEquals("The model " + dir.resolve("other.gguf") + " has been closed.", e.getMessage());
  }
}
