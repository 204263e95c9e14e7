package org.linebench.assist.llm.ask;

import java.nio.file.Path;

/**
 * One answer to a question over a line: a model element, a finding of the checks, or a rule with
 * its clause; where it is written ({@code file}, 1-based {@code line}; null and 0 for a rule) and
 * its score (BM25, higher is better).
 *
 * @param kind what the hit is
 * @param element the element's qualified name ({@code ChangchunBad.BodyInWhite.OP20.LC20}); for a finding the element it is on; empty for a rule
 * @param title a short title in the user's language: the element's kind and name, the finding's rule id, the rule's title
 * @param text what it says: the element's line of source, the finding's message, the rule's message pattern
 * @param citation the standard and clause (findings and rules), in the user's language; empty for elements
 * @param ruleId the rule (findings and rules); empty for elements
 */
public record Hit(Kind kind, String element, String title, String text, String citation, String ruleId, Path file, int line, double score) {

  /** What a hit is. */
  public enum Kind {
    ELEMENT, FINDING, RULE
  }
}
