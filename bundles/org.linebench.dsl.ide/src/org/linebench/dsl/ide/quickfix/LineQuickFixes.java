package org.linebench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.Issue;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.model.units.Units;

/**
 * Quick fixes for the fixable structural issues, as plain text edits: the editor offers them as
 * proposals, a language client as code actions, and tests apply them to text. Each fix works on
 * the issue's offset, length and data and on the document text; none needs the UI.
 */
public class LineQuickFixes {

  /** Replace {@code length} characters at {@code offset} with {@code text}. */
  public record TextEdit(int offset, int length, String text) {}

  /** One way to fix an issue: a localized label and the edits to apply. */
  public record Fix(String label, List<TextEdit> edits) {
    /** The document after the fix. */
    public String applyTo(String document) {
      StringBuilder b = new StringBuilder(document);
      edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
          .forEach(e -> b.replace(e.offset(), e.offset() + e.length(), e.text()));
      return b.toString();
    }
  }

  /** The fixes for an issue, best first; empty when there is none. */
  public List<Fix> fixes(Issue issue, String document) {
    if (issue.getCode() == null || issue.getOffset() == null || issue.getLength() == null) {
      return List.of();
    }
    int offset = issue.getOffset();
    int length = issue.getLength();
    String[] data = issue.getData() == null ? new String[0] : issue.getData();
    List<Fix> fixes = new ArrayList<>();
    switch (issue.getCode()) {
      case IssueCodes.UNKNOWN_UNIT -> {
        String unit = document.substring(offset, offset + length);
        Units.symbols().stream().filter(s -> data.length < 2 || data[1].isEmpty() || sameDimension(s, data[1]))
            .sorted(Comparator.comparingInt((String s) -> distance(unit, s)).thenComparing(s -> s)).limit(3)
            .forEach(s -> fixes.add(replace(offset, length, s, NLS.bind(Messages.Fix_replaceUnit, unit, s))));
      }
      case IssueCodes.INCOMPATIBLE_UNIT -> {
        if (data.length >= 2) {
          String unit = document.substring(offset, offset + length);
          Units.symbols().stream().filter(s -> sameDimension(s, data[1])).forEach(
              s -> fixes.add(replace(offset, length, s, NLS.bind(Messages.Fix_replaceUnit, unit, s))));
        }
      }
      case IssueCodes.MISSING_UNIT -> {
        if (data.length >= 1 && !data[0].isEmpty()) {
          fixes.add(new Fix(NLS.bind(Messages.Fix_addUnit, data[0]),
              List.of(new TextEdit(offset + length, 0, " " + data[0])))); //$NON-NLS-1$
        }
      }
      case IssueCodes.NEGATIVE_VALUE -> {
        String value = document.substring(offset, offset + length);
        if (value.startsWith("-")) { //$NON-NLS-1$
          fixes.add(replace(offset, length, value.substring(1).strip(), NLS.bind(Messages.Fix_removeMinus, null)));
        }
      }
      case IssueCodes.STOP_CATEGORY -> {
        fixes.add(replace(offset, length, "0", NLS.bind(Messages.Fix_stopCategory, "0"))); //$NON-NLS-1$ //$NON-NLS-2$
        fixes.add(replace(offset, length, "1", NLS.bind(Messages.Fix_stopCategory, "1"))); //$NON-NLS-1$ //$NON-NLS-2$
      }
      case IssueCodes.BUFFER_CAPACITY -> fixes.add(replace(offset, length, "1", NLS.bind(Messages.Fix_capacityOne, null))); //$NON-NLS-1$
      case IssueCodes.LINE_PLANT_REDUNDANT -> {
        int of = document.lastIndexOf("of", offset); //$NON-NLS-1$
        if (of >= 0 && document.substring(of + 2, offset).isBlank()) {
          int start = of;
          while (start > 0 && Character.isWhitespace(document.charAt(start - 1))) {
            start--;
          }
          fixes.add(new Fix(NLS.bind(Messages.Fix_removeOf, null), List.of(new TextEdit(start, offset + length - start, "")))); //$NON-NLS-1$
        }
      }
      default -> {
        // not fixable by a text edit
      }
    }
    return fixes;
  }

  private static Fix replace(int offset, int length, String text, String label) {
    return new Fix(label, List.of(new TextEdit(offset, length, text)));
  }

  private static boolean sameDimension(String symbol, String otherSymbol) {
    return Units.find(symbol).map(Units.Unit::dimension).equals(Units.find(otherSymbol).map(Units.Unit::dimension));
  }

  /** Levenshtein distance, case-insensitive: 'sec' is nearest to 's', 'MM' to 'mm'. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }
}
