package org.linebench.report.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.linebench.rules.api.Severity;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.Document.Block;
import org.linebench.rules.report.Document.Chart;
import org.linebench.rules.report.Document.Fields;
import org.linebench.rules.report.Document.Figure;
import org.linebench.rules.report.Document.Label;
import org.linebench.rules.report.Document.Polyline;
import org.linebench.rules.report.Document.Rect;
import org.linebench.rules.report.Document.Shape;
import org.linebench.rules.report.Document.Paragraph;
import org.linebench.rules.report.Document.Section;
import org.linebench.rules.report.Document.Table;
import org.linebench.rules.report.Texts;

/**
 * Lays a {@link Document} out on A4 pages: a heading and a bookmark per section (each section from a
 * new page), wrapped text (CJK breaks anywhere, Latin at spaces), labelled fields, tables with a grid,
 * a bar chart drawn as vector paths, page numbers. One embedded font (WenQuanYi Micro Hei, subset).
 */
final class PdfWriter {
  static final String FONT = "/fonts/wqy-microhei.ttc"; //$NON-NLS-1$
  private static final float MARGIN = 50;
  private static final float SIZE = 9.5f;
  private static final float LEADING = 13.5f;
  private static final Color[] SEVERITY = {new Color(0xc6, 0x28, 0x28), new Color(0xef, 0x6c, 0x00), new Color(0x15, 0x65, 0xc0)};
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
  private static final Color HEAD = new Color(0xee, 0xee, 0xee);

  private final PDDocument doc;
  private final PDType0Font font;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private final PDRectangle size = PDRectangle.A4;
  private PDPageContentStream out;
  private PDPage page;
  private float y;

  private PdfWriter(PDDocument doc, PDType0Font font) {
    this.doc = doc;
    this.font = font;
  }

