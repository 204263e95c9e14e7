package org.linebench.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a tiny GGUF v3 model of the llama architecture for tests: one block, embedding 16, two heads,
 * a byte-level SentencePiece vocabulary ({@code <unk>}, {@code <s>}, {@code </s>} and the 256 byte
 * tokens {@code <0x00>}..{@code <0xFF>}), F32 weights from a fixed pseudo-random sequence. Its answers
 * are gibberish, but always the same ones; no model weights are shipped or downloaded.
 * <p>
 * The first dimension of the residual stream is held constant (token embeddings carry it, the attention
 * and feed-forward outputs never write it) and the output matrix gives it a positive weight for the
 * printable ASCII bytes only, a negative one for all other tokens: the model writes printable text and
 * never the end token, so it always runs to the token limit. Shared by the tests of the in-process
 * model and of the assistant's model fixes.
 */
public final class TinyGguf {
  public static final int EMBED = 16;
  public static final int HEADS = 2;
  public static final int FEED_FORWARD = 32;
  public static final int CONTEXT = 4096;
  public static final int VOCAB = 3 + 256;

  private static final int ALIGNMENT = 32;
  private static final int T_UINT32 = 4;
  private static final int T_INT32 = 5;
  private static final int T_FLOAT32 = 6;
  private static final int T_STRING = 8;
  private static final int T_ARRAY = 9;
  private static final int GGML_F32 = 0;

  private final List<byte[]> metadata = new ArrayList<>();
  private final List<Tensor> tensors = new ArrayList<>();
  private long seed = 0x9E3779B97F4A7C15L;

  private record Tensor(String name, long[] dims, float[] data) {}

  private TinyGguf() {}

