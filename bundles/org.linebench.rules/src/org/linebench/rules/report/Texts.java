package org.linebench.rules.report;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.rules.internal.Translations;

/**
 * The texts of the reports and of citations in a language chosen per call (the reports of one run
 * may be written in English and Chinese side by side, whatever the JVM's default locale):
 * {@code messages.properties} next to this class and its translations ({@code _zh}, ...), looked up
 * along the resource-bundle chain, English last.
 */
public final class Texts {
  private static final Translations TEXTS = new Translations(Texts.class::getResourceAsStream, "messages"); //$NON-NLS-1$
  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
  }

  /** The texts in the given language (as far as they are translated). */
  public static Texts of(Locale locale) {
    return new Texts(locale);
  }

  /** The text of a key; the key itself if it is missing. */
  public String get(String key) {
    String v = TEXTS.get(key, locale);
    return v == null ? key : v;
  }

  /** A pattern with {0}, {1}, ... filled in (NLS rules: '' is one quote). */
  public String bind(String key, Object... args) {
    return NLS.bind(get(key), args);
  }
}