  /** The document as PDF bytes. */
  static byte[] write(Document document, Locale... locales) throws IOException {
    try (InputStream in = PdfWriter.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("font missing from the bundle: " + FONT); //$NON-NLS-1$
      }
      try (TrueTypeCollection ttc = new TrueTypeCollection(in); PDDocument doc = new PDDocument()) {
        TrueTypeFont[] first = new TrueTypeFont[1];
        ttc.processAllFonts(f -> {
          if (first[0] == null) {
            first[0] = f;
          }
        });
        PdfWriter w = new PdfWriter(doc, PDType0Font.load(doc, first[0], true));
        w.render(document, locales);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
      }
    }
  }

  private void render(Document document, Locale... locales) throws IOException {
    Locale locale = locales[0];
    String language = "zh".equals(locale.getLanguage()) ? "zh-CN" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    doc.getDocumentCatalog().setLanguage(language);
    doc.setVersion(1.7f);
    PdfA.apply(doc, document.title(), language);
    PDDocumentOutline outline = new PDDocumentOutline();
    doc.getDocumentCatalog().setDocumentOutline(outline);
    boolean first = true;
    for (Section s : document.sections()) {
      newPage();
      if (first) {
        text(document.title(), MARGIN, y - 20, 22, TEXT);
        y -= 44;
        first = false;
      }
      PDPageXYZDestination dest = new PDPageXYZDestination();
      dest.setPage(page);
      dest.setTop((int) y);
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(s.title());
      item.setDestination(dest);
      outline.addLast(item);
      text(s.title(), MARGIN, y - 15, 15, TEXT);
      y -= 26;
      for (Block b : s.blocks()) {
        switch (b) {
          case Paragraph p -> paragraph(p);
          case Fields f -> fields(f);
          case Table t -> table(t);
          case Chart c -> chart(c);
          case Figure f -> figure(f);
        }
        y -= 8;
      }
    }
    out.close();
    footers(locales);
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    page = new PDPage(size);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = size.getHeight() - MARGIN;
  }

  private void ensure(float height) throws IOException {
    if (y - height < MARGIN + 10) {
      newPage();
    }
  }

  private float width() {
    return size.getWidth() - 2 * MARGIN;
  }

  private void paragraph(Paragraph p) throws IOException {
    float s = p.strong() ? 11 : SIZE;
    for (String line : wrap(p.text(), width(), s)) {
      ensure(LEADING);
      text(line, MARGIN, y - s, s, TEXT);
      y -= s + 5;
    }
  }

  private void fields(Fields f) throws IOException {
    float label = 95;
    List<List<String>> values = new ArrayList<>();
    float height = 0;
    for (String[] kv : f.fields()) {
      List<String> v = wrap(kv[1], width() - label, SIZE);
      values.add(v);
      height += v.size() * LEADING;
    }
    ensure(Math.min(height + 20, 200));
    if (!f.heading().isEmpty()) {
      Color c = f.severity() == null ? TEXT : SEVERITY[f.severity().ordinal()];
      text(f.heading(), MARGIN, y - 11, 11, c);
      y -= 17;
    }
    for (int i = 0; i < f.fields().size(); i++) {
      List<String> v = values.get(i);
      // a label too long for its column (both languages: "证据 / Evidence") goes on lines of its own
      List<String> k = wrap(f.fields().get(i)[0].replace(" / ", "\n"), label - 6, SIZE); //$NON-NLS-1$ //$NON-NLS-2$
      ensure(LEADING * Math.min(k.size(), 3));
      // the label is drawn after the value's lines on the page, so that text extraction (in drawing
      // order) reads a value of several lines in one piece, not broken by the label's second line
      List<String> labels = new ArrayList<>();
      List<Float> at = new ArrayList<>();
      for (int line = 0; line < Math.max(k.size(), v.size()); line++) {
        if (y - LEADING < MARGIN + 10) {
          labels(labels, at);
        }
        ensure(LEADING);
        if (line < v.size()) {
          text(v.get(line), MARGIN + label, y - SIZE, SIZE, TEXT);
        }
        if (line < k.size()) {
          labels.add(k.get(line));
          at.add(y - SIZE);
        }
        y -= LEADING;
      }
      labels(labels, at);
    }
    out.setStrokingColor(RULE);
    out.moveTo(MARGIN, y - 3);
    out.lineTo(MARGIN + width(), y - 3);
    out.stroke();
    y -= 6;
  }

  private void labels(List<String> labels, List<Float> at) throws IOException {
    for (int i = 0; i < labels.size(); i++) {
      text(labels.get(i), MARGIN, at.get(i), SIZE, MUTED);
    }
    labels.clear();
    at.clear();
  }

  private void table(Table t) throws IOException {
    int n = t.header().size();
    float[] natural = new float[n];
    float[] least = new float[n];
    for (int c = 0; c < n; c++) {
      natural[c] = textWidth(t.header().get(c), SIZE);
      least[c] = longestToken(t.header().get(c));
      for (List<String> row : t.rows()) {
        natural[c] = Math.max(natural[c], textWidth(row.get(c), SIZE));
        least[c] = Math.max(least[c], longestToken(row.get(c)));
      }
      natural[c] = Math.min(natural[c] + 8, width() * 0.6f);
      least[c] = Math.min(least[c] + 8, natural[c]);
    }
    float[] cols = columns(natural, least, width());
    row(t.header(), cols, true);
    for (List<String> r : t.rows()) {
      row(r, cols, false);
    }
  }

  /**
   * Column widths within {@code width}: the natural ones when they fit; else each column keeps room
   * for its longest word (so that no word shorter than its column is split) and the rest of the width
   * is shared in proportion to what each column would need more; only when even the longest words do
   * not fit are they scaled down together.
   */
  static float[] columns(float[] natural, float[] least, float width) {
    int n = natural.length;
    float total = 0;
    float floor = 0;
    for (int c = 0; c < n; c++) {
      total += natural[c];
      floor += least[c];
    }
    float[] cols = new float[n];
    for (int c = 0; c < n; c++) {
      if (total <= width) {
        cols[c] = natural[c];
      } else if (floor <= width) {
        cols[c] = least[c] + (natural[c] - least[c]) * (width - floor) / (total - floor);
      } else {
        cols[c] = least[c] * width / floor;
      }
    }
    return cols;
  }

  /** The width of the longest run of characters a line must not break (a Latin word, a number, a code like S2F2P2). */
  private float longestToken(String text) throws IOException {
    float most = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean token = i < text.length() && unbreakable(text.charAt(i));
      if (token && start < 0) {
        start = i;
      } else if (!token && start >= 0) {
        most = Math.max(most, textWidth(text.substring(start, i), SIZE));
        start = -1;
      }
    }
    // a CJK character cannot be narrower than itself
    return Math.max(most, text.isEmpty() ? 0 : SIZE);
  }

  private void row(List<String> cells, float[] cols, boolean header) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    int most = 1;
    for (int c = 0; c < cols.length; c++) {
      List<String> l = wrap(cells.get(c), cols[c] - 6, SIZE);
      lines.add(l);
      most = Math.max(most, l.size());
    }
    float h = most * LEADING + 4;
    ensure(h);
    float x = MARGIN;
    float rowWidth = 0;
    for (float w : cols) {
      rowWidth += w;
    }
    if (header) {
      out.setNonStrokingColor(HEAD);
      out.addRect(MARGIN, y - h, rowWidth, h);
      out.fill();
    }
    for (int c = 0; c < cols.length; c++) {
      float ty = y - 2;
      for (String line : lines.get(c)) {
        text(line, x + 3, ty - SIZE, SIZE, TEXT);
        ty -= LEADING;
      }
      x += cols[c];
    }
    out.setStrokingColor(RULE);
    out.setLineWidth(0.5f);
    out.addRect(MARGIN, y - h, rowWidth, h);
    x = MARGIN;
    for (int c = 0; c < cols.length - 1; c++) {
      x += cols[c];
      out.moveTo(x, y);
      out.lineTo(x, y - h);
    }
    out.stroke();
    y -= h;
  }

  /** One bar per standard, stacked by severity, and a legend: vector paths, no image. */
  private void chart(Chart c) throws IOException {
    float labelWidth = 120;
    for (String label : c.byStandard().keySet()) {
      labelWidth = Math.max(labelWidth, textWidth(label, SIZE) + 10);
    }
    labelWidth = Math.min(labelWidth, width() / 2);
    float bar = width() - labelWidth - 30;
    long max = 1;
    for (long[] counts : c.byStandard().values()) {
      long sum = 0;
      for (long k : counts) {
        sum += k;
      }
      max = Math.max(max, sum);
    }
    for (Map.Entry<String, long[]> e : c.byStandard().entrySet()) {
      ensure(20);
      List<String> label = wrap(e.getKey(), labelWidth - 6, SIZE);
      text(label.get(0), MARGIN, y - 12, SIZE, TEXT);
      float x = MARGIN + labelWidth;
      long sum = 0;
      for (int s = 0; s < e.getValue().length; s++) {
        long k = e.getValue()[s];
        sum += k;
        if (k > 0) {
          float w = Math.max(1, bar * k / max);
          out.setNonStrokingColor(SEVERITY[s]);
          out.addRect(x, y - 15, w, 12);
          out.fill();
          x += w;
        }
      }
      text(Long.toString(sum), x + 4, y - 12, SIZE, TEXT);
      y -= 18;
    }
    ensure(18);
    float x = MARGIN + labelWidth;
    for (int s = 0; s < c.severities().size() && s < Severity.values().length; s++) {
      out.setNonStrokingColor(SEVERITY[s]);
      out.addRect(x, y - 13, 9, 9);
      out.fill();
      text(c.severities().get(s), x + 13, y - 12, SIZE, TEXT);
      x += 90;
    }
    y -= 18;
  }

  /** A figure scaled to the page width (and height), drawn with path operations: vector graphics, no image. */
  private void figure(Figure f) throws IOException {
    float scale = (float) Math.min(1, Math.min(width() / f.width(), (size.getHeight() - 2 * MARGIN - 40) / f.height()));
    float h = (float) f.height() * scale;
    ensure(h + 4);
    float left = MARGIN;
    float top = y;
    out.setLineWidth(1.2f * scale);
    for (Shape s : f.shapes()) {
      switch (s) {
        case Rect r -> {
          float x = left + (float) r.x() * scale;
          float yy = top - (float) (r.y() + r.height()) * scale;
          float w = (float) r.width() * scale;
          float rh = (float) r.height() * scale;
          out.setNonStrokingColor(new Color(r.fill()));
          out.setStrokingColor(new Color(r.stroke()));
          out.setLineDashPattern(r.dashed() ? new float[] {3 * scale, 2 * scale} : new float[0], 0);
          roundRect(x, yy, w, rh, (float) Math.min(r.radius() * scale, Math.min(w, rh) / 2));
          out.fillAndStroke();
        }
        case Polyline p -> {
          double[] pt = p.points();
          if (pt.length < 4) {
            continue;
          }
          out.setStrokingColor(new Color(p.stroke()));
          out.setNonStrokingColor(new Color(p.stroke()));
          out.setLineDashPattern(p.dashed() ? new float[] {6 * scale, 4 * scale} : new float[0], 0);
          out.moveTo(left + (float) pt[0] * scale, top - (float) pt[1] * scale);
          for (int i = 2; i < pt.length; i += 2) {
            out.lineTo(left + (float) pt[i] * scale, top - (float) pt[i + 1] * scale);
          }
          out.stroke();
          if (p.arrow()) {
            arrow(left + (float) pt[pt.length - 4] * scale, top - (float) pt[pt.length - 3] * scale, left + (float) pt[pt.length - 2] * scale,
                top - (float) pt[pt.length - 1] * scale, 7 * scale);
          }
        }
        case Label l -> {
          float fs = (float) l.size() * scale;
          float x = left + (float) l.x() * scale - (l.centred() ? textWidth(l.text(), fs) / 2 : 0);
          text(l.text(), x, top - (float) l.y() * scale, fs, new Color(l.colour()));
        }
      }
    }
    out.setLineDashPattern(new float[0], 0);
    out.setLineWidth(1);
    y -= h + 4;
  }

  private void roundRect(float x, float y0, float w, float h, float r) throws IOException {
    if (r <= 0.5f) {
      out.addRect(x, y0, w, h);
      return;
    }
    float k = 0.5523f * r;
    out.moveTo(x + r, y0);
    out.lineTo(x + w - r, y0);
    out.curveTo(x + w - r + k, y0, x + w, y0 + r - k, x + w, y0 + r);
    out.lineTo(x + w, y0 + h - r);
    out.curveTo(x + w, y0 + h - r + k, x + w - r + k, y0 + h, x + w - r, y0 + h);
    out.lineTo(x + r, y0 + h);
    out.curveTo(x + r - k, y0 + h, x, y0 + h - r + k, x, y0 + h - r);
    out.lineTo(x, y0 + r);
    out.curveTo(x, y0 + r - k, x + r - k, y0, x + r, y0);
    out.closePath();
  }

  private void arrow(float fx, float fy, float tx, float ty, float len) throws IOException {
    double a = Math.atan2(ty - fy, tx - fx);
    out.setLineDashPattern(new float[0], 0);
    out.moveTo(tx, ty);
    out.lineTo((float) (tx - len * Math.cos(a - 0.4)), (float) (ty - len * Math.sin(a - 0.4)));
    out.lineTo((float) (tx - len * Math.cos(a + 0.4)), (float) (ty - len * Math.sin(a + 0.4)));
    out.closePath();
    out.fill();
  }

  private void footers(Locale... locales) throws IOException {
    int n = doc.getNumberOfPages();
    for (int i = 0; i < n; i++) {
      try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        out = s;
        StringBuilder label = new StringBuilder();
        for (Locale l : locales) {
          label.append(label.length() == 0 ? "" : " / ").append(Texts.of(l).bind("doc.page", i + 1, n)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        text(label.toString(), size.getWidth() - MARGIN - textWidth(label.toString(), 8), MARGIN / 2, 8, MUTED);
      }
    }
  }

  private void text(String s, float x, float baseline, float fontSize, Color colour) throws IOException {
    out.beginText();
    out.setFont(font, fontSize);
    out.setNonStrokingColor(colour);
    out.newLineAtOffset(x, baseline);
    out.showText(printable(s));
    out.endText();
  }

  /** The text with characters the font has no glyph for replaced by a close one (or '?'). */
  String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == '\n' || cp == '\r') {
        b.append(' ');
      } else if (has(cp)) {
        b.appendCodePoint(cp);
      } else {
        String alt = switch (cp) {
          case 0x2212 -> "-"; //$NON-NLS-1$ minus sign
          case 0x2264 -> "<="; //$NON-NLS-1$
          case 0x2265 -> ">="; //$NON-NLS-1$
          case 0x00a0, 0x2009, 0x202f -> " "; //$NON-NLS-1$
          default -> "?"; //$NON-NLS-1$
        };
        b.append(alt);
      }
    });
    return b.toString();
  }

  private boolean has(int cp) {
    return glyphs.computeIfAbsent(cp, c -> {
      try {
        font.encode(new String(Character.toChars(c)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    });
  }

  private float textWidth(String s, float fontSize) throws IOException {
    return font.getStringWidth(printable(s)) / 1000 * fontSize;
  }

  /**
   * Lines of at most {@code max} points: explicit line breaks kept; lines broken at spaces, between
   * CJK characters and between CJK and Latin text, never inside a Latin word, number or code unless it
   * is longer than a whole line.
   */
  private List<String> wrap(String text, float max, float fontSize) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String para : text.split("\n", -1)) { //$NON-NLS-1$
      String rest = para;
      while (textWidth(rest, fontSize) > max && rest.length() > 1) {
        int fit = 1;
        while (fit < rest.length() && textWidth(rest.substring(0, fit + 1), fontSize) <= max) {
          fit++;
        }
        int cut = fit;
        while (cut > 0 && unbreakable(rest.charAt(cut - 1)) && unbreakable(rest.charAt(cut))) {
          cut--;
        }
        if (cut == 0 || rest.substring(0, cut).isBlank()) {
          cut = fit; // a word longer than the line: split it where the line is full
        }
        lines.add(rest.substring(0, cut).stripTrailing());
        rest = rest.substring(cut).stripLeading();
      }
      lines.add(rest);
    }
    return lines;
  }

  /** A character of a Latin word, number or code: neither a space nor CJK (a line breaks between CJK characters). */
  private static boolean unbreakable(char c) {
    return c < 0x2e80 && !Character.isWhitespace(c);
  }
}
