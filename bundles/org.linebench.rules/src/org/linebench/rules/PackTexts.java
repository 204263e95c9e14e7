package org.linebench.rules;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pack's localized texts: {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Simplified Chinese), keyed by rule id: {@code <id>.title}, {@code <id>.message} (and variants
 * {@code <id>.message.<variant>}), {@code <id>.rationale}. Patterns take {0}, {1}, ... as NLS does.
 */
public final class PackTexts {
  private final Properties english;
  private final Properties chinese;

  public PackTexts(Properties english, Properties chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  private Properties of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? chinese : english; //$NON-NLS-1$
  }

  /** The text in the given language; the English one if that language lacks it; null if none. */
  public String get(String key, Locale locale) {
    String v = of(locale).getProperty(key);
    return v != null ? v : english.getProperty(key);
  }

  public Set<String> englishKeys() {
    return new TreeSet<>(english.stringPropertyNames());
  }

  public Set<String> chineseKeys() {
    return new TreeSet<>(chinese.stringPropertyNames());
  }

  /** The text of one language only, no fallback; for the tests that every text exists twice. */
  public String exact(String key, Locale locale) {
    return of(locale).getProperty(key);
  }
}
