package org.linebench.rules;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.Severity;

/**
 * One edition of a rule's standard that the pack has data for: the clause the edition numbers the
 * requirement with (or the article, for a law or regulation; either may be empty), the severity,
 * and the rule configured with that edition's thresholds.
 * {@code rule} is null when it could not be created or configured; {@code loadError} says why.
 */
public record RuleEdition(String edition, String clause, String article, Severity severity, Rule rule, String loadError) {}
