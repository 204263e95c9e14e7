package org.linebench.lsp.tests;

import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

/** Text positions and edits as a client makes them. */
final class Edits {
  private static int version = 100;

  private Edits() {}

  static Position position(String text, int offset) {
    int line = 0;
    int start = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        start = i + 1;
      }
    }
    return new Position(line, offset - start);
  }

  static int offset(String text, Position p) {
    int line = 0;
    int i = 0;
    while (line < p.getLine()) {
      if (text.charAt(i++) == '\n') {
        line++;
      }
    }
    return i + p.getCharacter();
  }

  /** The position of the first occurrence of {@code what} after {@code after} (plus {@code delta} characters). */
  static Position at(String text, String after, String what, int delta) {
    int from = after == null ? 0 : text.indexOf(after);
    int i = text.indexOf(what, from);
    if (from < 0 || i < 0) {
      throw new AssertionError("no '" + what + "' after '" + after + "'");
    }
    return position(text, i + delta);
  }

  /** Sends an incremental change replacing {@code length} characters at {@code offset}; returns the new text. */
  static String replace(TestServer s, String file, String text, int offset, int length, String with) {
    Range range = new Range(position(text, offset), position(text, offset + length));
    s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(s.uri(file), ++version),
        List.of(new TextDocumentContentChangeEvent(range, with))));
    return text.substring(0, offset) + with + text.substring(offset + length);
  }

  /** The text after applying the edits (which must not overlap). */
  static String apply(String text, List<? extends TextEdit> edits) {
    List<? extends TextEdit> sorted = edits.stream()
        .sorted((a, b) -> Integer.compare(offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart()))).toList();
    StringBuilder b = new StringBuilder(text);
    for (TextEdit e : sorted) {
      b.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
    }
    return b.toString();
  }
}
