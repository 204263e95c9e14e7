package org.linebench.assist.llama.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.llama.internal.GgufHeader;
import org.linebench.assist.llama.internal.LlamaModels;
import org.linebench.assist.llama.internal.Messages;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatModels;
import org.linebench.testing.TinyGguf;

/** Files that are no usable model never reach llama.cpp: each gets its own localized message. */
class GgufCheckTest {
  @TempDir
  Path dir;

  private static String error(Path file) {
    return error(Map.of("kind", "llama", "model-file", file.toString()));
  }

  private static String error(Map<String, String> keys) {
    return assertThrows(ChatException.class, () -> ChatModels.create(ChatConfig.of(keys, null, "test.properties", Map.of()))).getMessage();
  }

  @Test
  void theTinyModelsHeaderIsRead() throws Exception {
    Path file = TinyGguf.write(dir.resolve("tiny.gguf"), null);
    GgufHeader h = GgufHeader.read(file);
    assertEquals(3, h.version());
    assertEquals("llama", h.architecture());
    assertEquals(null, h.chatTemplate());
    assertEquals(TinyGguf.CONTEXT, h.number("context_length", 0));
    assertEquals(TinyGguf.EMBED, h.number("embedding_length", 0));
    assertEquals(1, h.number("block_count", 0));
    // 11 F32 tensors: 2 of vocabulary x embedding, 4 of embedding^2, 3 of embedding x feed-forward, 3 norms (32-byte aligned)
    long weights = 4L * (2 * TinyGguf.VOCAB * TinyGguf.EMBED + 4 * TinyGguf.EMBED * TinyGguf.EMBED + 3 * TinyGguf.EMBED * TinyGguf.FEED_FORWARD
        + 3 * TinyGguf.EMBED);
    assertEquals(weights, h.weightBytes());
    assertEquals(weights + 2L * 1 * 4096 * TinyGguf.EMBED * 2 + (512L << 20), LlamaModels.memoryNeed(h, 4096));
  }

  @Test
  void noModelFile() {
    assertEquals("A language model of kind llama needs a GGUF file (model-file = ...).", error(Map.of("kind", "llama")));
  }

  @Test
  void missingFile() {
    Path file = dir.resolve("qwen2.5-7b-instruct-q4_k_m.gguf");
    assertEquals("The GGUF model file " + file + " does not exist.", error(file));
  }

  @Test
  void aFolderIsNoModel() {
    assertEquals("Cannot read the GGUF model file " + dir + ": it is not a readable file", error(dir));
  }

  @Test
  void aTextFileIsNoModel() throws IOException {
    Path file = Files.writeString(dir.resolve("model.gguf"), "kind = llama\n");
    assertEquals(file + " is not a GGUF model file (it does not begin with \"GGUF\").", error(file));
  }

  @Test
  void anOldVersionIsRefused() throws IOException {
    Path file = Files.write(dir.resolve("v1.gguf"), header(1, 0, 0));
    assertEquals(file + " is a GGUF file of version 1; llama.cpp reads versions 2 and 3.", error(file));
  }

  @Test
  void aCutFileIsRefused() throws IOException {
    byte[] whole = Files.readAllBytes(TinyGguf.write(dir.resolve("whole.gguf"), null));
    Path tensorsCut = Files.write(dir.resolve("half.gguf"), Arrays.copyOf(whole, whole.length / 2));
    assertEquals(tensorsCut + " is cut short: the file ends before its model data does (an incomplete download?).", error(tensorsCut));
    Path headerCut = Files.write(dir.resolve("head.gguf"), Arrays.copyOf(whole, 200));
    assertEquals(headerCut + " is cut short: the file ends before its model data does (an incomplete download?).", error(headerCut));
  }

