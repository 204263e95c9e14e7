package org.linebench.rules.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linebench.rules.report.Document.Block;
import org.linebench.rules.report.Document.Chart;
import org.linebench.rules.report.Document.Fields;
import org.linebench.rules.report.Document.Figure;
import org.linebench.rules.report.Document.Paragraph;
import org.linebench.rules.report.Document.Section;
import org.linebench.rules.report.Document.Table;

/**
 * The technical file in two languages side by side: the documents of the same report written in
 * each language, merged block by block, each text of the first language followed by the second's
 * (a label {@code 证据 / Evidence}, a paragraph or value on two lines). Texts the same in both (rule
 * ids, names, numbers) are written once. The two documents must come from the same findings in the
 * same order (the engine's order does not depend on the language); a section or block that does not
 * match is kept from both, one after the other.
 */
public final class Bilingual {
  /** Between the two languages in a heading, a label or a table's header. */
  static final String SLASH = " / "; //$NON-NLS-1$

  private Bilingual() {}

  /** One document holding both: the first language first. */
  public static Document of(Document first, Document second) {
    List<Section> sections = new ArrayList<>();
    Map<String, Section> others = new LinkedHashMap<>();
    second.sections().forEach(s -> others.put(s.id(), s));
    for (Section a : first.sections()) {
      Section b = others.remove(a.id());
      sections.add(b == null ? a : new Section(a.id(), inline(a.title(), b.title()), blocks(a.blocks(), b.blocks())));
    }
    sections.addAll(others.values());
    return new Document(inline(first.title(), second.title()), List.copyOf(sections));
  }

  private static List<Block> blocks(List<Block> a, List<Block> b) {
    List<Block> out = new ArrayList<>();
    Iterator<Block> ib = b.iterator();
    for (Block x : a) {
      Block y = ib.hasNext() ? ib.next() : null;
      Block merged = y == null ? null : block(x, y);
      if (merged != null) {
        out.add(merged);
      } else {
        out.add(x);
        if (y != null) {
          out.add(y);
        }
      }
    }
    ib.forEachRemaining(out::add);
    return out;
  }

  /** The two blocks as one, or null when they are not the same kind of block with the same shape. */
  private static Block block(Block x, Block y) {
    if (x instanceof Paragraph p && y instanceof Paragraph q) {
      return new Paragraph(stacked(p.text(), q.text()), p.strong());
    }
    if (x instanceof Fields f && y instanceof Fields g && f.fields().size() == g.fields().size()) {
      List<String[]> fields = new ArrayList<>();
      for (int i = 0; i < f.fields().size(); i++) {
        fields.add(new String[] {inline(f.fields().get(i)[0], g.fields().get(i)[0]), stacked(f.fields().get(i)[1], g.fields().get(i)[1])});
      }
      return new Fields(inline(f.heading(), g.heading()), f.severity(), fields);
    }
    if (x instanceof Table s && y instanceof Table t && s.header().size() == t.header().size() && s.rows().size() == t.rows().size()) {
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r < s.rows().size(); r++) {
        rows.add(cells(s.rows().get(r), t.rows().get(r), false));
      }
      return new Table(cells(s.header(), t.header(), true), rows);
    }
    if (x instanceof Chart c && y instanceof Chart d && c.byStandard().size() == d.byStandard().size()) {
      Map<String, long[]> by = new LinkedHashMap<>();
      Iterator<String> keys = d.byStandard().keySet().iterator();
      c.byStandard().forEach((k, v) -> by.put(inline(k, keys.next()), v));
      return new Chart(by, cells(c.severities(), d.severities(), true));
    }
    if (x instanceof Figure f && y instanceof Figure) {
      return f; // a drawing of names and numbers: the first language's labels
    }
    return null;
  }

  private static List<String> cells(List<String> a, List<String> b, boolean header) {
    if (a.size() != b.size()) {
      return a;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(header ? inline(a.get(i), b.get(i)) : stacked(a.get(i), b.get(i)));
    }
    return out;
  }

  /** {@code a / b} (a title, a label), or one of them when they are the same or one is empty. */
  static String inline(String a, String b) {
    if (a.equals(b) || b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    // what both share at the start and the end, up to a space, is written once: "1. 错误 / error  cn.x"
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    p = p == a.length() || p == b.length() ? 0 : a.lastIndexOf(' ', Math.max(0, p - 1)) + 1;
    int s = 0;
    while (s < a.length() - p && s < b.length() - p && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) {
      s++;
    }
    int cut = a.indexOf(' ', a.length() - s);
    s = cut < 0 ? 0 : a.length() - cut;
    String ma = a.substring(p, a.length() - s);
    String mb = b.substring(p, b.length() - s);
    if (ma.isBlank() || mb.isBlank()) {
      return a + SLASH + b;
    }
    return a.substring(0, p) + ma + SLASH + mb + a.substring(a.length() - s);
  }

  /** a, a line break, b (running text, a value), or one of them when they are the same or one is empty. */
  static String stacked(String a, String b) {
    return a.equals(b) || b.isEmpty() ? a : a.isEmpty() ? b : a + "\n" + b; //$NON-NLS-1$
  }
}
