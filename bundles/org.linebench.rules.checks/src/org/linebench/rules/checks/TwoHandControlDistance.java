package org.linebench.rules.checks;

import java.util.List;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.api.line.TwoHandControl;

/**
 * ISO 13855 / GB/T 19876 with ISO 13851 / GB/T 19671, two-hand control devices: the nearest
 * actuator lies at least S = K·T + C from the hazard; C may be smaller where shielding keeps the
 * hands away from the hazard zone ({@code shielded}). Thresholds: {@code approachSpeedMmPerS} (K),
 * {@code addedDistanceMm} (C), {@code shieldedAddedDistanceMm} (C with shielding),
 * {@code minimumDistanceMm} (never less), {@code controlResponseMs}. Fixes: the distance S, the
 * stopping or response time that makes the present distance enough, or shielding when the smaller C
 * would.
 */
public class TwoHandControlDistance implements Rule {
  private double k;
  private double c;
  private double cShielded;
  private double minimum;
  private double controlMs;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    k = data.number("approachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    c = data.number("addedDistanceMm", 0, 5000); //$NON-NLS-1$
    cShielded = data.number("shieldedAddedDistanceMm", 0, 5000); //$NON-NLS-1$
    minimum = data.number("minimumDistanceMm", 0, 5000); //$NON-NLS-1$
    controlMs = data.number("controlResponseMs", 0, 10000); //$NON-NLS-1$
  }

  /** S in mm for the stopping and response times (ms), with or without shielding. */
  public double minimumDistance(double stoppingMs, double responseMs, boolean shielded) {
    return Math.max(minimum, k * (stoppingMs + responseMs + controlMs) / 1000.0 + (shielded ? cShielded : c));
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice dev : st.devices()) {
        if (!(dev instanceof TwoHandControl thc)) {
          continue;
        }
        Approach.Inputs in = Approach.read(context, st, thc, thc.responseTime(), thc.distance(), List.of());
        if (in == null) {
          continue;
        }
        double s = minimumDistance(in.stoppingMs(), in.responseMs(), thc.shielded());
        if (in.distanceMm() < s - 1e-9) {
          RuleContext.FindingBuilder f = Approach.fixes(context.report(thc), st, thc, in, s,
              (stop, resp) -> minimumDistance(stop, resp, thc.shielded()));
          if (!thc.shielded() && minimumDistance(in.stoppingMs(), in.responseMs(), true) <= in.distanceMm() + 1e-9) {
            f.fix(Change.add(thc, "shielded", "")); //$NON-NLS-1$ //$NON-NLS-2$
          }
          f.arg(Models.label(thc)).arg(in.distanceMm()).arg(s).arg(context.designation())
              .value("stopping-time", in.stoppingMs(), "ms").value("response", in.responseMs(), "ms") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .value("control", controlMs, "ms").value("shielded", context.term(String.valueOf(thc.shielded()))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              .value("distance", in.distanceMm(), "mm").formula("S = K\u00b7T + C") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              .result("T", in.seconds(controlMs) * 1000, "ms").result("K", k, "mm/s") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .result("C", thc.shielded() ? cShielded : c, "mm").result("S", s, "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
      }
    }
  }
}
