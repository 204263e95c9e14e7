package org.linebench.rules.checks;

import java.util.List;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.PressureMat;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13855 / GB/T 19876, pressure-sensitive mats and floors: the outer edge of the detection zone
 * lies at least S = K·T + C from the hazard, C reduced by a share of the height H of a step the mat
 * lies on (S = K·T + C − f·H). Fixes: the distance S, or the stopping or response time that makes the
 * present distance enough. Thresholds: {@code approachSpeedMmPerS} (K), {@code addedDistanceMm}
 * (C), {@code stepFactor} (f), {@code controlResponseMs}.
 */
public class PressureMatDistance implements Rule {
  private double k;
  private double c;
  private double stepFactor;
  private double controlMs;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    k = data.number("approachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    c = data.number("addedDistanceMm", 0, 5000); //$NON-NLS-1$
    stepFactor = data.number("stepFactor", 0, 1); //$NON-NLS-1$
    controlMs = data.number("controlResponseMs", 0, 10000); //$NON-NLS-1$
  }

  /** S in mm for the stopping and response times (ms) and the height of the step (mm, 0 without one). */
  public double minimumDistance(double stoppingMs, double responseMs, double stepMm) {
    return k * (stoppingMs + responseMs + controlMs) / 1000.0 + Math.max(0, c - stepFactor * stepMm);
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice dev : st.devices()) {
        if (!(dev instanceof PressureMat mat)) {
          continue;
        }
        Approach.Inputs in = Approach.read(context, st, mat, mat.responseTime(), mat.distance(), List.of());
        if (in == null) {
          continue;
        }
        Double step = Models.mm(mat.step());
        double h = step == null ? 0 : step;
        double s = minimumDistance(in.stoppingMs(), in.responseMs(), h);
        if (in.distanceMm() < s - 1e-9) {
          Approach.fixes(context.report(mat), st, mat, in, s, (stop, resp) -> minimumDistance(stop, resp, h)).arg(Models.label(mat)).arg(in.distanceMm()).arg(s).arg(context.designation())
              .value("stopping-time", in.stoppingMs(), "ms").value("response", in.responseMs(), "ms") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .value("control", controlMs, "ms").value("H", h, "mm").value("distance", in.distanceMm(), "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
              .formula("S = K\u00b7T + C \u2212 " + context.format(stepFactor) + "\u00b7H, C = " + context.format(c) + " mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              .result("T", in.seconds(controlMs) * 1000, "ms").result("K", k, "mm/s").result("S", s, "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
      }
    }
  }
}
