package org.linebench.rules.cn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Clearance;
import org.linebench.rules.api.line.ClearanceKind;

/** What the data-export rules share: the clearances a rule accepts, and the clearance a finding shows. */
final class Clearances {
  private Clearances() {}

  /** The clearance kinds listed under a key of the rule's data ({@code securityAssessment}, ...), checked. */
  static List<String> kinds(RuleData data, String key) throws RuleDataException {
    List<String> out = new ArrayList<>();
    for (String k : data.strings(key)) {
      out.add(ClearanceKind.of(k).orElseThrow(() -> new RuleDataException(data.where() + ": unknown clearance " + k)).literal()); //$NON-NLS-1$
    }
    return out;
  }

  /** Whether a recorded clearance is one of the accepted kinds. */
  static boolean clears(Clearance c, Set<String> accepted) {
    return c != null && c.kind() != null && accepted.contains(c.kind().literal());
  }

  /** Adds the recorded clearance (kind, reference, date) to a finding: as its last argument and as a value. */
  static RuleContext.FindingBuilder add(RuleContext context, RuleContext.FindingBuilder b, Clearance c) {
    if (c == null) {
      return b;
    }
    String kind = c.kind() == null ? "-" : context.term(c.kind().literal()); //$NON-NLS-1$
    return b.arg(kind).value("cleared-by", kind + " \u201c" + c.reference() + "\u201d " + c.date()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
