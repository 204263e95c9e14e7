package org.linebench.ml.data;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Finds where a CSV file's quoting goes wrong, for the message: the quote that opens a field and
 * is never closed, or a closing quote followed by other text before the delimiter. The parser
 * only says that it failed; this scanner reads the text again from the failing record on.
 */
final class QuoteScanner {
  private final PushbackReader in;
  private final char delimiter;
  private int line;

  private QuoteScanner(Reader in, char delimiter, int line) {
    this.in = new PushbackReader(in, 2);
    this.delimiter = delimiter;
    this.line = line;
  }

  /**
   * The line and field (1-based) of the quoting error in the record that starts on
   * {@code startLine}, or that line and field 0 when the scan finds none.
   *
   * @param unclosed whether to look for an unclosed quote (else: text after a closing quote)
   */
  static int[] locate(Reader text, char delimiter, int startLine, boolean unclosed) throws IOException {
    QuoteScanner s = new QuoteScanner(text, delimiter, 1);
    while (s.line < startLine) {
      int ch = s.read();
      if (ch < 0) {
        return new int[] {startLine, 0};
      }
    }
    return s.scan(startLine, unclosed);
  }

  /** Reads a character, counting lines (LF, CR and CRLF). */
  private int read() throws IOException {
    int ch = in.read();
    if (ch == '\r') {
      int next = in.read();
      if (next != '\n' && next >= 0) {
        in.unread(next);
      }
      line++;
      return '\n';
    }
    if (ch == '\n') {
      line++;
    }
    return ch;
  }

  private int[] scan(int startLine, boolean unclosed) throws IOException {
    int field = 1;
    int[] found = null;
    int ch = read();
    while (ch >= 0) {
      while (ch == ' ' && delimiter != ' ') {
        ch = read();
      }
      if (ch == '"') {
        int quoteLine = line;
        int quoteField = field;
        boolean closed = false;
        while ((ch = read()) >= 0) {
          if (ch == '"') {
            int next = read();
            if (next != '"') {
              closed = true;
              ch = next;
              break;
            }
          }
        }
        if (!closed) {
          return new int[] {quoteLine, quoteField};
        }
        while (ch == ' ') {
          ch = read();
        }
        if (ch >= 0 && ch != delimiter && ch != '\n' && !unclosed && found == null) {
          found = new int[] {line, field};
        }
      }
      while (ch >= 0 && ch != delimiter && ch != '\n') {
        ch = read();
      }
      if (ch == delimiter) {
        field++;
      } else if (ch == '\n') {
        if (found != null) {
          return found;
        }
        field = 1;
      }
      ch = ch < 0 ? ch : read();
    }
    return found != null ? found : new int[] {startLine, 0};
  }
}
