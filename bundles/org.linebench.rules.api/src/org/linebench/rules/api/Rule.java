package org.linebench.rules.api;

/**
 * One certification rule: a small class that looks at one plant and reports what does not comply.
 * What the rule checks against (standard, edition, clause, severity, thresholds) is data in its
 * pack, not code: {@link #configure(RuleData)} receives the rule's entry of the pack's data file
 * when the pack is loaded, and should read and check its thresholds there, so that a broken data
 * file shows up at load time. {@link #check(RuleContext)} may then be called many times, for many
 * plants, from several threads, and must not keep state between calls.
 */
public interface Rule {

  /**
   * Reads the rule's thresholds. The default reads nothing.
   *
   * @throws RuleDataException if a threshold is missing or out of range
   */
  default void configure(RuleData data) throws RuleDataException {
    // a rule without thresholds
  }

  /** Checks the plant of the context and reports each finding through {@link RuleContext#report}. */
  void check(RuleContext context);
}