  /** Writes the model to {@code file}; {@code chatTemplate} (Jinja) is stored as the model's own template when not null. */
  public static Path write(Path file, String chatTemplate) throws IOException {
    TinyGguf g = new TinyGguf();
    g.describe(chatTemplate);
    g.weights();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      g.writeTo(out);
    }
    return file;
  }

  /**
   * A GGUF file whose one tensor holds {@code bytes} of F32 data, written sparse (the data is a hole in
   * the file): a model larger than the computer's memory that takes no room on disk.
   */
  public static Path sparse(Path file, long bytes) throws IOException {
    TinyGguf g = new TinyGguf();
    g.string("general.architecture", "llama"); //$NON-NLS-1$ //$NON-NLS-2$
    g.tensors.add(new Tensor("token_embd.weight", new long[] {bytes / 4}, new float[0])); //$NON-NLS-1$
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      g.writeTo(out);
    }
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) { //$NON-NLS-1$
      f.setLength(f.length() + bytes);
    }
    return file;
  }

  private void describe(String chatTemplate) {
    string("general.architecture", "llama"); //$NON-NLS-1$ //$NON-NLS-2$
    string("general.name", "linebench-tiny-test"); //$NON-NLS-1$ //$NON-NLS-2$
    u32("general.alignment", ALIGNMENT); //$NON-NLS-1$
    u32("llama.context_length", CONTEXT); //$NON-NLS-1$
    u32("llama.embedding_length", EMBED); //$NON-NLS-1$
    u32("llama.block_count", 1); //$NON-NLS-1$
    u32("llama.feed_forward_length", FEED_FORWARD); //$NON-NLS-1$
    u32("llama.attention.head_count", HEADS); //$NON-NLS-1$
    u32("llama.attention.head_count_kv", HEADS); //$NON-NLS-1$
    f32("llama.attention.layer_norm_rms_epsilon", 1e-5f); //$NON-NLS-1$
    u32("llama.rope.dimension_count", EMBED / HEADS); //$NON-NLS-1$
    f32("llama.rope.freq_base", 10000f); //$NON-NLS-1$
    string("tokenizer.ggml.model", "llama"); //$NON-NLS-1$ //$NON-NLS-2$
    List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int[] types = new int[VOCAB];
    types[0] = 2; // unknown
    types[1] = 3; // control
    types[2] = 3;
    for (int b = 0; b < 256; b++) {
      tokens.add(String.format("<0x%02X>", b)); //$NON-NLS-1$
      types[3 + b] = 6; // byte
    }
    strings("tokenizer.ggml.tokens", tokens); //$NON-NLS-1$
    f32s("tokenizer.ggml.scores", new float[VOCAB]); //$NON-NLS-1$
    i32s("tokenizer.ggml.token_type", types); //$NON-NLS-1$
    u32("tokenizer.ggml.unknown_token_id", 0); //$NON-NLS-1$
    u32("tokenizer.ggml.bos_token_id", 1); //$NON-NLS-1$
    u32("tokenizer.ggml.eos_token_id", 2); //$NON-NLS-1$
    if (chatTemplate != null) {
      string("tokenizer.chat_template", chatTemplate); //$NON-NLS-1$
    }
  }

  private void weights() {
    float[] embed = random(EMBED * VOCAB, 0.5f);
    for (int t = 0; t < VOCAB; t++) {
      embed[t * EMBED] = 4f; // the constant first dimension
    }
    tensor("token_embd.weight", embed, EMBED, VOCAB); //$NON-NLS-1$
    tensor("output_norm.weight", ones(EMBED), EMBED); //$NON-NLS-1$
    float[] output = random(EMBED * VOCAB, 0.3f);
    for (int t = 0; t < VOCAB; t++) {
      int b = t - 3;
      output[t * EMBED] = b >= 0x20 && b < 0x7F ? 2f : -2f;
    }
    tensor("output.weight", output, EMBED, VOCAB); //$NON-NLS-1$
    String blk = "blk.0."; //$NON-NLS-1$
    tensor(blk + "attn_norm.weight", ones(EMBED), EMBED); //$NON-NLS-1$
    tensor(blk + "attn_q.weight", random(EMBED * EMBED, 0.5f), EMBED, EMBED); //$NON-NLS-1$
    tensor(blk + "attn_k.weight", random(EMBED * EMBED, 0.5f), EMBED, EMBED); //$NON-NLS-1$
    tensor(blk + "attn_v.weight", random(EMBED * EMBED, 0.5f), EMBED, EMBED); //$NON-NLS-1$
    tensor(blk + "attn_output.weight", zeroFirstRow(random(EMBED * EMBED, 0.5f), EMBED), EMBED, EMBED); //$NON-NLS-1$
    tensor(blk + "ffn_norm.weight", ones(EMBED), EMBED); //$NON-NLS-1$
    tensor(blk + "ffn_gate.weight", random(EMBED * FEED_FORWARD, 0.5f), EMBED, FEED_FORWARD); //$NON-NLS-1$
    tensor(blk + "ffn_up.weight", random(EMBED * FEED_FORWARD, 0.5f), EMBED, FEED_FORWARD); //$NON-NLS-1$
    tensor(blk + "ffn_down.weight", zeroFirstRow(random(FEED_FORWARD * EMBED, 0.5f), FEED_FORWARD), FEED_FORWARD, EMBED); //$NON-NLS-1$
  }

  /** Row 0 (the first {@code rowLength} values) of a matrix stored row by row: output dimension 0 stays untouched. */
  private static float[] zeroFirstRow(float[] m, int rowLength) {
    for (int i = 0; i < rowLength; i++) {
      m[i] = 0;
    }
    return m;
  }

  private static float[] ones(int n) {
    float[] a = new float[n];
    java.util.Arrays.fill(a, 1f);
    return a;
  }

  /** Values in [-scale, scale) from xorshift64*: the same on every machine. */
  private float[] random(int n, float scale) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      seed ^= seed >>> 12;
      seed ^= seed << 25;
      seed ^= seed >>> 27;
      long r = seed * 0x2545F4914F6CDD1DL;
      a[i] = ((r >>> 40) / (float) (1 << 24) * 2 - 1) * scale;
    }
    return a;
  }

  private void tensor(String name, float[] data, long... dims) {
    tensors.add(new Tensor(name, dims, data));
  }

  // metadata: key, type, value

  private void u32(String key, int value) {
    metadata.add(kv(key, T_UINT32, le(4).putInt(value).array()));
  }

  private void f32(String key, float value) {
    metadata.add(kv(key, T_FLOAT32, le(4).putFloat(value).array()));
  }

  private void string(String key, String value) {
    metadata.add(kv(key, T_STRING, str(value)));
  }

  private void strings(String key, List<String> values) {
    ByteBuffer b = array(T_STRING, values.size(), values.stream().mapToInt(v -> str(v).length).sum());
    values.forEach(v -> b.put(str(v)));
    metadata.add(kv(key, T_ARRAY, b.array()));
  }

  private void f32s(String key, float[] values) {
    ByteBuffer b = array(T_FLOAT32, values.length, 4 * values.length);
    for (float v : values) {
      b.putFloat(v);
    }
    metadata.add(kv(key, T_ARRAY, b.array()));
  }

  private void i32s(String key, int[] values) {
    ByteBuffer b = array(T_INT32, values.length, 4 * values.length);
    for (int v : values) {
      b.putInt(v);
    }
    metadata.add(kv(key, T_ARRAY, b.array()));
  }

  private static ByteBuffer array(int type, int count, int bytes) {
    return le(12 + bytes).putInt(type).putLong(count);
  }

  private static byte[] kv(String key, int type, byte[] value) {
    byte[] k = str(key);
    return le(k.length + 4 + value.length).put(k).putInt(type).put(value).array();
  }

  private static byte[] str(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    return le(8 + utf8.length).putLong(utf8.length).put(utf8).array();
  }

  private static ByteBuffer le(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }

  private void writeTo(OutputStream out) throws IOException {
    long position = 0;
    ByteBuffer header = le(24);
    header.put("GGUF".getBytes(StandardCharsets.US_ASCII)).putInt(3).putLong(tensors.size()).putLong(metadata.size()); //$NON-NLS-1$
    position += write(out, header.array());
    for (byte[] kv : metadata) {
      position += write(out, kv);
    }
    long offset = 0;
    List<Long> offsets = new ArrayList<>();
    for (Tensor t : tensors) {
      byte[] name = str(t.name());
      ByteBuffer info = le(name.length + 4 + 8 * t.dims().length + 4 + 8);
      info.put(name).putInt(t.dims().length);
      for (long d : t.dims()) {
        info.putLong(d);
      }
      info.putInt(GGML_F32).putLong(offset);
      position += write(out, info.array());
      offsets.add(offset);
      offset = align(offset + 4L * t.data().length);
    }
    position += write(out, new byte[(int) (align(position) - position)]);
    long data = 0;
    for (int i = 0; i < tensors.size(); i++) {
      data += write(out, new byte[(int) (offsets.get(i) - data)]);
      float[] values = tensors.get(i).data();
      ByteBuffer b = le(4 * values.length);
      for (float v : values) {
        b.putFloat(v);
      }
      data += write(out, b.array());
    }
  }

  private static long align(long n) {
    return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
  }

  private static int write(OutputStream out, byte[] bytes) throws IOException {
    out.write(bytes);
    return bytes.length;
  }
}
