package org.linebench.ml.card;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window over a unit's recent history (a series feature's, as a model card writes it): the last {@code rows} rows, or the readings of the last
 * {@code seconds} of time. Written as the command line takes it: {@code 5} (rows), {@code 30s},
 * {@code 10min}, {@code 2h}, {@code 1d}.
 *
 * @param rows the rows it holds, or 0 for a span of time
 * @param seconds the time it spans, or 0 for rows
 */
public record Window(int rows, double seconds) {
  private static final Pattern SPEC = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min|h|d)?"); //$NON-NLS-1$
  /** The longest window in rows: longer ones are a mistake (and would cost their memory per unit). */
  public static final int MAX_ROWS = 100_000;

  /**
   * Reads a window.
   *
   * @throws IllegalArgumentException when the text is none, with a localized message
   */
  public static Window parse(String text) {
    Matcher m = SPEC.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Window_bad, text));
    }
    double n = Double.parseDouble(m.group(1));
    if (m.group(2) == null) {
      if (n != Math.rint(n) || n < 1 || n > MAX_ROWS) {
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Window_badRows, text, MAX_ROWS));
      }
      return new Window((int) n, 0);
    }
    double seconds = n * secondsIn(m.group(2));
    if (seconds <= 0) {
      throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Window_bad, text));
    }
    return new Window(0, seconds);
  }

  /** Whether it counts rows (else it spans time). */
  public boolean inRows() {
    return rows > 0;
  }

  /** As the command line and the card write it: {@code 5}, {@code 10min}. */
  @Override
  public String toString() {
    return inRows() ? Integer.toString(rows) : format(seconds);
  }

  /** Seconds in one of a unit of time ({@code ms}, {@code s}, {@code min}, {@code h}, {@code d}), or 0 for anything else. */
  public static double secondsIn(String unit) {
    if (unit == null) {
      return 0;
    }
    switch (unit.strip().toLowerCase(Locale.ROOT)) {
      case "ms": //$NON-NLS-1$
        return 0.001;
      case "s": //$NON-NLS-1$
      case "sec": //$NON-NLS-1$
        return 1;
      case "min": //$NON-NLS-1$
        return 60;
      case "h": //$NON-NLS-1$
        return 3600;
      case "d": //$NON-NLS-1$
        return 86_400;
      default:
        return 0;
    }
  }

  /** A span in the largest unit that writes it as a whole number ({@code 10min}, {@code 90s}). */
  public static String format(double seconds) {
    for (String u : new String[] {"d", "h", "min", "s"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      double n = seconds / secondsIn(u);
      if (n >= 1 && Math.abs(n - Math.rint(n)) < 1e-9) {
        return (long) Math.rint(n) + u;
      }
    }
    double ms = seconds * 1000;
    return Math.abs(ms - Math.rint(ms)) < 1e-6 ? (long) Math.rint(ms) + "ms" : seconds + "s"; //$NON-NLS-1$ //$NON-NLS-2$
  }
}
