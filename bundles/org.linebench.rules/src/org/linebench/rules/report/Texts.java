package org.linebench.rules.report;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
  private static final Map<Class<?>, Translations> OTHERS = new ConcurrentHashMap<>();
  private final Translations texts;
  private final Locale locale;

  private Texts(Translations texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
  }

  /** The texts in the given language (as far as they are translated). */
  public static Texts of(Locale locale) {
    return new Texts(TEXTS, locale);
  }

  /**
   * The texts of another bundle's section of the technical file, in the given language:
   * {@code messages.properties} and its translations in the package of {@code anchor}.
   */
  public static Texts of(Class<?> anchor, Locale locale) {
    return new Texts(OTHERS.computeIfAbsent(anchor, a -> new Translations(a::getResourceAsStream, "messages")), locale); //$NON-NLS-1$
  }

  /** The text of a key; the key itself if it is missing. */
  public String get(String key) {
    String v = texts.get(key, locale);
    return v == null ? key : v;
  }

  /** A pattern with {0}, {1}, ... filled in (NLS rules: '' is one quote). */
  public String bind(String key, Object... args) {
    return NLS.bind(get(key), args);
  }
}
