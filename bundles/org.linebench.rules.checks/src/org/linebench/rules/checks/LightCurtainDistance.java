package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.LightCurtain;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13855 / GB/T 19876: the minimum distance of a light curtain (detection zone orthogonal to the
 * approach) from the hazard, S = K·T + C with T = stopping time of the machine + response time of the
 * curtain + response time of the control.
 * <ul>
 * <li>Reaching through, detection capability d up to 40 mm: C = 8·(d − 14). First with K = 2000 mm/s;
 * if S exceeds 500 mm, again with K = 1600 mm/s, but not below 500 mm; never below 100 mm.</li>
 * <li>40 mm &lt; d ≤ 70 mm: S = 1600·T + 850 mm. A coarser curtain is a beam device: declare its beams.</li>
 * <li>Reaching over the detection zone, when the zone's height a and the top of the detection zone b
 * are declared: S_RO = K·T + C_RO(a, b) from the standard's table (between rows the larger value,
 * between columns the lower column), K chosen as for reaching through; S = max(S_RT, S_RO).</li>
 * </ul>
 * Devices with beams are the beam-device rule's. All figures are thresholds of the pack.
 * <p>
 * Fixes, from the same formula: the distance S (rounded up to the millimetre); or the machine's
 * stopping time, the curtain's response time or (reaching through) the detection capability that
 * would make the present distance enough (rounded down to the millimetre or millisecond); a zone top
 * too low for the table: the lowest top the table has, with the distance that top then needs.
 */
