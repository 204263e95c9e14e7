package org.linebench.assist.llama.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.ChatException;

/**
 * What LineBench checks of a GGUF file before llama.cpp sees it (native code may abort the JVM on a
 * broken file): the magic, version 2 or 3, sane counts, every metadata value readable, an architecture,
 * every tensor's data inside the file. Keeps the few values needed to size the memory and pick a chat
 * template. The layout: magic {@code GGUF}, version (u32), tensor count and metadata count (u64), the
 * metadata (key, type, value), the tensor infos (name, dimensions, ggml type, offset), padding to the
 * alignment, the tensor data; all little-endian.
 *
 * @param architecture {@code general.architecture}, e.g. {@code llama}, {@code qwen2}
 * @param chatTemplate {@code tokenizer.chat_template}, or null when the model has none
 * @param numbers the unsigned and signed integer metadata by key ({@code qwen2.context_length}, ...)
 * @param weightBytes the bytes of tensor data (from the start of the data to the end of the file)
 */
public record GgufHeader(int version, String architecture, String chatTemplate, Map<String, Long> numbers, long weightBytes) {
  private static final int MAGIC = 0x46554747; // "GGUF" read little-endian
  private static final long MAX_COUNT = 10_000_000;
  private static final int MAX_STRING = 64 << 20;
  private static final int MAX_DIMS = 4;
  // metadata value types; SIZES: their bytes (-1: a string or an array)
  private static final int FLOAT32 = 6;
  private static final int BOOL = 7;
  private static final int STRING = 8;
  private static final int FLOAT64 = 12;
  private static final int ARRAY = 9;
  private static final int[] SIZES = {1, 1, 2, 2, 4, 4, 4, 1, -1, -1, 8, 8, 8};

  /** The value of {@code <architecture>.<suffix>}, or {@code otherwise}. */
  public long number(String suffix, long otherwise) {
    return numbers.getOrDefault(architecture + '.' + suffix, otherwise);
  }

  /** Reads and checks the header of {@code file}; a file that is missing, unreadable or no usable GGUF is a localized error. */
  public static GgufHeader read(Path file) throws ChatException {
    if (!Files.exists(file)) {
      throw new ChatException(NLS.bind(Messages.Llama_missing, file));
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ChatException(NLS.bind(Messages.Llama_unreadable, file, Messages.Llama_notAFile));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Reader(new DataInputStream(new BufferedInputStream(in, 1 << 16)), file, Files.size(file)).header();
    } catch (EOFException e) {
      throw new ChatException(NLS.bind(Messages.Llama_truncated, file));
    } catch (IOException e) {
      throw new ChatException(NLS.bind(Messages.Llama_unreadable, file, e.getMessage()), e);
    }
  }

  private static final class Reader {
    private final DataInputStream in;
    private final Path file;
    private final long size;
    private long position;

    Reader(DataInputStream in, Path file, long size) {
      this.in = in;
      this.file = file;
      this.size = size;
    }

    GgufHeader header() throws IOException, ChatException {
      if (size < 24 || u32() != MAGIC) {
        throw new ChatException(NLS.bind(Messages.Llama_notGguf, file));
      }
      int version = u32();
      if (version != 2 && version != 3) {
        throw new ChatException(NLS.bind(Messages.Llama_version, file, Integer.toUnsignedString(version)));
      }
      long tensors = count(u64());
      long entries = count(u64());
      Map<String, Long> numbers = new HashMap<>();
      Map<String, String> strings = new HashMap<>();
      for (long i = 0; i < entries; i++) {
        String key = string();
        int type = u32();
        if (type == STRING) {
          strings.put(key, string());
        } else if (type >= 0 && type < SIZES.length && type != ARRAY) {
          long n = scalar(type);
          if (type != FLOAT32 && type != FLOAT64 && type != BOOL) {
            numbers.put(key, n);
          }
        } else if (type == ARRAY) {
          array();
        } else {
          throw corrupt();
        }
      }
      String architecture = strings.get("general.architecture"); //$NON-NLS-1$
      if (architecture == null || architecture.isBlank()) {
        throw new ChatException(NLS.bind(Messages.Llama_noArchitecture, file));
      }
      long alignment = numbers.getOrDefault("general.alignment", 32L); //$NON-NLS-1$
      if (alignment <= 0 || Long.bitCount(alignment) != 1) {
        throw corrupt();
      }
      long end = 0;
      for (long i = 0; i < tensors; i++) {
        string();
        int dims = u32();
        if (dims < 1 || dims > MAX_DIMS) {
          throw corrupt();
        }
        long elements = 1;
        for (int d = 0; d < dims; d++) {
          long n = u64();
          if (n < 0 || Math.multiplyHigh(elements, n) != 0) {
            throw corrupt();
          }
          elements *= n;
          if (elements < 0 || elements > size * 8 + 256) { // no type takes less than a bit per value
            throw corrupt();
          }
        }
        long bytes = GgmlTypes.bytes(u32(), elements);
        long offset = u64();
        if (offset < 0 || offset % alignment != 0) {
          throw corrupt();
        }
        end = Math.max(end, offset + Math.max(bytes, 0));
      }
      long dataStart = (position + alignment - 1) / alignment * alignment;
      if (tensors > 0 && dataStart + end > size) { // without tensors the padding may be missing too
        throw new ChatException(NLS.bind(Messages.Llama_truncated, file));
      }
      return new GgufHeader(version, architecture, strings.get("tokenizer.chat_template"), Map.copyOf(numbers), Math.max(0, size - dataStart)); //$NON-NLS-1$
    }

    private ChatException corrupt() {
      return new ChatException(NLS.bind(Messages.Llama_corrupt, file, position));
    }

    private long count(long n) throws ChatException {
      if (n < 0 || n > MAX_COUNT) {
        throw corrupt();
      }
      return n;
    }

    private void array() throws IOException, ChatException {
      int type = u32();
      long n = count(u64());
      if (type == STRING) {
        for (long i = 0; i < n; i++) {
          skip(length());
        }
      } else if (type >= 0 && type < SIZES.length && type != ARRAY) {
        skip(n * SIZES[type]);
      } else {
        throw corrupt(); // nested arrays: none in the models llama.cpp reads
      }
    }

    private long scalar(int type) throws IOException {
      return switch (SIZES[type]) {
        case 1 -> u8();
        case 2 -> u16();
        case 4 -> Integer.toUnsignedLong(u32());
        default -> u64();
      };
    }

    private int u8() throws IOException {
      position += 1;
      return in.readUnsignedByte();
    }

    private int u16() throws IOException {
      position += 2;
      return Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
    }

    private String string() throws IOException, ChatException {
      int n = (int) length();
      byte[] bytes = new byte[n];
      in.readFully(bytes);
      position += n;
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A string's length: more than {@value #MAX_STRING} bytes is no GGUF string, past the end a cut file. */
    private long length() throws IOException, ChatException {
      long n = u64();
      if (n < 0 || n > MAX_STRING) {
        throw corrupt();
      }
      return n;
    }

    private void skip(long n) throws IOException, ChatException {
      if (n > size - position) {
        throw new EOFException();
      }
      in.skipNBytes(n);
      position += n;
    }

    private int u32() throws IOException {
      position += 4;
      return Integer.reverseBytes(in.readInt());
    }

    private long u64() throws IOException {
      position += 8;
      return Long.reverseBytes(in.readLong());
    }
  }
}
