package org.linebench.rules.checks;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Guard;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13857 / GB/T 23821: guards lower than 1400 mm should not be used without additional safety
 * measures (they do not restrict the movement of the body enough); below 1000 mm the reach-over
 * rule refuses them. A hint, not a failure. Thresholds: {@code fromMm} and {@code belowMm}. Fix: the
 * guard raised to {@code belowMm} (a higher guard never needs more distance against reaching over).
 */
public class GuardHeightHint implements Rule {
  private double from;
  private double below;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    from = data.number("fromMm", 0, 5000); //$NON-NLS-1$
    below = data.number("belowMm", from, 5000); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice d : st.devices()) {
        Double b = d instanceof Guard g ? Models.mm(g.height()) : null;
        if (b != null && b >= from && b < below) {
          context.report(d).arg(Models.label(d)).arg(b).arg(below).value("b", b, "mm").fix(Change.set(d, "height", below, "mm")).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
      }
    }
  }
}
