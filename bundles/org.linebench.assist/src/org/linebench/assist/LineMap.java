package org.linebench.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.linebench.dsl.ide.quickfix.LineQuickFixes.TextEdit;

/** Maps a line of a text after edits back to the line of the text before them. */
final class LineMap {
  private final List<int[]> steps = new ArrayList<>(); // {first line of the edit (before), lines inserted, lines removed}

  LineMap(String before, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::offset));
    for (TextEdit e : sorted) {
      int line = 1 + count(before, 0, e.offset());
      steps.add(new int[] {line, count(e.text(), 0, e.text().length()), count(before, e.offset(), e.offset() + e.length())});
    }
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The line before the edits of a line after them (a line written by an edit: the edit's first line). */
  int original(int after) {
    int delta = 0;
    for (int[] s : steps) {
      int start = s[0] + delta;
      if (after <= start) {
        return after - delta;
      }
      if (after <= start + s[1]) {
        return s[0];
      }
      delta += s[1] - s[2];
    }
    return after - delta;
  }
}
