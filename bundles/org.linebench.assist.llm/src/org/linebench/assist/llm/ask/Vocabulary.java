package org.linebench.assist.llm.ask;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * The words elements are known by ({@code messages.properties} and {@code messages_zh.properties} of
 * this package): the kind of an element, the name of an attribute, a fact LineBench derives.
 */
final class Vocabulary {
  private static final Properties EN = load("messages.properties"); //$NON-NLS-1$
  private static final Properties ZH = load("messages_zh.properties"); //$NON-NLS-1$

  private Vocabulary() {}

  /** The word in the given language (Chinese for {@code zh}, else English); null if there is none. */
  static String get(String key, Locale locale) {
    return zh(locale) ? ZH.getProperty(key, EN.getProperty(key)) : EN.getProperty(key);
  }

  /** The word in both languages, English first, for the index; empty if there is none. */
  static String both(String key) {
    String en = EN.getProperty(key);
    String zh = ZH.getProperty(key);
    return (en == null ? "" : en) + " " + (zh == null ? "" : zh); //$NON-NLS-1$ //$NON-NLS-2$
  }

  static boolean zh(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()); //$NON-NLS-1$
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
