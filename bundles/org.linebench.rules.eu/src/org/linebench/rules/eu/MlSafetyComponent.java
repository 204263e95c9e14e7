package org.linebench.rules.eu;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.ModelAttachment;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

/**
 * Machinery Regulation (EU) 2023/1230, Annex I part A (5): a safety component with fully or partly
 * self-evolving behaviour (machine learning) that ensures a safety function needs a conformity
 * assessment by a notified body; self-assessment is not enough.
 */
public class MlSafetyComponent implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.safetyFunctions()) {
        ModelAttachment m = f.model().orElse(null);
        if (m != null) {
          context.report(f).arg(f.name()).arg(m.name()).value("model", m.name()) //$NON-NLS-1$
              .value("purpose", m.purpose().literal()).add(); //$NON-NLS-1$
        }
      }
    }
  }
}
