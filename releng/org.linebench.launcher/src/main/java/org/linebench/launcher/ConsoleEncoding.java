package org.linebench.launcher;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The encoding of what LineBench prints on the console. Java 18+ writes System.out and System.err in the console's
 * encoding ({@code stdout.encoding}): on Windows the console's code page (936 = GBK on a Chinese Windows, 65001 =
 * UTF-8 after {@code chcp 65001} or in Windows Terminal set so), elsewhere the locale's charset. LineBench's JVM
 * inherits the launcher's console, so on Windows Java's own choice is right. On Linux and macOS a machine without
 * a locale (LANG unset or C, as in containers and services) gives ASCII, which would print every Chinese character
 * as '?': then UTF-8, which is what today's terminals show.
 */
final class ConsoleEncoding {

  private ConsoleEncoding() {}

  /** The encoding to ask LineBench's JVM for, or null to leave Java's own choice. */
  static String forLineBench(Platform platform) {
    if (platform.os == Platform.Os.WINDOWS) {
      return null;
    }
    String nativeEncoding = platform.property("native.encoding");
    if (nativeEncoding == null) { // Java before 17
      nativeEncoding = platform.property("sun.jnu.encoding");
    }
    return nativeEncoding == null || isAscii(nativeEncoding) ? "UTF-8" : null;
  }

  /** The encoding for the launcher's own messages on stderr, on any Java from 8 on. */
  static String forMessages(Platform platform) {
    String[] keys = {"stderr.encoding", "sun.stderr.encoding", "native.encoding", "file.encoding"};
    for (String key : keys) {
      String e = platform.property(key);
      if (e != null && Charset.isSupported(e)) {
        return isAscii(e) && platform.os != Platform.Os.WINDOWS ? "UTF-8" : e;
      }
    }
    return "UTF-8";
  }

  static boolean isAscii(String encoding) {
    String e = encoding.toUpperCase(Locale.ROOT);
    return e.equals("ANSI_X3.4-1968") || e.equals("US-ASCII") || e.equals("ASCII") || e.equals("646");
  }

  /** A stream on stderr in the encoding for messages. */
  static PrintStream stderr(Platform platform) {
    try {
      return new PrintStream(new FileOutputStream(FileDescriptor.err), true, forMessages(platform));
    } catch (UnsupportedEncodingException e) {
      return System.err;
    }
  }
}
