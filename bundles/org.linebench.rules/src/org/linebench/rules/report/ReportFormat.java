package org.linebench.rules.report;

import java.util.List;
import java.util.Optional;

/** A way to write a {@link Report}: text, JSON, SARIF 2.1.0, JUnit XML or an HTML page. */
public interface ReportFormat {
  /** The name given to {@code --format}. */
  String name();

  /** The whole report as text (UTF-8 when written to a file). */
  String render(Report report);

  /** All formats, the default first. */
  static List<ReportFormat> all() {
    return List.of(new TextFormat(), new JsonFormat(), new SarifFormat(), new JunitFormat(), new HtmlFormat());
  }

  static Optional<ReportFormat> named(String name) {
    return all().stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
