package org.linebench.dsl.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.linebench.core.InputFiles;

/**
 * Reads line files as editors write them: UTF-8 with or without a byte-order mark, UTF-16 with
 * its mark, and GBK/GB18030, which Chinese Windows editors write, recognized by its Chinese text.
 * Anything else is refused with a message that says what the bytes are not; so is a file that is
 * not a regular file or larger than {@link #MAX_BYTES}.
 */
public final class LineFiles {
  /** The largest line file read: a generated plant of 10,000 stations is a few megabytes. */
  public static final long MAX_BYTES = 64L << 20;
  /** GB18030 decodes everything GBK does, and more. */
  public static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$
  /** Share of the non-ASCII characters that must be Chinese for bytes to be taken as GBK/GB18030. */
  private static final double CHINESE_SHARE = 0.8;

  /**
   * A line file's text.
   *
   * @param text the text, without a byte-order mark
   * @param charset the encoding it was read with
   * @param bom whether it began with a byte-order mark
   */
  public record Text(String text, Charset charset, boolean bom) {
    /** Whether the file was read as something else than UTF-8. */
    public boolean notUtf8() {
      return !charset.equals(StandardCharsets.UTF_8);
    }

    /** New text in this file's encoding, with its byte-order mark if it had one: what to write back. */
    public byte[] encode(String newText) {
      String s = bom ? "\uFEFF" + newText : newText; //$NON-NLS-1$
      return s.getBytes(charset);
    }
  }

  /** Bytes that are no line file's text; the message names the file and the problem. */
  public static final class EncodingException extends IOException {
    private static final long serialVersionUID = 1L;

    EncodingException(String localizedMessage) {
      super(localizedMessage);
    }
  }

  private LineFiles() {}

  /** Whether an exception's message names the file and says what is wrong (no prefix needed). */
  public static boolean selfExplaining(IOException e) {
    return e instanceof EncodingException || e instanceof InputFiles.RefusedFileException;
  }

  /** Reads a line file (only a regular file, at most {@link #MAX_BYTES}). */
  public static Text read(Path file) throws IOException {
    return decode(file.toString(), InputFiles.readAllBytes(file, MAX_BYTES));
  }

  /** Decodes a line file's bytes; {@code name} is for messages. */
  public static Text decode(String name, byte[] bytes) throws IOException {
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(name, bytes, 3, StandardCharsets.UTF_8, true);
    }
    if (starts(bytes, 0xFE, 0xFF)) {
      return strict(name, bytes, 2, StandardCharsets.UTF_16BE, true);
    }
    if (starts(bytes, 0xFF, 0xFE)) {
      return strict(name, bytes, 2, StandardCharsets.UTF_16LE, true);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new EncodingException(NLS.bind(Messages.LineFiles_binary, name));
      }
    }
    int bad = firstUndecodable(bytes, StandardCharsets.UTF_8);
    if (bad < 0) {
      return new Text(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }
    if (firstUndecodable(bytes, GB18030) < 0) {
      String text = new String(bytes, GB18030);
      if (mostlyChinese(text)) {
        return new Text(text, GB18030, false);
      }
    }
    throw new EncodingException(NLS.bind(Messages.LineFiles_notUtf8,
        new Object[] {name, String.format("%02X", bytes[bad] & 0xff), lineAt(bytes, bad)})); //$NON-NLS-1$
  }

  private static Text strict(String name, byte[] bytes, int skip, Charset charset, boolean bom) throws IOException {
    try {
      String text = decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
      return new Text(text, charset, bom);
    } catch (CharacterCodingException e) {
      int bad = firstUndecodable(bytes, charset);
      throw new EncodingException(NLS.bind(Messages.LineFiles_badBom, new Object[] {name, charset.name(), lineAt(bytes, Math.max(bad, 0))}));
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte the charset cannot decode, or -1. */
  private static int firstUndecodable(byte[] bytes, Charset charset) {
    CharsetDecoder d = decoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = d.flush(out);
        return r.isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Whether most characters beyond ASCII are Chinese (ideographs, CJK and full-width punctuation). */
  private static boolean mostlyChinese(String text) {
    int other = 0;
    int chinese = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
      if (b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
          || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS || b == Character.UnicodeBlock.GENERAL_PUNCTUATION
          || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A || c == '\u00B0') {
        chinese++;
      } else {
        other++;
      }
    }
    return chinese > 0 && chinese >= CHINESE_SHARE * (chinese + other);
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
