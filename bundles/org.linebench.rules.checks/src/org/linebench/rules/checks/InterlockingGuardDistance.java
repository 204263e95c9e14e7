package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.InterlockedDoor;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13855 / GB/T 19876 with ISO 14119 / GB/T 18831, interlocking guards without guard locking: a
 * person who opens the door must not reach the hazard before it has stopped, so the door lies at
 * least S = K·T + C from the hazard, C the reach through the gap the door opens before its interlock
 * acts (ISO 13857 / GB/T 23821, reaching through openings). A door that does not say how far it
 * opens is taken as open wide ({@code defaultReachMm}); otherwise it needs guard locking
 * ({@code locking}). Thresholds: {@code approachSpeedMmPerS} (K), {@code controlResponseMs},
 * {@code defaultReachMm}, {@code reach} (rows {@code {maxOpeningMm, reachMm}}). Fixes: the distance
 * S, the stopping or response time that makes the present distance enough, or guard locking.
 */
public class InterlockingGuardDistance implements Rule {
  private record Row(double maxOpening, double reach) {}

  private final List<Row> reach = new ArrayList<>();
  private double k;
  private double controlMs;
  private double defaultReach;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    k = data.number("approachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    controlMs = data.number("controlResponseMs", 0, 10000); //$NON-NLS-1$
    defaultReach = data.number("defaultReachMm", 0, 5000); //$NON-NLS-1$
    double last = 0;
    for (RuleData row : data.objects("reach")) { //$NON-NLS-1$
      double e = row.number("maxOpeningMm", 0, 1000); //$NON-NLS-1$
      if (e <= last) {
        throw new RuleDataException(row.where() + ": 'maxOpeningMm' must rise"); //$NON-NLS-1$
      }
      last = e;
      reach.add(new Row(e, row.number("reachMm", 0, 5000))); //$NON-NLS-1$
    }
  }

  /** C: the reach through an opening of e mm (NaN: not declared, the default reach). */
  public double reach(double e) {
    if (!Double.isNaN(e)) {
      for (Row r : reach) {
        if (e <= r.maxOpening()) {
          return r.reach();
        }
      }
    }
    return defaultReach;
  }

  /** S in mm for the stopping and response times (ms) and the opening (mm, NaN if not declared). */
  public double minimumDistance(double stoppingMs, double responseMs, double opening) {
    return k * (stoppingMs + responseMs + controlMs) / 1000.0 + reach(opening);
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice dev : st.devices()) {
        if (!(dev instanceof InterlockedDoor door) || door.locking()) {
          continue;
        }
        Approach.Inputs in = Approach.read(context, st, door, door.responseTime(), door.distance(), List.of());
        if (in == null) {
          continue;
        }
        Double e = Models.mm(door.opening());
        double opening = e == null ? Double.NaN : e;
        double s = minimumDistance(in.stoppingMs(), in.responseMs(), opening);
        if (in.distanceMm() < s - 1e-9) {
          Approach.fixes(context.report(door), st, door, in, s, (stop, resp) -> minimumDistance(stop, resp, opening))
              .fix(Change.add(door, "locking", "")).arg(Models.label(door)) //$NON-NLS-1$ //$NON-NLS-2$
              .arg(in.distanceMm()).arg(s).arg(context.designation())
              .value("stopping-time", in.stoppingMs(), "ms").value("response", in.responseMs(), "ms") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .value("control", controlMs, "ms").value("opening", e == null ? "-" : context.format(e) + " mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
              .value("distance", in.distanceMm(), "mm").formula("S = K\u00b7T + C") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              .result("T", in.seconds(controlMs) * 1000, "ms").result("K", k, "mm/s") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .result("C", reach(opening), "mm").result("S", s, "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
      }
    }
  }
}
