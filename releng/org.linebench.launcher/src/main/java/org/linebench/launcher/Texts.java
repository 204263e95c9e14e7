package org.linebench.launcher;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The launcher's messages in English or Chinese: by {@code --lang} if given, else by the system's language. */
final class Texts {

  private final ResourceBundle bundle;
  final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.linebench.launcher.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static Texts of(Locale locale) {
    return new Texts("zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
  }

  /** The language asked for with {@code --lang}, else the system's. */
  static Texts of(List<String> args, Locale system) {
    String nl = Arguments.nl(args);
    if (nl == null) {
      return of(system);
    }
    return of(nl.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
  }

  String format(String key, Object... values) {
    Object[] shown = new Object[values.length];
    for (int i = 0; i < values.length; i++) { // numbers as they are: 21, not "21" grouped or in another script
      shown[i] = String.valueOf(values[i]);
    }
    return new MessageFormat(bundle.getString(key), locale).format(shown);
  }
}
