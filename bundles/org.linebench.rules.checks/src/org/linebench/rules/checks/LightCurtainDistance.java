package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.LightCurtain;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13855 / GB/T 19876: the minimum distance of a light curtain from the hazard,
 * S = K·T + C with T = stopping time of the machine + response time of the curtain + response
 * time of the control, C = 8·(d − 14) for a detection capability d up to 40 mm. First with
 * K = 2000 mm/s; if S exceeds 500 mm, again with K = 1600 mm/s, but not below 500 mm; never below
 * 100 mm. For d above 40 mm: S = 1600·T + 850 mm. All figures are thresholds of the pack.
 */
public class LightCurtainDistance implements Rule {
  private double k1;
  private double k2;
  private double minimum;
  private double switchAt;
  private double cFactor;
  private double cOffset;
  private double maxDetection;
  private double cLarge;
  private double controlMs;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    k1 = data.number("approachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    k2 = data.number("reducedApproachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    minimum = data.number("minimumDistanceMm", 0, 10000); //$NON-NLS-1$
    switchAt = data.number("reducedSpeedAboveMm", 0, 10000); //$NON-NLS-1$
    cFactor = data.number("intrusionFactor", 0, 100); //$NON-NLS-1$
    cOffset = data.number("intrusionOffsetMm", 0, 100); //$NON-NLS-1$
    maxDetection = data.number("maxDetectionMm", 1, 1000); //$NON-NLS-1$
    cLarge = data.number("intrusionLargeDetectionMm", 0, 5000); //$NON-NLS-1$
    controlMs = data.number("controlResponseMs", 0, 10000); //$NON-NLS-1$
  }

  /** What the formula gives: the distance S in mm, and the K and C used. */
  public record Result(double s, double k, double c, double t) {}

  /** S for stopping time, response time (ms) and detection capability d (mm). */
  public Result minimumDistance(double stoppingMs, double responseMs, double d) {
    double t = (stoppingMs + responseMs + controlMs) / 1000.0;
    if (d > maxDetection) {
      return new Result(k2 * t + cLarge, k2, cLarge, t);
    }
    double c = Math.max(0, cFactor * (d - cOffset));
    double s = k1 * t + c;
    if (s <= switchAt) {
      return new Result(Math.max(s, minimum), k1, c, t);
    }
    double s2 = k2 * t + c;
    return new Result(Math.max(s2, switchAt), k2, c, t);
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice dev : st.devices()) {
        if (!(dev instanceof LightCurtain lc)) {
          continue;
        }
        Double stop = Models.ms(st.stoppingTime());
        Double response = Models.ms(lc.responseTime());
        Double d = Models.mm(lc.detection());
        Double mounted = Models.mm(lc.distance());
        List<String> missing = new ArrayList<>();
        if (stop == null) {
          missing.add("stopping-time"); //$NON-NLS-1$
        }
        if (response == null) {
          missing.add("response"); //$NON-NLS-1$
        }
        if (d == null) {
          missing.add("detection"); //$NON-NLS-1$
        }
        if (mounted == null) {
          missing.add("distance"); //$NON-NLS-1$
        }
        if (!missing.isEmpty()) {
          context.report(lc).variant("incomplete").arg(Models.label(lc)).arg(String.join(", ", missing)).add(); //$NON-NLS-1$ //$NON-NLS-2$
          continue;
        }
        Result r = minimumDistance(stop, response, d);
        if (mounted < r.s() - 1e-9) {
          context.report(lc).arg(Models.label(lc)).arg(mounted).arg(r.s())
              .value("stopping-time", stop, "ms").value("response", response, "ms") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .value("control", controlMs, "ms").value("d", d, "mm").value("distance", mounted, "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
              .formula(d > maxDetection ? "S = K\u00b7T + C, C = " + context.format(cLarge) + " mm" //$NON-NLS-1$ //$NON-NLS-2$
                  : "S = K\u00b7T + C, C = " + context.format(cFactor) + "\u00b7(d \u2212 " + context.format(cOffset) + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              .result("T", r.t() * 1000, "ms").result("K", r.k(), "mm/s").result("C", r.c(), "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
              .result("S", r.s(), "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
    }
  }
}
