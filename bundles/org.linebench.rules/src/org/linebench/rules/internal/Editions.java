package org.linebench.rules.internal;

import java.util.List;
import java.util.Locale;

import org.linebench.rules.RuleDescriptor;

/**
 * Which edition of its standard a rule checks a plant against: the pack's default, or the edition
 * the plant chooses ({@code edition "EN ISO 10218-2:2011"}) when the pack has data for it. A plant
 * that chooses an edition of the rule's standard the pack does not know gets the default, and the
 * engine says so.
 */
public final class Editions {
  private Editions() {}

  /**
   * The rule as it checks the plant, and the plant's choice the pack has no data for (null when
   * there is none) with its edition ({@code 2024} of {@code EN ISO 13855:2024}).
   */
  public record Choice(RuleDescriptor rule, String unknown, String unknownEdition) {}

  public static Choice choose(RuleDescriptor d, List<String> chosen) {
    String standard = normalize(d.standard());
    if (standard.isEmpty() || chosen.isEmpty()) {
      return new Choice(d, null, null);
    }
    String unknown = null;
    String unknownEdition = null;
    for (String c : chosen) {
      String n = normalize(c);
      if (n.length() <= standard.length() + 1 || !n.startsWith(standard)) {
        continue;
      }
      char separator = n.charAt(standard.length());
      if (separator != ':' && separator != '-') {
        continue; // EN ISO 13849-10 is not an edition of EN ISO 13849-1
      }
      String edition = n.substring(standard.length() + 1).trim();
      for (String e : d.editions()) {
        if (normalize(e).equals(edition)) {
          return new Choice(d.inEdition(e), null, null);
        }
      }
      if (unknown == null) {
        unknown = c.trim();
        unknownEdition = edition;
      }
    }
    return new Choice(d, unknown, unknownEdition);
  }

  /** Upper case, one space between words: {@code en iso  13855:2010} is {@code EN ISO 13855:2010}. */
  private static String normalize(String s) {
    return s == null ? "" : s.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
