package org.linebench.rules.report;

/** Escaping for XML and HTML text and attributes. */
final class Xml {
  private Xml() {}

  static String escape(String s) {
    if (s == null) {
      return ""; //$NON-NLS-1$
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;"); //$NON-NLS-1$
        case '>' -> b.append("&gt;"); //$NON-NLS-1$
        case '&' -> b.append("&amp;"); //$NON-NLS-1$
        case '"' -> b.append("&quot;"); //$NON-NLS-1$
        case '\'' -> b.append("&#39;"); //$NON-NLS-1$
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append(' '); // not allowed in XML 1.0
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
