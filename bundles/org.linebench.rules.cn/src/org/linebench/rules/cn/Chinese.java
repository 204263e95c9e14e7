package org.linebench.rules.cn;

/** Whether a text is (also) written in Chinese: it has at least one Han character. */
final class Chinese {
  private Chinese() {}

  static boolean has(String text) {
    return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
