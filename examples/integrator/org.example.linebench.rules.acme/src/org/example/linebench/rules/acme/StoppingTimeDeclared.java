package org.example.linebench.rules.acme;

import org.linebench.model.line.Station;
import org.linebench.model.units.Units;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;
import org.linebench.rules.RuleData;
import org.linebench.rules.RuleDataException;

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
      if (st.getZones().isEmpty()) {
        continue;
      }
      Double ms = st.getStoppingTime() == null ? null : Units.seconds(st.getStoppingTime()).map(s -> s * 1000).orElse(null);
      if (ms == null) {
        context.report(st).variant("missing").arg(st.getName()).add(); //$NON-NLS-1$
      } else if (ms > maxMs) {
        context.report(st).arg(st.getName()).arg(ms).arg(maxMs).value("stopping-time", ms, "ms").value("maximum", maxMs, "ms").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
    }
  }
}
