package org.linebench.rules.eu;

import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Station;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;

/**
 * Machinery Regulation (EU) 2023/1230, Annex I part A (5): a safety component with fully or partly
 * self-evolving behaviour (machine learning) that ensures a safety function needs a conformity
 * assessment by a notified body; self-assessment is not enough.
 */
public class MlSafetyComponent implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.getSafetyFunctions()) {
        ModelAttachment m = f.getModel() == null || f.getModel().eIsProxy() ? null : f.getModel();
        if (m != null) {
          context.report(f).arg(f.getName()).arg(m.getName()).value("model", m.getName()) //$NON-NLS-1$
              .value("purpose", m.getPurpose().getLiteral()).add(); //$NON-NLS-1$
        }
      }
    }
  }
}
