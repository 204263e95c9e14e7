package org.linebench.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of the technical file rendered by PDFBox's own renderer: page 1 and the first findings page
 * are not blank, and where the text layer says a Chinese character is, the rendered page has ink (a
 * glyph the font lacked or drew empty would leave its box white).
 */
class RenderedPagesTest {
  private static final float DPI = 144;
  private static final float SCALE = DPI / 72;

  @ParameterizedTest
  @ValueSource(strings = {"zh", "both"})
  void page1AndAFindingsPageShowTheirChineseText(String mode, @TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.pdf");
    List<String> args = new ArrayList<>(List.of("examples/bodyshop-noncompliant", "--rules", "cn", "--format", "pdf", "--output", out.toString()));
    if (mode.equals("both")) {
      args.add("--bilingual");
    }
    PdfFormatTest.validate(Locale.SIMPLIFIED_CHINESE, args.toArray(String[]::new));
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      int findings = -1;
      for (PDOutlineItem i : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        if (i.getTitle().startsWith("发现项")) {
          findings = pdf.getPages().indexOf(i.findDestinationPage(pdf));
        }
      }
      assertTrue(findings > 0, "a findings bookmark");
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int page : new int[] {0, findings}) {
        BufferedImage img = renderer.renderImageWithDPI(page, DPI);
        assertTrue(inked(img, 0, 0, img.getWidth(), img.getHeight()) > 0.005, "page " + (page + 1) + " is not blank");
        List<TextPosition> cjk = cjk(pdf, page);
        assertTrue(cjk.size() >= 4, "Chinese text on page " + (page + 1) + ": " + cjk.size());
        int empty = 0;
        for (TextPosition t : cjk) {
          if (inked(img, box(t)) < 0.04) {
            empty++;
          }
        }
        assertEquals(0, empty, "Chinese characters drawn without ink on page " + (page + 1) + " of " + cjk.size());
        // the check can fail: the same boxes moved into the top margin, where nothing is drawn, are white
        for (TextPosition t : cjk.subList(0, 4)) {
          int[] b = box(t);
          assertEquals(0.0, inked(img, b[0], 2, b[2], b[3]), 1e-9, "the top margin is white");
        }
      }
    }
  }

  /** The characters of CJK ideographs on a page (0-based), with their positions. */
  private static List<TextPosition> cjk(PDDocument pdf, int page) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (TextPosition t : positions) {
          String u = t.getUnicode();
          if (u != null && !u.isEmpty() && Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.HAN) {
            out.add(t);
          }
        }
        super.writeString(text, positions);
      }
    };
    s.setStartPage(page + 1);
    s.setEndPage(page + 1);
    s.getText(pdf);
    return out;
  }

  /** A character's box in the rendered image: x, y, width, height (pixels, y downwards). */
  private static int[] box(TextPosition t) {
    int x = Math.round(t.getXDirAdj() * SCALE);
    int w = Math.max(1, Math.round(t.getWidthDirAdj() * SCALE));
    int h = Math.max(1, Math.round(t.getFontSizeInPt() * 0.8f * SCALE));
    int y = Math.round(t.getYDirAdj() * SCALE) - h;
    return new int[] {x, y, w, h};
  }

  private static double inked(BufferedImage img, int[] b) {
    return inked(img, b[0], b[1], b[2], b[3]);
  }

  /** The share of the pixels in a rectangle that are not near white. */
  private static double inked(BufferedImage img, int x0, int y0, int w, int h) {
    long n = 0;
    long all = 0;
    for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x0 + w); x++) {
      for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y0 + h); y++) {
        int rgb = img.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        n += grey < 200 ? 1 : 0;
        all++;
      }
    }
    return all == 0 ? 0 : (double) n / all;
  }
}
