package org.linebench.rules.eu;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.ModelAttachment;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

/**
 * Machinery Regulation (EU) 2023/1230, Annex I part A (5): a safety component with fully or partly
 * self-evolving behaviour (machine learning) that ensures a safety function needs a conformity
 * assessment by a notified body; self-assessment is not enough.
 * <p>
 * Fix: the safety function no longer relies on the model ({@code uses-model} taken out: the model may
 * still advise, outside the safety function). Keeping it means the notified body's assessment, which
 * the line language does not record.
 */
public class MlSafetyComponent implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.safetyFunctions()) {
        ModelAttachment m = f.model().orElse(null);
        if (m != null) {
          context.report(f).arg(f.name()).arg(m.name()).value("model", m.name()) //$NON-NLS-1$
              .value("purpose", context.term(m.purpose().literal())).fix(Change.remove(f, "uses-model")).add(); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
    }
  }
}
