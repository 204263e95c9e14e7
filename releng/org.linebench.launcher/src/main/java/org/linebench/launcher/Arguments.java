package org.linebench.launcher;

import java.util.List;
import java.util.Locale;

/** What the launcher reads from LineBench's own arguments; it passes them on unchanged. */
final class Arguments {

  private static final String LANG = "--lang";

  private Arguments() {}

  /**
   * The platform's {@code -nl} for the {@code --lang} given ({@code zh_CN} or {@code en}), or null when none is given
   * or the value is not one LineBench knows (LineBench then reports it). The last one counts, as in LineBench.
   */
  static String nl(List<String> args) {
    String nl = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = null;
      if (a.equals("--")) {
        break;
      } else if (a.equals(LANG) && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (a.startsWith(LANG + "=")) {
        value = a.substring(LANG.length() + 1);
      }
      if (value != null) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("en")) {
          nl = "en";
        } else if (v.equals("zh") || v.equals("zh-cn") || v.equals("zh_cn") || v.equals("zh-hans")) {
          nl = "zh_CN";
        }
      }
    }
    return nl;
  }

  /** The command: the first argument that is not an option or the value of {@code --lang}; null if none. */
  static String command(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals(LANG)) {
        i++;
      } else if (!a.startsWith("-")) {
        return a;
      } else if (a.equals("--")) {
        return null;
      }
    }
    return null;
  }

  /**
   * Splits LINEBENCH_JAVA_OPTS into options: at spaces outside double quotes; quotes group and are removed, so
   * {@code "-Dwhere=C:\Program Files\x"} is one option.
   */
  static List<String> splitOptions(String options, List<String> into) {
    if (options == null) {
      return into;
    }
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < options.length(); i++) {
      char c = options.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          into.add(current.toString());
        }
        current.setLength(0);
        any = false;
      } else {
        current.append(c);
        any = true;
      }
    }
    if (any) {
      into.add(current.toString());
    }
    return into;
  }
}
