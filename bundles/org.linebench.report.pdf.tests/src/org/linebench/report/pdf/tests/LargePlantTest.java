package org.linebench.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.ExitCode;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.rules.report.Document;

/**
 * The technical file of a generated plant of 2,000 stations (20 lines; the generator of the bench
 * commands) completes and stays readable: summaries first, the detail capped and counted.
 */
class LargePlantTest {

  /**
   * The bound, from the caps rather than from the plant: cover 1 page (more than 10 files: their hashes
   * in an appendix of one row each, 21 files: 1 page); summary 1; open items at most {@link Document#DETAIL_CAP} rows of one line (about
   * 50 a page: 4 pages and a line); line diagrams at most 10 pages and a count; equipment at most
   * DETAIL_CAP rows (4 pages) plus those lacking a required CCC mark (none in this plant); the risk
   * assessment register at most DETAIL_CAP rows (this generated plant declares no hazard: one line); the findings
   * at most {@link Document#PER_RULE} per rule, 6 to 10 lines each (about 6 a page: 5 pages per rule,
   * for the 3 to 5 rules firing here); the rule catalogue 2. About 45 pages; 60 leaves room for text
   * that wraps, and a file that listed every one of the thousands of findings would be hundreds.
   */
  static final int MAX_PAGES = 60;

  private static String sha256(Path f) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(f)));
  }

  @Test
  void twoThousandStationsMakeAReadableFile(@TempDir Path dir) throws Exception {
    List<Path> files = SyntheticPlants.write(dir.resolve("plant"), 2000, 42);
    assertEquals(21, files.size());
    Path out = dir.resolve("large.pdf");
    int code = PdfFormatTest.validate(Locale.ENGLISH, dir.resolve("plant").toString(), "--format", "pdf", "--output", out.toString());
    assertTrue(code == ExitCode.OK || code == ExitCode.FINDINGS, "exit " + code);
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages <= MAX_PAGES && pages >= 10, "pages: " + pages);
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("more open items not listed here"), "the open items are capped and counted");
      assertTrue(text.contains("more lines, not drawn here"), "10 of the 20 lines drawn, the rest counted");
      assertTrue(text.matches("(?s).*\\.\\.\\. and \\d+ more findings of .*"), "the findings of a rule beyond the cap are counted");
      PDFTextStripper first = new PDFTextStripper();
      first.setStartPage(1);
      first.setEndPage(3);
      assertTrue(first.getText(pdf).contains("Summary by standard and severity"), "the summary within the first pages");
      // the 21 files' hashes in an appendix, each on its row
      assertTrue(text.contains("21 line files: each with its SHA-256 in the appendix \"Line files and their SHA-256\""), "the cover refers to the appendix");
      for (Path f : files) {
        assertTrue(PdfFormatTest.squeeze(text).contains(sha256(f)), "the hash of " + f);
      }
    }
  }
}
