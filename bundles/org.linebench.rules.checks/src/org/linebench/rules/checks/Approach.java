package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.NamedElement;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.Station;

/**
 * What the ISO 13855 / GB/T 19876 distance rules share: the overall stopping time
 * T = the machine's stopping time + the device's response time + the control's response time, read
 * from the station and the device, and the finding that says what is missing to compute it.
 */
final class Approach {
  private Approach() {}

  /** The times and the mounted distance of a device, in ms and mm; null when something is missing (then reported). */
  record Inputs(double stoppingMs, double responseMs, double distanceMm) {
    /** T in seconds, with the control's response time added. */
    double seconds(double controlMs) {
      return (stoppingMs + responseMs + controlMs) / 1000.0;
    }
  }

  /** S from the stopping time and the device's response time (ms), the other inputs fixed. */
  @FunctionalInterface
  interface Distance {
    double of(double stoppingMs, double responseMs);
  }

  /**
   * The fixes of a device mounted too near, from the rule's own formula: the distance S (rounded up
   * to the millimetre); or the machine's stopping time, or the device's response time, that would
   * make the present distance enough (rounded down to the millisecond), where one exists.
   */
  static RuleContext.FindingBuilder fixes(RuleContext.FindingBuilder f, Station st, NamedElement device, Inputs in, double s,
      Distance formula) {
    double dist = in.distanceMm();
    f.fix(Change.set(device, "distance", Math.ceil(s - 1e-9), "mm")); //$NON-NLS-1$ //$NON-NLS-2$
    double stop = Solve.largest(x -> formula.of(x, in.responseMs()) <= dist + 1e-9, 0, in.stoppingMs(), 1);
    if (!Double.isNaN(stop) && stop < in.stoppingMs()) {
      f.fix(Change.set(st, "stopping-time", stop, "ms")); //$NON-NLS-1$ //$NON-NLS-2$
    }
    double resp = Solve.largest(x -> formula.of(in.stoppingMs(), x) <= dist + 1e-9, 0, in.responseMs(), 1);
    if (!Double.isNaN(resp) && resp < in.responseMs()) {
      f.fix(Change.set(device, "response", resp, "ms")); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return f;
  }

  /**
   * The inputs of a device, or null after reporting the {@code incomplete} variant with the names of
   * what is missing ({@code stopping-time}, {@code response}, {@code distance}, and {@code extra}'s).
   */
  static Inputs read(RuleContext context, Station st, NamedElement device, Optional<Quantity> response, Optional<Quantity> distance,
      List<String> extraMissing) {
    Double stop = Models.ms(st.stoppingTime());
    Double r = Models.ms(response);
    Double d = Models.mm(distance);
    List<String> missing = new ArrayList<>();
    if (stop == null) {
      missing.add("stopping-time"); //$NON-NLS-1$
    }
    if (r == null) {
      missing.add("response"); //$NON-NLS-1$
    }
    if (d == null) {
      missing.add("distance"); //$NON-NLS-1$
    }
    missing.addAll(extraMissing);
    if (!missing.isEmpty()) {
      context.report(device).variant("incomplete").arg(Models.label(device)).arg(String.join(", ", missing)).noFix("incomplete").add(); //$NON-NLS-1$ //$NON-NLS-2$
      return null;
    }
    return new Inputs(stop, r, d);
  }
}
