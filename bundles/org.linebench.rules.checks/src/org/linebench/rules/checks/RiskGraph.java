package org.linebench.rules.checks;

import java.util.HashMap;
import java.util.Map;

import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;

/**
 * The risk graph of ISO 13849-1 / GB/T 16855.1 (Annex A) as a pack's data gives it: the required
 * performance level PLr for each risk {@code S1F1P1} ... {@code S2F2P2}, as 0 (a) ... 4 (e).
 */
final class RiskGraph {
  private final Map<String, Integer> graph = new HashMap<>();

  /** Reads {@code riskGraph} of a rule's data: all eight risks, each with a PL a ... e. */
  RiskGraph(RuleData data) throws RuleDataException {
    RuleData g = data.object("riskGraph"); //$NON-NLS-1$
    for (String s : new String[] {"S1", "S2"}) { //$NON-NLS-1$ //$NON-NLS-2$
      for (String f : new String[] {"F1", "F2"}) { //$NON-NLS-1$ //$NON-NLS-2$
        for (String p : new String[] {"P1", "P2"}) { //$NON-NLS-1$ //$NON-NLS-2$
          graph.put(s + f + p, PerformanceLevels.parse(g.string(s + f + p), g.where()));
        }
      }
    }
  }

  /** PLr for a risk such as {@code S2F1P2}. */
  int required(String risk) {
    return graph.get(risk);
  }
}
