package org.linebench.sim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as the command line and reports write them: {@code 90s}, {@code 30min}, {@code 8h}, {@code 1d}, {@code 2w}, {@code 1y}. */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(s|min|h|d|w|y)\\s*"); //$NON-NLS-1$

  private Durations() {}

  /** Seconds of a duration; -1 when the text is none. A year is 365 days. */
  public static double parse(String text) {
    Matcher m = text == null ? null : DURATION.matcher(text);
    if (m == null || !m.matches()) {
      return -1;
    }
    double v = Double.parseDouble(m.group(1));
    return v * switch (m.group(2)) {
      case "s" -> 1; //$NON-NLS-1$
      case "min" -> 60; //$NON-NLS-1$
      case "h" -> 3600; //$NON-NLS-1$
      case "d" -> Simulation.DAY; //$NON-NLS-1$
      case "w" -> 7 * Simulation.DAY; //$NON-NLS-1$
      default -> Simulation.YEAR;
    };
  }

  /** A duration in the largest unit that keeps it above 1, e.g. {@code 9.4 min}, {@code 365 d}. */
  public static String format(double seconds) {
    if (Double.isNaN(seconds)) {
      return "-"; //$NON-NLS-1$
    }
    double a = Math.abs(seconds);
    if (a >= Simulation.DAY) {
      return number(seconds / Simulation.DAY) + " d"; //$NON-NLS-1$
    }
    if (a >= 3600) {
      return number(seconds / 3600) + " h"; //$NON-NLS-1$
    }
    if (a >= 60) {
      return number(seconds / 60) + " min"; //$NON-NLS-1$
    }
    return number(seconds) + " s"; //$NON-NLS-1$
  }

  private static String number(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r); //$NON-NLS-1$
  }
}
