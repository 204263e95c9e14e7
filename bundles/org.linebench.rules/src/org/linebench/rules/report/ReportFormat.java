package org.linebench.rules.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A way to write a {@link Report}: text, JSON, SARIF 2.1.0, JUnit XML or an HTML page. */
public interface ReportFormat {
  /** The name given to {@code --format}. */
  String name();

  /** The whole report as text (UTF-8 when written to a file); a {@link #binary()} format throws. */
  String render(Report report);

  /** The report as the bytes of its file: the text in UTF-8, or a binary document such as PDF. */
  default byte[] bytes(Report report) {
    return render(report).getBytes(StandardCharsets.UTF_8);
  }

  /** Whether the format can hold two languages side by side ({@link #bytes(Report, Report)}). */
  default boolean bilingual() {
    return false;
  }

  /**
   * The report in two languages side by side: {@code first} and {@code second} are the same
   * validation written in each language (the first leads). Only for a {@link #bilingual()} format.
   */
  default byte[] bytes(Report first, Report second) {
    throw new UnsupportedOperationException(name() + " holds one language"); //$NON-NLS-1$
  }

  /** Whether the format is a binary file (written with {@code --output} only, never to the terminal). */
  default boolean binary() {
    return false;
  }

  /** The formats of this bundle, the default first ({@link ReportFormats#installed()} adds contributed ones). */
  static List<ReportFormat> all() {
    return List.of(new TextFormat(), new JsonFormat(), new SarifFormat(), new JunitFormat(), new HtmlFormat());
  }

  static Optional<ReportFormat> named(String name) {
    return all().stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
