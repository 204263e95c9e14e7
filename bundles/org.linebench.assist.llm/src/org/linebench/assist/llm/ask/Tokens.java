package org.linebench.assist.llm.ask;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Terms of a text for retrieval, for Chinese without word breaks and for Latin text alike: a run
 * of Han characters gives its character bigrams (a single Han character itself); a run of letters
 * and digits gives the lower-cased word, its camel-case parts ({@code BodyInWhite}: body, in,
 * white) and its singular ({@code stations}: station). Full-width forms are folded (NFKC); a few
 * English words that carry no meaning in a question are left out.
 */
public final class Tokens {
  private static final Set<String> STOP = Set.of("a", "an", "the", "which", "what", "where", "who", "how", "is", "are", "was", "were", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
      "be", "do", "does", "of", "to", "in", "on", "at", "by", "for", "and", "or", "it", "its", "this", "that", "these", "those", "with", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$ //$NON-NLS-19$
      "have", "has", "any", "there", "me", "show", "list", "all"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

  private Tokens() {}

  /** The terms of a text, in order, with repetitions. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    int i = 0;
    int n = s.length();
    while (i < n) {
      int c = s.codePointAt(i);
      if (han(c)) {
        int start = i;
        List<Integer> run = new ArrayList<>();
        while (i < n && han(s.codePointAt(i))) {
          run.add(s.codePointAt(i));
          i += Character.charCount(s.codePointAt(i));
        }
        if (run.size() == 1) {
          out.add(new String(Character.toChars(run.get(0))));
        }
        for (int k = 0; k + 1 < run.size(); k++) {
          out.add(new StringBuilder().appendCodePoint(run.get(k)).appendCodePoint(run.get(k + 1)).toString());
        }
        if (i == start) {
          i++;
        }
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(s.codePointAt(i)) && !han(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
        word(s.substring(start, i), out);
      } else {
        i += Character.charCount(c);
      }
    }
    return out;
  }

  private static void word(String w, List<String> out) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (STOP.contains(lower)) {
      return;
    }
    out.add(singular(lower));
    String[] parts = w.split("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})"); //$NON-NLS-1$
    if (parts.length > 1) {
      for (String p : parts) {
        String lp = p.toLowerCase(Locale.ROOT);
        if (!STOP.contains(lp)) {
          out.add(singular(lp));
        }
      }
    }
  }

  private static String singular(String w) {
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLetter(w.charAt(w.length() - 2))) { //$NON-NLS-1$ //$NON-NLS-2$
      return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return w;
  }

  private static boolean han(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
