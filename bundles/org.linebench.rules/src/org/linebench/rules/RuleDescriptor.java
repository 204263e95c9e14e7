package org.linebench.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.Severity;
import org.linebench.rules.report.Texts;

/**
 * A rule of a pack with what its pack says about it: the standard, edition and clause it checks,
 * its severity, its texts. {@link #rule()} is null when the rule could not be loaded; then
 * {@link #loadError()} says why, and running the pack reports that as an internal-error finding.
 * <p>
 * Where more than one edition of the standard is in force, the pack's data gives the others too
 * ({@code "editions": {"2011": {"clause": "5.10"}}}): {@link #editions()} lists them, the default
 * first, and {@link #inEdition(String)} is the rule as it checks under another one (its clause,
 * and thresholds configured from that edition's data).
 * <p>
 * A rule that rests on a law or regulation cites an article rather than a clause
 * ({@code "article": "25(2)"}): {@link #article()}, cited as {@code Art. 25(2)} / {@code 第 25(2) 条}.
 */
public final class RuleDescriptor {
  private final String id;
  private final String packId;
  private final String standard;
  private final String edition;
  private final String editionSeparator;
  private final String clause;
  private final String article;
  private final Severity severity;
  private final PackTexts texts;
  private final Rule rule;
  private final String loadError;
  private final List<RuleEdition> others;

  public RuleDescriptor(String id, String packId, String standard, String edition, String editionSeparator, String clause,
      Severity severity, PackTexts texts, Rule rule, String loadError) {
    this(id, packId, standard, edition, editionSeparator, clause, severity, texts, rule, loadError, List.of());
  }

  /** A rule with other editions of its standard besides the default one. */
  public RuleDescriptor(String id, String packId, String standard, String edition, String editionSeparator, String clause,
      Severity severity, PackTexts texts, Rule rule, String loadError, List<RuleEdition> others) {
    this(id, packId, standard, edition, editionSeparator, clause, "", severity, texts, rule, loadError, others); //$NON-NLS-1$
  }

  /**
   * A rule that cites an article of a law or regulation ({@code article}) besides or instead of a
   * clause; either may be empty.
   */
  public RuleDescriptor(String id, String packId, String standard, String edition, String editionSeparator, String clause,
      String article, Severity severity, PackTexts texts, Rule rule, String loadError, List<RuleEdition> others) {
    this.id = id;
    this.packId = packId;
    this.standard = standard;
    this.edition = edition;
    this.editionSeparator = editionSeparator;
    this.clause = clause;
    this.article = article == null ? "" : article; //$NON-NLS-1$
    this.severity = severity;
    this.texts = texts;
    this.rule = rule;
    this.loadError = loadError;
    this.others = List.copyOf(others);
  }

  /** The editions the pack has data for, its default first. */
  public List<String> editions() {
    List<String> all = new ArrayList<>();
    all.add(edition == null ? "" : edition); //$NON-NLS-1$
    others.forEach(e -> all.add(e.edition()));
    return all;
  }

  /** The separator between standard and edition as the pack cites them: {@code -} or {@code :}. */
  public String editionSeparator() {
    return editionSeparator;
  }

  /** The rule as it checks under another edition of its standard; this one for its own edition or an unknown one. */
  public RuleDescriptor inEdition(String other) {
    for (RuleEdition e : others) {
      if (e.edition().equals(other)) {
        return new RuleDescriptor(id, packId, standard, e.edition(), editionSeparator, e.clause(), e.article(), e.severity(), texts,
            e.rule(), e.loadError(), List.of());
      }
    }
    return this;
  }

  public String id() {
    return id;
  }

  public String packId() {
    return packId;
  }

  /** The standard's number without edition, e.g. {@code GB/T 19876} or {@code EN ISO 13855}. */
  public String standard() {
    return standard;
  }

  public String edition() {
    return edition;
  }

  public String clause() {
    return clause;
  }

  /** The article of a law or regulation the rule cites, e.g. {@code 25(2)}; empty where it cites a clause or nothing. */
  public String article() {
    return article;
  }

  /** Standard and edition, as the standard is cited: {@code GB/T 19876-2012}, {@code EN ISO 13855:2010}. */
  public String designation() {
    return edition == null || edition.isEmpty() ? standard : standard + editionSeparator + edition;
  }

  /**
   * The designation in the user's language: the pack's text {@code <id>.standard} where the
   * source is a law or catalogue with a name rather than a number, else {@link #designation()}.
   */
  public String designation(Locale locale) {
    String named = texts == null ? null : texts.get(id + ".standard", locale); //$NON-NLS-1$
    return named != null ? named : designation();
  }

  /**
   * Designation and clause in the user's language: {@code GB/T 19876-2012 第 6.2 条}; or designation
   * and article: {@code Product Quality Law of the PRC (2018), Art. 27}, {@code ... 第 27 条}.
   */
  public String citation(Locale locale) {
    String cited = designation(locale);
    if (!article.isEmpty()) {
      cited = Texts.of(locale).bind("citation.article", cited, article); //$NON-NLS-1$
    }
    if (clause == null || clause.isEmpty()) {
      return cited;
    }
    return Texts.of(locale).bind("citation", cited, clause); //$NON-NLS-1$
  }

  public Severity severity() {
    return severity;
  }

  public Rule rule() {
    return rule;
  }

  public String loadError() {
    return loadError;
  }

  public PackTexts texts() {
    return texts;
  }

  public String title(Locale locale) {
    return text(id + ".title", locale); //$NON-NLS-1$
  }

  public String rationale(Locale locale) {
    return text(id + ".rationale", locale); //$NON-NLS-1$
  }

  /** The message pattern; {@code variant} null for the main message. */
  public String messagePattern(String variant, Locale locale) {
    return text(id + ".message" + (variant == null ? "" : "." + variant), locale); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private String text(String key, Locale locale) {
    String t = texts == null ? null : texts.get(key, locale);
    return t == null ? key : t;
  }
}
