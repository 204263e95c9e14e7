package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.LightCurtain;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13855 / GB/T 19876, multi-beam and single-beam devices ({@code beams 400 mm, 900 mm}): 2, 3 or
 * 4 beams at the prescribed heights, S = K·T + C with C for the whole body reaching in (multi-beam)
 * or the larger one of a single beam. Thresholds: {@code approachSpeedMmPerS} (K),
 * {@code multiBeamAddedMm} and {@code singleBeamAddedMm} (C), {@code controlResponseMs},
 * {@code beamHeightsMm} (per number of beams, the heights), {@code heightToleranceMm}. Fixes: the
 * prescribed heights; the distance S, or the stopping or response time that makes the present
 * distance enough.
 */
public class BeamDeviceDistance implements Rule {
  private final Map<Integer, List<Double>> heights = new HashMap<>();
  private double k;
  private double cMulti;
  private double cSingle;
  private double controlMs;
  private double tolerance;
  private int maxBeams;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    k = data.number("approachSpeedMmPerS", 1, 10000); //$NON-NLS-1$
    cMulti = data.number("multiBeamAddedMm", 0, 5000); //$NON-NLS-1$
    cSingle = data.number("singleBeamAddedMm", 0, 5000); //$NON-NLS-1$
    controlMs = data.number("controlResponseMs", 0, 10000); //$NON-NLS-1$
    tolerance = data.number("heightToleranceMm", 0, 500); //$NON-NLS-1$
    RuleData h = data.object("beamHeightsMm"); //$NON-NLS-1$
    for (String n : h.keys()) {
      List<Double> hs = h.numbers(n);
      int count;
      try {
        count = Integer.parseInt(n);
      } catch (NumberFormatException e) {
        throw new RuleDataException(h.where() + ": not a number of beams: " + n); //$NON-NLS-1$
      }
      if (hs.size() != count || hs.contains(null)) {
        throw new RuleDataException(h.where() + ": " + n + " beams need " + n + " heights"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      heights.put(count, hs);
      maxBeams = Math.max(maxBeams, count);
    }
  }

  /** S in mm for the stopping and response times (ms) and the number of beams. */
  public double minimumDistance(double stoppingMs, double responseMs, int beams) {
    return k * (stoppingMs + responseMs + controlMs) / 1000.0 + (beams == 1 ? cSingle : cMulti);
  }

  /** Whether heights (mm, lowest first) are the prescribed ones for their number of beams. */
  public boolean prescribed(List<Double> mm) {
    List<Double> want = heights.get(mm.size());
    if (want == null) {
      return false;
    }
    for (int i = 0; i < mm.size(); i++) {
      if (Math.abs(mm.get(i) - want.get(i)) > tolerance + 1e-9) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice dev : st.devices()) {
        if (!(dev instanceof LightCurtain lc) || lc.beams().isEmpty()) {
          continue;
        }
        List<Double> mm = new ArrayList<>();
        for (Quantity q : lc.beams()) {
          mm.add(q.millimetres().orElse(Double.NaN));
        }
        int n = mm.size();
        if (n > maxBeams) {
          context.report(lc).variant("tooMany").arg(Models.label(lc)).arg(n).arg(maxBeams).value("beams", String.valueOf(n)).noFix("tooMany").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          continue;
        }
        if (!prescribed(mm)) {
          RuleContext.FindingBuilder f = context.report(lc).variant("heights").arg(Models.label(lc)).arg(n).arg(heights(context, mm)) //$NON-NLS-1$
              .arg(heights(context, heights.getOrDefault(n, List.of()))).arg(context.designation());
          if (heights.containsKey(n)) {
            f.fix(Change.set(lc, "beams", String.join(", ", heights.get(n).stream().map(h -> Change.number(h) + " mm").toList()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          } else { // a pack whose table has no heights for this many beams
            f.noFix("noHeights"); //$NON-NLS-1$
          }
          f.add();
        }
        Approach.Inputs in = Approach.read(context, st, lc, lc.responseTime(), lc.distance(), List.of());
        if (in == null) {
          continue;
        }
        double s = minimumDistance(in.stoppingMs(), in.responseMs(), n);
        if (in.distanceMm() < s - 1e-9) {
          Approach.fixes(context.report(lc), st, lc, in, s, (stop, resp) -> minimumDistance(stop, resp, n)).arg(Models.label(lc)).arg(n)
              .arg(in.distanceMm()).arg(s).arg(context.designation())
              .value("stopping-time", in.stoppingMs(), "ms").value("response", in.responseMs(), "ms") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .value("control", controlMs, "ms").value("beams", heights(context, mm)).value("distance", in.distanceMm(), "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
              .formula("S = K\u00b7T + C").result("T", in.seconds(controlMs) * 1000, "ms").result("K", k, "mm/s") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
              .result("C", n == 1 ? cSingle : cMulti, "mm").result("S", s, "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
      }
    }
  }

  private static String heights(RuleContext context, List<Double> mm) {
    return String.join(", ", mm.stream().map(h -> context.format(h) + " mm").toList()); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
