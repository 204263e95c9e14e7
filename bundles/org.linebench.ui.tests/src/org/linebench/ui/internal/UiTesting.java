package org.linebench.ui.internal;

import java.nio.file.Path;

/** Where the workbench tests put their screenshots (waiting for the UI and finding controls: org.linebench.testing.ui.Workbenches). */
final class UiTesting {
  private UiTesting() {}

  static Path screenshots() {
    return Path.of(System.getProperty("linebench.screenshots", "target/screenshots"));
  }
}
