package org.linebench.rules;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.linebench.rules.internal.Translations;

/**
 * A pack's localized texts, keyed by rule id: {@code <id>.title}, {@code <id>.message} (and variants
 * {@code <id>.message.<variant>}), {@code <id>.rationale}. {@code messages.properties} holds them in
 * English, {@code messages_zh.properties} in Simplified Chinese, and any other
 * {@code messages_<language>.properties} a pack adds (German: {@code _de}) translates some or all
 * of them; what a language lacks comes from the nearest one along the resource-bundle chain,
 * English last. Patterns take {0}, {1}, ... as NLS does.
 */
public final class PackTexts {
  private final Translations texts;
  private final List<Locale> languages;

  /**
   * @param texts the pack's files
   * @param languages the languages the pack has a file for, English ({@link Locale#ROOT}) first
   */
  public PackTexts(Translations texts, List<Locale> languages) {
    this.texts = texts;
    this.languages = List.copyOf(languages);
  }

  /** The text in the given language, else in the nearest language that has it, English last; null if none. */
  public String get(String key, Locale locale) {
    return texts.get(key, locale);
  }

  /** The text of one language only, no fallback; for the tests that every text exists where it must. */
  public String exact(String key, Locale locale) {
    return texts.file(locale).map(p -> p.getProperty(key)).orElse(null);
  }

  /** The keys of one language's file (English: the base file); empty if the pack has no file for it. */
  public Set<String> keys(Locale locale) {
    return new TreeSet<>(texts.file(locale).map(Properties::stringPropertyNames).orElse(Set.of()));
  }

  /** The languages the pack has texts in: {@link Locale#ROOT} (English, the base), then its translations. */
  public List<Locale> languages() {
    return languages;
  }
}
