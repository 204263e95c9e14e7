package org.linebench.assist.llama.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;

import com.sun.management.OperatingSystemMXBean;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;

/** Loads a user's GGUF file as a {@link LlamaChatModel}, after checking the file and the memory it needs. */
public final class LlamaModels {
  /** The longest context used unless {@code context} asks for more: enough for a question with its evidence. */
  public static final int DEFAULT_CONTEXT = 4096;
  private static final long GB = 1L << 30;
  /** llama.cpp's compute buffers and the JVM beside the weights: a rough allowance. */
  private static final long OVERHEAD = 512L << 20;

  private LlamaModels() {}

  public static LlamaChatModel load(ChatConfig config) throws ChatException {
    Path file = config.modelFile();
    if (file == null) {
      throw new ChatException(Messages.Llama_noModelFile);
    }
    GgufHeader header = GgufHeader.read(file);
    int trained = (int) Math.min(Integer.MAX_VALUE, header.number("context_length", DEFAULT_CONTEXT)); //$NON-NLS-1$
    int context = setting(config, "context", Math.min(trained, DEFAULT_CONTEXT), 64, Math.max(trained, 64)); //$NON-NLS-1$
    int threads = setting(config, "threads", Runtime.getRuntime().availableProcessors(), 1, 1024); //$NON-NLS-1$
    int seed = setting(config, "seed", 42, 0, Integer.MAX_VALUE); //$NON-NLS-1$
    checkMemory(file, memoryNeed(header, context), totalMemory());
    Natives.load();
    try {
      LlamaModel model = new LlamaModel(new ModelParameters().setModel(file.toAbsolutePath().toString()).setCtxSize(context)
          .setThreads(threads).setThreadsBatch(threads).setParallel(1).disableLog());
      return new LlamaChatModel(file, header, model, seed);
    } catch (RuntimeException e) {
      throw new ChatException(NLS.bind(Messages.Llama_loadFailed, file, e.getMessage()), e);
    }
  }

  /**
   * The bytes a model needs in memory: its weights, the key-value cache of {@code context} tokens (F16)
   * and an allowance for llama.cpp's buffers.
   */
  public static long memoryNeed(GgufHeader header, int context) {
    long blocks = header.number("block_count", 0); //$NON-NLS-1$
    long embedding = header.number("embedding_length", 0); //$NON-NLS-1$
    long heads = Math.max(1, header.number("attention.head_count", 1)); //$NON-NLS-1$
    long kvHeads = header.number("attention.head_count_kv", heads); //$NON-NLS-1$
    long cache = 2 * blocks * context * (embedding * kvHeads / heads) * 2;
    return header.weightBytes() + cache + OVERHEAD;
  }

  /** A localized error when {@code need} bytes exceed the computer's {@code total}. */
  public static void checkMemory(Path file, long need, long total) throws ChatException {
    if (total > 0 && need > total) {
      throw new ChatException(NLS.bind(Messages.Llama_tooLarge, new Object[] {file, gb(need), gb(total)}));
    }
  }

  /** The computer's physical memory (or the container's limit); 0 when the JVM cannot tell. */
  public static long totalMemory() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getTotalMemorySize() : 0;
  }

  private static String gb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (double) GB); //$NON-NLS-1$
  }

  private static int setting(ChatConfig config, String key, int otherwise, int min, int max) throws ChatException {
    String value = config.settings().get(key);
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new ChatException(NLS.bind(Messages.Llama_badSetting, new Object[] {config.modelFile(), key, value, min, max}));
  }
}
