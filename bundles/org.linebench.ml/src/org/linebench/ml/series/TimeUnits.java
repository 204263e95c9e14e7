package org.linebench.ml.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.linebench.ml.card.Window;

/** Units of time in headers and windows, and timestamps as data loggers write them. */
final class TimeUnits {
  private TimeUnits() {}

  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().appendPattern("uuuu[-][/]MM[-][/]dd") //$NON-NLS-1$
      .optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("HH:mm[:ss]").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd() //$NON-NLS-1$
      .toFormatter(Locale.ROOT);

  /** Seconds in one of the unit, or 0 when the unit is no unit of time. */
  static double seconds(String unit) {
    return Window.secondsIn(unit);
  }

  /** A span in the largest unit that writes it as a whole number. */
  static String format(double seconds) {
    return Window.format(seconds);
  }

  /**
   * A timestamp as seconds since 1970 (UTC; one without an offset is read as UTC, so that training
   * and scoring read it the same on every machine), or NaN when the text is no timestamp:
   * {@code 2026-01-31T08:00:00}, {@code 2026-01-31 08:00:00.250}, {@code 2026/01/31 08:00},
   * {@code 2026-01-31}, with or without an offset ({@code Z}, {@code +08:00}).
   */
  static double timestamp(String text) {
    String s = text.strip();
    if (s.length() < 10 || !Character.isDigit(s.charAt(0))) {
      return Double.NaN;
    }
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s.replace('/', '-')).toEpochDay() * 86_400.0;
      }
      if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$") && s.length() > 19) { //$NON-NLS-1$ //$NON-NLS-2$
        OffsetDateTime t = OffsetDateTime.parse(s.replace(' ', 'T').replace('/', '-'));
        return t.toEpochSecond() + t.getNano() / 1e9;
      }
      LocalDateTime t = LocalDateTime.parse(s, LOCAL);
      return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() / 1e9;
    } catch (DateTimeParseException e) {
      return Double.NaN;
    }
  }
}
