package org.linebench.rules.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.linebench.rules.api.line.Element;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.api.line.Station;

/**
 * What a rule sees while it checks one plant, and how it reports:
 *
 * <pre>
 * context.report(curtain).arg(name).value("T", t, "ms").formula("S = K·T + C").result("S", s, "mm").add();
 * </pre>
 *
 * The message comes from the pack's texts ({@code <rule id>.message}, or
 * {@code <rule id>.message.<variant>} with {@link FindingBuilder#variant}), in the user's language,
 * with the {@code arg}s filled in as {0}, {1}, ...
 * <p>
 * Since 1.2 a rule proposes its fixes as it reports ({@link FindingBuilder#fix}):
 *
 * <pre>
 * context.report(curtain)...result("S", s, "mm").fix(Change.set(curtain, "distance", Math.ceil(s), "mm")).add();
 * </pre>
 */
public interface RuleContext {

  /** The plant being checked. */
  Plant plant();

  /** Every line of the plant, including those declared in files of their own. */
  default List<Line> lines() {
    return plant().lines();
  }

  /** Every station of every line of the plant. */
  default List<Station> stations() {
    return plant().stations();
  }

  /** The id of the rule being run, e.g. {@code cn.gb-t19876.light-curtain-distance}. */
  String ruleId();

  /** The language findings are written in. */
  Locale locale();

  /**
   * The standard and edition the rule checks this plant against, as cited in the user's language:
   * {@code GB/T 19876-2012}, {@code EN ISO 13849-1:2023}; the edition is the pack's default or the
   * one the plant chooses ({@code edition "..."}). Messages name it rather than a fixed edition.
   *
   * @since 1.1
   */
  String designation();

  /**
   * A word of the pack's glossary in the user's language: the pack's text {@code term.<word>}
   * (a data class, a table's name, a kind of station), or the word itself when the pack has none.
   *
   * @since 1.1
   */
  String term(String word);

  /** A file named relative to the line file that declares {@code element} (a model card, say). */
  Path resolve(Element element, String relative);

  /** A number as findings show it: at most three decimals, no trailing zeros, small ones as {@code 5e-7}. */
  String format(double number);

  /** Starts a finding about {@code element} (its file, line and name go with it); {@link FindingBuilder#add()} records it. */
  FindingBuilder report(Element element);

  /** A finding being put together. */
  interface FindingBuilder {

    /** The next message argument ({0}, {1}, ...); a {@code Double} is formatted as {@link RuleContext#format} does. */
    FindingBuilder arg(Object value);

    /** Uses the message {@code <rule id>.message.<variant>} instead of the main one; null for the main one. */
    FindingBuilder variant(String name);

    /**
     * A number read from the model or the pack's data. Names (here and below) are shown as the
     * pack's text {@code evidence.<name>} in the user's language when the pack has one (since 1.1).
     */
    FindingBuilder value(String name, double value, String unit);

    /** A value that is not a number (a PL, a country, a list of marks); null shows as {@code -}. */
    FindingBuilder value(String name, String value);

    /** The formula the rule applied, e.g. {@code S = K·T + C}. */
    FindingBuilder formula(String formula);

    /** A number the rule computed. */
    FindingBuilder result(String name, double value, String unit);

    /** A computed value that is not a number. */
    FindingBuilder result(String name, String value);

    /**
     * A fix for this finding: changes made together, computed from the rule's own formula and data
     * (the distance S the formula requires, the stopping time that would make the present distance
     * enough). Call once per way out; the assistant keeps those that remove the finding and add no
     * other. The default ignores it, so builders written before 1.2 still compile.
     *
     * @since 1.2
     */
    default FindingBuilder fix(Change... changes) {
      return this;
    }

    /**
     * Says why the rule proposes no fix: the pack's text {@code <rule id>.nofix.<reason>} in the
     * user's language (the text itself when the pack has none). The default ignores it.
     *
     * @since 1.2
     */
    default FindingBuilder noFix(String reason) {
      return this;
    }

    /** Records the finding. */
    void add();
  }
}
