package org.example.linebench.rules.acme;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.Station;

/** ACME AS-104 3.2: a station with a hazard zone declares its stopping time, at most the pack's maximum. */
public class StoppingTimeDeclared implements Rule {
  private double maxMs;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    maxMs = data.number("maxStoppingTimeMs", 1, 60_000); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      if (st.zones().isEmpty()) {
        continue;
      }
      Double ms = st.stoppingTime().flatMap(Quantity::milliseconds).orElse(null);
      if (ms == null) {
        context.report(st).variant("missing").arg(st.name()).add(); //$NON-NLS-1$
      } else if (ms > maxMs) {
        context.report(st).arg(st.name()).arg(ms).arg(maxMs).value("stopping-time", ms, "ms").value("maximum", maxMs, "ms").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
    }
  }
}