public class LightCurtainDistance implements Rule {
  private double k1;
  private double k2;
  private double minimum;
  private double switchAt;
  private double cFactor;
  private double cOffset;
  private double maxDetection;
  private double maxLargeDetection;
  private double cLarge;
  private double controlMs;
  private ReachOverTable reachOver;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    k1 = data.number("approachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    k2 = data.number("reducedApproachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    minimum = data.number("minimumDistanceMm", 0, 10000); //$NON-NLS-1$
    switchAt = data.number("reducedSpeedAboveMm", 0, 10000); //$NON-NLS-1$
    cFactor = data.number("intrusionFactor", 0, 100); //$NON-NLS-1$
    cOffset = data.number("intrusionOffsetMm", 0, 100); //$NON-NLS-1$
    maxDetection = data.number("maxDetectionMm", 1, 1000); //$NON-NLS-1$
    maxLargeDetection = data.number("maxLargeDetectionMm", maxDetection, 1000); //$NON-NLS-1$
    cLarge = data.number("intrusionLargeDetectionMm", 0, 5000); //$NON-NLS-1$
    controlMs = data.number("controlResponseMs", 0, 10000); //$NON-NLS-1$
    reachOver = data.has("reachOver") ? new ReachOverTable(data.object("reachOver")) : null; //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** What the formula gives: the distance S in mm, and the K and C used, T in s. */
  public record Result(double s, double k, double c, double t) {}

  /** S for reaching through: stopping time, response time (ms) and detection capability d (mm). */
  public Result minimumDistance(double stoppingMs, double responseMs, double d) {
    double t = (stoppingMs + responseMs + controlMs) / 1000.0;
    if (d > maxDetection) {
      return new Result(k2 * t + cLarge, k2, cLarge, t);
    }
    return withK(t, Math.max(0, cFactor * (d - cOffset)));
  }

  /** S = K·T + C with K = 2000 mm/s up to 500 mm (not below 100 mm), else 1600 mm/s (not below 500 mm). */
  private Result withK(double t, double c) {
    double s = k1 * t + c;
    if (s <= switchAt) {
      return new Result(Math.max(s, minimum), k1, c, t);
    }
    return new Result(Math.max(k2 * t + c, switchAt), k2, c, t);
  }

  /**
   * S for reaching over: T as for reaching through, the hazard zone's height a and the top of the
   * detection zone b (mm); null when the table has no value for b (a detection zone too low).
   */
  public Result reachOverDistance(double stoppingMs, double responseMs, double a, double b) {
    double c = reachOver == null ? Double.NaN : reachOver.distance(a, b);
    return Double.isNaN(c) ? null : withK((stoppingMs + responseMs + controlMs) / 1000.0, c);
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice dev : st.devices()) {
        if (dev instanceof LightCurtain lc && lc.beams().isEmpty()) {
          check(context, st, lc);
        }
      }
    }
  }

  private void check(RuleContext context, Station st, LightCurtain lc) {
    Double d = Models.mm(lc.detection());
    Approach.Inputs in = Approach.read(context, st, lc, lc.responseTime(), lc.distance(), d == null ? List.of("detection") : List.of()); //$NON-NLS-1$
    if (in == null) {
      return;
    }
    if (d > maxLargeDetection) {
      context.report(lc).variant("coarse").arg(Models.label(lc)).arg(d).arg(maxLargeDetection).value("d", d, "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .noFix("coarse").add(); //$NON-NLS-1$
      return;
    }
    Result rt = minimumDistance(in.stoppingMs(), in.responseMs(), d);
    Double a = lc.zone().flatMap(z -> z.height()).flatMap(q -> q.millimetres()).orElse(null);
    Double b = Models.mm(lc.top());
    Result ro = null;
    if (a != null && b != null && reachOver != null) {
      ro = reachOverDistance(in.stoppingMs(), in.responseMs(), a, b);
      if (ro == null) {
        RuleContext.FindingBuilder f = context.report(lc).variant("topTooLow").arg(Models.label(lc)).arg(b).arg(reachOver.lowestTop()) //$NON-NLS-1$
            .value("a", a, "mm").value("b", b, "mm").value("table", tableName(context)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        Result low = reachOverDistance(in.stoppingMs(), in.responseMs(), a, reachOver.lowestTop());
        double need = low == null ? Double.NaN : Math.max(rt.s(), low.s());
        if (Double.isNaN(need)) {
          f.noFix("topTooLow"); //$NON-NLS-1$
        } else if (in.distanceMm() >= need - 1e-9) {
          f.fix(Change.set(lc, "top", reachOver.lowestTop(), "mm")); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
          f.fix(Change.set(lc, "top", reachOver.lowestTop(), "mm"), Change.set(lc, "distance", Math.ceil(need - 1e-9), "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        f.add();
      }
    }
    double s = ro == null ? rt.s() : Math.max(rt.s(), ro.s());
    if (in.distanceMm() >= s - 1e-9) {
      return;
    }
    RuleContext.FindingBuilder f = fixes(context.report(lc), st, lc, in, d, a, ro == null ? null : b, s)
        .arg(Models.label(lc)).arg(in.distanceMm()).arg(s).arg(context.designation())
        .value("stopping-time", in.stoppingMs(), "ms").value("response", in.responseMs(), "ms") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .value("control", controlMs, "ms").value("d", d, "mm").value("distance", in.distanceMm(), "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    String c = d > maxDetection ? "C = " + context.format(cLarge) + " mm" //$NON-NLS-1$ //$NON-NLS-2$
        : "C = " + context.format(cFactor) + "\u00b7(d \u2212 " + context.format(cOffset) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (ro == null) {
      f.formula("S = K\u00b7T + C, " + c).result("T", rt.t() * 1000, "ms").result("K", rt.k(), "mm/s").result("C", rt.c(), "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
          .result("S", s, "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$
      return;
    }
    f.value("a", a, "mm").value("b", b, "mm").value("table", tableName(context)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        .formula("S = max(S_RT, S_RO), S_RT = K\u00b7T + C, " + c + ", S_RO = K\u00b7T + C_RO(a, b)") //$NON-NLS-1$ //$NON-NLS-2$
        .result("T", rt.t() * 1000, "ms").result("C", rt.c(), "mm").result("S_RT", rt.s(), "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        .result("C_RO", ro.c(), "mm").result("S_RO", ro.s(), "mm").result("S", s, "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
  }

  /** The required distance S with these inputs (reach over counted when {@code b} is not null). */
  private double required(double stoppingMs, double responseMs, double d, Double a, Double b) {
    double s = minimumDistance(stoppingMs, responseMs, d).s();
    Result ro = b == null ? null : reachOverDistance(stoppingMs, responseMs, a, b);
    return ro == null ? s : Math.max(s, ro.s());
  }

  /** The distance S; or the stopping time, response time or detection capability that make the present distance enough. */
  private RuleContext.FindingBuilder fixes(RuleContext.FindingBuilder f, Station st, LightCurtain lc, Approach.Inputs in, double d,
      Double a, Double b, double s) {
    double dist = in.distanceMm();
    Approach.fixes(f, st, lc, in, s, (stop, resp) -> required(stop, resp, d, a, b));
    if (d <= maxDetection) {
      double finer = Solve.largest(x -> required(in.stoppingMs(), in.responseMs(), x, a, b) <= dist + 1e-9, 1, d, 1);
      if (!Double.isNaN(finer) && finer < d) {
        f.fix(Change.set(lc, "detection", finer, "mm")); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    return f;
  }

  private String tableName(RuleContext context) {
    return context.designation() + " " + context.term(reachOver.term()); //$NON-NLS-1$
  }
}
