package org.linebench.assist.llm.ask;

import java.nio.file.Path;

/** How hits are shown: where they are written, relative to a base folder. */
public final class Hits {
  private Hits() {}

  /** {@code file:line} with the file relative to the base when below it, forward slashes; empty when the hit has no file. */
  public static String where(Hit h, Path base) {
    if (h.file() == null) {
      return ""; //$NON-NLS-1$
    }
    Path f = h.file().toAbsolutePath().normalize();
    Path shown = base != null && f.startsWith(base.toAbsolutePath().normalize()) ? base.toAbsolutePath().normalize().relativize(f) : f;
    return shown.toString().replace('\\', '/') + (h.line() > 0 ? ":" + h.line() : ""); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
