package org.linebench.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.linebench.rules.report.Bilingual;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.Report;
import org.linebench.rules.report.ReportFormat;

/**
 * {@code validate --format pdf}: the technical file as a PDF in the report's language, laid out from
 * the {@link Document} model with the CJK font embedded as a subset and a bookmark per section.
 */
public final class PdfFormat implements ReportFormat {

  @Override
  public String name() {
    return "pdf"; //$NON-NLS-1$
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public String render(Report report) {
    throw new UnsupportedOperationException("PDF is binary: use bytes(report)"); //$NON-NLS-1$
  }

  @Override
  public byte[] bytes(Report report) {
    try {
      return write(Document.of(report), report.locale());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean bilingual() {
    return true;
  }

  /** Both languages in one file: each text of the first report's language followed by the second's. */
  @Override
  public byte[] bytes(Report first, Report second) {
    try {
      return PdfWriter.write(Bilingual.of(Document.of(first), Document.of(second)), first.locale(), second.locale());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** Any document as PDF bytes, in the given language (the PDF's language tag and page numbers). */
  public static byte[] write(Document document, Locale locale) throws IOException {
    return PdfWriter.write(document, locale);
  }
}
