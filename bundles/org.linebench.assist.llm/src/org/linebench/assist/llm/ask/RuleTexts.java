package org.linebench.assist.llm.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linebench.rules.PackTexts;
import org.linebench.rules.RuleDescriptor;

/** The words a rule is found by: its id, citations, titles, message patterns and rationale, in English and Chinese. */
final class RuleTexts {
  private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE);

  private RuleTexts() {}

  /** One text of a rule as the index holds it: a message variant (null for the main message; "rationale" for the rationale) and its words. */
  record Variant(String variant, String text) {}

  /**
   * The rule's documents: one per message (main message and each variant), with the rule's id,
   * citations and titles, and one for its rationale; each in English and Chinese. A document per
   * message keeps a rule with many messages from being penalised as one long document.
   */
  static List<Variant> of(RuleDescriptor d) {
    StringBuilder common = new StringBuilder(d.id()).append(' ');
    for (Locale l : LANGUAGES) {
      common.append(d.citation(l)).append(' ').append(d.title(l)).append(' ');
    }
    List<Variant> out = new ArrayList<>();
    PackTexts texts = d.texts();
    String message = d.id() + ".message"; //$NON-NLS-1$
    if (texts != null) {
      for (String key : texts.keys(Locale.ROOT)) {
        if (key.equals(message) || key.startsWith(message + '.')) {
          out.add(new Variant(key.equals(message) ? null : key.substring(message.length() + 1), common + both(texts, key)));
        }
      }
      out.add(new Variant("rationale", common + both(texts, d.id() + ".rationale"))); //$NON-NLS-1$ //$NON-NLS-2$
    } else {
      out.add(new Variant(null, common.toString()));
    }
    return out;
  }

  private static String both(PackTexts texts, String key) {
    StringBuilder b = new StringBuilder();
    for (Locale l : LANGUAGES) {
      String t = texts.get(key, l);
      if (t != null) {
        b.append(AskIndex.strip(t)).append(' ');
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
