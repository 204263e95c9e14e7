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
 * ISO 13857 / GB/T 23821, lower limbs reaching under a protective structure: for the height of the
 * gap between the floor and the guard's lower edge ({@code ground-clearance}), the horizontal
 * distance the guard keeps from the hazard. The standard gives it for three ways of standing at the
 * structure; the pack's data says which column to read (by default the largest of the three, the
 * way the person is standing being unknown). Thresholds: {@code column}, {@code table}.
 * <p>
 * Fixes, from the same table: the distance the gap needs (the guard moved away from the hazard); or
 * the highest gap the present distance allows (the guard brought down towards the floor); a gap
 * higher than the table: the highest gap it knows, with the distance that gap needs.
 */
public class ReachUnderGuard implements Rule {
  private LowerLimbTable table;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    table = new LowerLimbTable(data.object("table"), data.string("column")); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The distance a gap of h mm under a guard needs; NaN above the table. */
  public double requiredDistance(double h) {
    return table.distance(h);
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice d : st.devices()) {
        Double h = d instanceof Guard g ? Models.mm(g.groundClearance()) : null;
        if (h == null) {
          continue;
        }
        Guard g = (Guard) d;
        Double sr = Models.mm(g.distance());
        double required = table.distance(h);
        String name = context.designation() + " " + context.term(table.term()); //$NON-NLS-1$
        if (Double.isNaN(required)) {
          RuleContext.FindingBuilder f = context.report(g).variant("tooHigh").arg(Models.label(g)).arg(h).arg(table.last()) //$NON-NLS-1$
              .value("h", h, "mm").value("table", name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          table.clearanceWithin(f, g, h, sr);
          double highest = table.largestWithin(Double.MAX_VALUE);
          if (!Double.isNaN(highest) && (sr == null || sr < table.distance(highest))) {
            f.fix(Change.set(g, "ground-clearance", highest, "mm"), Change.set(g, "distance", table.distance(highest), "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          }
          f.add();
        } else if (sr == null) {
          context.report(g).variant("incomplete").arg(Models.label(g)).fix(Change.set(g, "distance", required, "mm")).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (sr < required) {
          RuleContext.FindingBuilder f = context.report(g).arg(Models.label(g)).arg(h).arg(sr).arg(required).arg(name).value("h", h, "mm") //$NON-NLS-1$ //$NON-NLS-2$
              .value("sr", sr, "mm").value("table", name).result("sr required", required, "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
              .fix(Change.set(g, "distance", required, "mm")); //$NON-NLS-1$ //$NON-NLS-2$
          table.clearanceWithin(f, g, h, sr).add();
        }
      }
    }
  }
}
