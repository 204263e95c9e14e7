package org.linebench.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts in a language chosen per call, in {@code .properties} files named as for NLS and
 * {@link ResourceBundle}: {@code messages.properties} holds the English texts, {@code messages_zh.properties},
 * {@code messages_de.properties}, ... the translations. A key is looked up along the same fallback
 * chain as a resource bundle's ({@code de_AT}, then {@code de}, then the English base), never in the
 * JVM's default language: a translation may be partial, and a pack adds a language with a file.
 */
public final class Translations {
  private static final ResourceBundle.Control CHAIN = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Opens a file by its name ({@code rules/messages_de.properties}); null if there is none. */
  @FunctionalInterface
  public interface Opener {
    InputStream open(String name) throws IOException;
  }

  private final Opener opener;
  private final String base;
  private final Map<Locale, Optional<Properties>> files = new ConcurrentHashMap<>();

  /** The texts of the files {@code base.properties}, {@code base_<language>.properties}, ... */
  public Translations(Opener opener, String base) {
    this.opener = opener;
    this.base = base;
  }

  /** The text in the language, or in the nearest one that has it (English last); null if none has it. */
  public String get(String key, Locale locale) {
    for (Locale candidate : CHAIN.getCandidateLocales("", locale)) { //$NON-NLS-1$
      Optional<Properties> p = file(candidate);
      if (p.isPresent() && p.get().containsKey(key)) {
        return p.get().getProperty(key);
      }
    }
    return null;
  }

  /**
   * The file of exactly one language, without fallback: the base file for English (or
   * {@link Locale#ROOT}), {@code base_zh.properties} for any Chinese locale, ...; empty if there is none.
   */
  public Optional<Properties> file(Locale locale) {
    return files.computeIfAbsent(languageOf(locale), this::read);
  }

  /** The locale of a language's file: {@link Locale#ROOT} for English, the bare language otherwise. */
  public static Locale languageOf(Locale locale) {
    String language = locale.getLanguage();
    return language.isEmpty() || language.equals(Locale.ENGLISH.getLanguage()) ? Locale.ROOT : Locale.of(language);
  }

  private Optional<Properties> read(Locale locale) {
    String name = CHAIN.toBundleName(base, locale) + ".properties"; //$NON-NLS-1$
    try (InputStream in = opener.open(name)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(in); // ISO-8859-1 with \\u escapes, as NLS reads them
      return Optional.of(p);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }
}
