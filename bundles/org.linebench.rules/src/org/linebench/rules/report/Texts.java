package org.linebench.rules.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the reports and of citations in a language chosen per call (the reports of one run
 * may be written in English and Chinese side by side, whatever the JVM's default locale):
 * {@code messages.properties} and {@code messages_zh.properties} next to this class.
 */
public final class Texts {
  private static final Map<String, Texts> CACHE = new ConcurrentHashMap<>();
  private final Properties texts;
  private final Properties english;

  private Texts(Properties texts, Properties english) {
    this.texts = texts;
    this.english = english;
  }

  /** The texts in English, or in Chinese for a {@code zh} locale. */
  public static Texts of(Locale locale) {
    String lang = "zh".equals(locale.getLanguage()) ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return CACHE.computeIfAbsent(lang, l -> {
      Properties en = load("messages.properties"); //$NON-NLS-1$
      return new Texts(l.equals("zh") ? load("messages_zh.properties") : en, en); //$NON-NLS-1$ //$NON-NLS-2$
    });
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }

  /** The text of a key; the English one if missing; the key itself if that is missing too. */
  public String get(String key) {
    String v = texts.getProperty(key);
    if (v == null) {
      v = english.getProperty(key);
    }
    return v == null ? key : v;
  }

  /** A pattern with {0}, {1}, ... filled in (NLS rules: '' is one quote). */
  public String bind(String key, Object... args) {
    return NLS.bind(get(key), args);
  }
}
