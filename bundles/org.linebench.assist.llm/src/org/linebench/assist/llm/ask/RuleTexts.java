package org.linebench.assist.llm.ask;

import java.util.List;
import java.util.Locale;

import org.linebench.rules.PackTexts;
import org.linebench.rules.RuleDescriptor;

/** The words a rule is found by: its id, citations, titles, message patterns and rationale, in English and Chinese. */
final class RuleTexts {
  private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE);

  private RuleTexts() {}

  static String of(RuleDescriptor d) {
    StringBuilder b = new StringBuilder(d.id()).append(' ');
    PackTexts texts = d.texts();
    for (Locale l : LANGUAGES) {
      b.append(d.citation(l)).append(' ');
      if (texts == null) {
        continue;
      }
      for (String key : texts.keys(Locale.ROOT)) {
        if (key.startsWith(d.id() + '.')) {
          String t = texts.get(key, l);
          if (t != null) {
            b.append(AskIndex.strip(t)).append(' ');
          }
        }
      }
    }
    return b.toString();
  }

  static String titles(RuleDescriptor d) {
    StringBuilder b = new StringBuilder();
    for (Locale l : LANGUAGES) {
      b.append(d.title(l)).append(' ');
    }
    return b.toString();
  }
}
