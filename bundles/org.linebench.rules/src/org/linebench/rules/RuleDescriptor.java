package org.linebench.rules;

import java.util.Locale;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.Severity;
import org.linebench.rules.report.Texts;

/**
 * A rule of a pack with what its pack says about it: the standard, edition and clause it checks,
 * its severity, its texts. {@link #rule()} is null when the rule could not be loaded; then
 * {@link #loadError()} says why, and running the pack reports that as an internal-error finding.
 */
public final class RuleDescriptor {
  private final String id;
  private final String packId;
  private final String standard;
  private final String edition;
  private final String editionSeparator;
  private final String clause;
  private final Severity severity;
  private final PackTexts texts;
  private final Rule rule;
  private final String loadError;

  public RuleDescriptor(String id, String packId, String standard, String edition, String editionSeparator, String clause,
      Severity severity, PackTexts texts, Rule rule, String loadError) {
    this.id = id;
    this.packId = packId;
    this.standard = standard;
    this.edition = edition;
    this.editionSeparator = editionSeparator;
    this.clause = clause;
    this.severity = severity;
    this.texts = texts;
    this.rule = rule;
    this.loadError = loadError;
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

  /** Designation and clause in the user's language: {@code GB/T 19876-2012 第 6.2 条}. */
  public String citation(Locale locale) {
    if (clause == null || clause.isEmpty()) {
      return designation(locale);
    }
    return Texts.of(locale).bind("citation", designation(locale), clause); //$NON-NLS-1$
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