  @Test
  void aHeaderThatMakesNoSenseIsRefused() throws IOException {
    ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN).put(header(3, 0, 1)).putLong(Long.MAX_VALUE).putLong(0);
    Path file = Files.write(dir.resolve("bad.gguf"), b.array());
    assertEquals(file + " is damaged: its GGUF header makes no sense at byte 32.", error(file));
    Path counts = Files.write(dir.resolve("counts.gguf"), header(3, -1, 0));
    assertEquals(counts + " is damaged: its GGUF header makes no sense at byte 16.", error(counts));
  }

  @Test
  void aFileWithoutArchitectureIsRefused() throws IOException {
    Path file = Files.write(dir.resolve("empty.gguf"), header(3, 0, 0));
    assertEquals(file + " names no model architecture (general.architecture): it is no language model llama.cpp can load.", error(file));
  }

  @Test
  void aFileLlamaCppCannotLoadIsAnErrorNotACrash() throws Exception {
    byte[] key = "general.architecture".getBytes(StandardCharsets.UTF_8);
    byte[] value = "no-such-architecture".getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(24 + 8 + key.length + 4 + 8 + value.length).order(ByteOrder.LITTLE_ENDIAN).put(header(3, 0, 1))
        .putLong(key.length).put(key).putInt(8).putLong(value.length).put(value);
    Path file = Files.write(dir.resolve("unknown.gguf"), b.array());
    assertEquals("no-such-architecture", GgufHeader.read(file).architecture()); // a well-formed file: llama.cpp decides
    assertEquals("llama.cpp cannot load the model " + file + ": could not load model from given file path", error(file));
  }

  @Test
  void aModelLargerThanMemoryIsRefused() throws Exception {
    long total = LlamaModels.totalMemory();
    assertTrue(total > 0);
    Path file = TinyGguf.sparse(dir.resolve("huge.gguf"), total + (1L << 30));
    String message = error(file);
    assertTrue(message.startsWith("The model " + file + " needs about "), message);
    assertTrue(message.endsWith(" GB. Choose a smaller or more strongly quantized model (e.g. Q4_K_M)."), message);
    ChatException e = assertThrows(ChatException.class, () -> LlamaModels.checkMemory(file, 9L << 30, 8L << 30));
    assertEquals("The model " + file + " needs about 9.0 GB of memory; this computer has 8.0 GB. Choose a smaller or more strongly quantized model (e.g. Q4_K_M).",
        e.getMessage());
    LlamaModels.checkMemory(file, 8L << 30, 8L << 30); // enough is enough
  }

  @Test
  void aBadSettingIsNamed() throws IOException {
    Path file = TinyGguf.write(dir.resolve("tiny.gguf"), null);
    assertEquals(file + ": threads = \"none\" is not a whole number from 1 to 1024.",
        error(Map.of("kind", "llama", "model-file", file.toString(), "threads", "none")));
    assertEquals(file + ": context = \"9000\" is not a whole number from 64 to 4096.",
        error(Map.of("kind", "llama", "model-file", file.toString(), "context", "9000")));
  }

  @Test
  void messagesInChinese() throws IOException {
    Properties zh = new Properties();
    try (var in = Messages.class.getResourceAsStream("messages_zh.properties")) {
      zh.load(in);
    }
    assertEquals("GGUF 模型文件 m.gguf 不存在。", NLS.bind(zh.getProperty("Llama_missing"), "m.gguf"));
    assertEquals("m.gguf 不是 GGUF 模型文件（开头不是“GGUF”）。", NLS.bind(zh.getProperty("Llama_notGguf"), "m.gguf"));
    assertEquals("模型 m.gguf 约需 9.0 GB 内存；本机只有 8.0 GB。请选用更小或量化程度更高的模型（如 Q4_K_M）。",
        NLS.bind(zh.getProperty("Llama_tooLarge"), new Object[] {"m.gguf", "9.0", "8.0"}));
    assertEquals("模型 m.gguf 未能在 0.15 秒内完成回答。", NLS.bind(zh.getProperty("Llama_timeout"), "m.gguf", 0.15));
  }

  /** Magic, version, tensor count, metadata count. */
  private static byte[] header(int version, long tensors, long entries) {
    return ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).put(new byte[] {'G', 'G', 'U', 'F'}).putInt(version).putLong(tensors)
        .putLong(entries).array();
  }
}
