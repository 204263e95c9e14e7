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
 * ISO 13857 / GB/T 23821, lower limbs reaching through regular openings: the gap between the floor
 * and a guard ({@code ground-clearance}) is a slot the foot and leg reach through; the table gives
 * the safety distance per slot width, and a slot wider than its last admissible row lets the whole
 * body through. Thresholds: {@code shape} (the column: {@code slot}), {@code table}.
 * <p>
 * Fixes, from the same table: the distance the slot needs (the guard moved away from the hazard); or
 * the widest slot the present distance allows (the gap at the floor narrowed); a slot too wide for
 * the table: the widest slot it admits, with the distance that slot needs.
 */
public class LowerLimbOpening implements Rule {
  private LowerLimbTable table;
  private String shape;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    shape = data.string("shape"); //$NON-NLS-1$
    table = new LowerLimbTable(data.object("table"), shape); //$NON-NLS-1$
  }

  /** The safety distance a slot of e mm needs; NaN where the table admits none. */
  public double requiredDistance(double e) {
    return table.distance(e);
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice d : st.devices()) {
        Double e = d instanceof Guard g ? Models.mm(g.groundClearance()) : null;
        if (e == null) {
          continue;
        }
        Guard g = (Guard) d;
        Double sr = Models.mm(g.distance());
        double required = table.distance(e);
        String name = context.designation() + " " + context.term(table.term()); //$NON-NLS-1$
        if (Double.isNaN(required)) {
          RuleContext.FindingBuilder f = context.report(g).variant("tooLarge").arg(Models.label(g)).arg(e).value("e", e, "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              .value("shape", context.term(shape)).value("table", name); //$NON-NLS-1$ //$NON-NLS-2$
          table.clearanceWithin(f, g, e, sr);
          double widest = table.largestWithin(Double.MAX_VALUE);
          if (!Double.isNaN(widest) && (sr == null || sr < table.distance(widest))) {
            f.fix(Change.set(g, "ground-clearance", widest, "mm"), Change.set(g, "distance", table.distance(widest), "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          }
          f.add();
        } else if (sr == null) {
          context.report(g).variant("incomplete").arg(Models.label(g)).fix(Change.set(g, "distance", required, "mm")).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (sr < required) {
          RuleContext.FindingBuilder f = context.report(g).arg(Models.label(g)).arg(e).arg(sr).arg(required).arg(name).value("e", e, "mm") //$NON-NLS-1$ //$NON-NLS-2$
              .value("shape", context.term(shape)).value("sr", sr, "mm").value("table", name) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .result("sr required", required, "mm").fix(Change.set(g, "distance", required, "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          table.clearanceWithin(f, g, e, sr).add();
        }
      }
    }
  }
}
