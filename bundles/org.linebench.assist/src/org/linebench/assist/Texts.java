package org.linebench.assist;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.rules.internal.Translations;

/**
 * The assistant's texts in a language chosen per call (explanations in English and Chinese from one
 * run): {@code messages.properties} next to this class and {@code messages_zh.properties}.
 */
public final class Texts {
  private static final Translations TEXTS = new Translations(Texts.class::getResourceAsStream, "messages"); //$NON-NLS-1$
  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
  }

  public static Texts of(Locale locale) {
    return new Texts(locale);
  }

  /** The text of a key; the key itself if it is missing. */
  public String get(String key) {
    String v = TEXTS.get(key, locale);
    return v == null ? key : v;
  }

  /** A pattern with {0}, {1}, ... filled in. */
  public String bind(String key, Object... args) {
    return NLS.bind(get(key), args);
  }
}
