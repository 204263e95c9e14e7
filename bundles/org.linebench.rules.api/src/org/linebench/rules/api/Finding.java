package org.linebench.rules.api;

import java.nio.file.Path;
import java.util.List;

/**
 * One finding: what a rule (or the structural validation) found wrong, where, and on what values.
 *
 * @param ruleId the rule's id, e.g. {@code cn.gb-t19876.light-curtain-distance}, or a structural
 *     issue code such as {@code line.unknown-unit}
 * @param packId the pack, e.g. {@code cn}; {@code line} for structural issues
 * @param severity how bad
 * @param citation the standard, edition and clause, localized (e.g. {@code GB/T 19876-2012 第 6 条}),
 *     empty for structural issues
 * @param file the line file, as loaded (absolute); {@code null} if unknown
 * @param line 1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param element the model element, e.g. {@code Changchun.BodyInWhite.OP20.LC20}; empty if none
 * @param message the localized message
 * @param evidence the values used and computed
 * @param formula the formula applied, or empty
 * @param internalError true when the rule itself failed (threw, overran its time or could not load)
 * @param variant the message variant ({@code <rule id>.message.<variant>}), empty for the main message
 *     (since 1.2): with the rule id and element it tells one finding from another whatever the language
 * @param fixes the fixes the rule proposes, not yet checked (since 1.2)
 * @param noFix why the rule proposes none, localized; empty when it proposes some or says nothing (since 1.2)
 */
public record Finding(String ruleId, String packId, Severity severity, String citation, Path file, int line, int column,
    String element, String message, List<Evidence> evidence, String formula, boolean internalError, String variant,
    List<Fix> fixes, String noFix) {

  public Finding {
    evidence = List.copyOf(evidence);
    variant = variant == null ? "" : variant; //$NON-NLS-1$
    fixes = fixes == null ? List.of() : List.copyOf(fixes);
    noFix = noFix == null ? "" : noFix; //$NON-NLS-1$
  }

  /** A finding as before 1.2: main message, no fixes. */
  public Finding(String ruleId, String packId, Severity severity, String citation, Path file, int line, int column,
      String element, String message, List<Evidence> evidence, String formula, boolean internalError) {
    this(ruleId, packId, severity, citation, file, line, column, element, message, evidence, formula, internalError, "", //$NON-NLS-1$
        List.of(), ""); //$NON-NLS-1$
  }

  /**
   * What tells this finding from another whatever the language: rule id, element and variant
   * (structural issues have no element: tell them apart by their line as well).
   *
   * @since 1.2
   */
  public String key() {
    return ruleId + '|' + element + '|' + variant;
  }
}
