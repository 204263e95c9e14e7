package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Guard;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13857 / GB/T 23821, reaching through regular openings (persons of 14 years and older): the
 * safety distance sr a guard's opening e needs. The line model gives the largest opening but not
 * its shape; the pack's data says which column to read ({@code slot}, {@code square},
 * {@code round}); slots are the strictest. Thresholds: {@code shape}, {@code table.rows} with
 * {@code maxOpeningMm} and the distance per shape.
 * <p>
 * Fixes, from the same table: the distance the opening needs (the guard moved away from the hazard);
 * or the largest opening the present distance allows (a finer mesh); an opening too large for the
 * table: the largest it knows, with the distance that opening needs.
 */
public class ReachThroughOpening implements Rule {
  private record Row(double maxOpening, double distance) {}

  private final List<Row> rows = new ArrayList<>();
  private String shape;
  private String table;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    shape = data.string("shape"); //$NON-NLS-1$
    RuleData t = data.object("table"); //$NON-NLS-1$
    table = t.string("term"); //$NON-NLS-1$
    double last = 0;
    for (RuleData row : t.objects("rows")) { //$NON-NLS-1$
      double e = row.number("maxOpeningMm", 0, 1000); //$NON-NLS-1$
      if (e <= last) {
        throw new RuleDataException(row.where() + ": 'maxOpeningMm' must rise"); //$NON-NLS-1$
      }
      last = e;
      rows.add(new Row(e, row.number(shape, 0, 5000)));
    }
    if (rows.isEmpty()) {
      throw new RuleDataException(t.where() + ": empty table"); //$NON-NLS-1$
    }
  }

  /** The safety distance an opening of e mm needs; NaN if e is larger than the table. */
  public double requiredDistance(double e) {
    for (Row r : rows) {
      if (e <= r.maxOpening()) {
        return r.distance();
      }
    }
    return Double.NaN;
  }

  /**
   * The largest opening whose distance is at most {@code distance}, reading the rows up from the
   * smallest until one needs more; NaN when even the first needs more.
   */
  public double largestOpening(double distance) {
    double e = Double.NaN;
    for (Row r : rows) {
      if (r.distance() > distance) {
        break;
      }
      e = r.maxOpening();
    }
    return e;
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice d : st.devices()) {
        if (!(d instanceof Guard g) || g.opening().isEmpty()) {
          continue;
        }
        Double e = Models.mm(g.opening());
        Double sr = Models.mm(g.distance());
        if (e == null || sr == null) {
          RuleContext.FindingBuilder f = context.report(g).variant("incomplete").arg(Models.label(g)); //$NON-NLS-1$
          double needed = e == null ? Double.NaN : requiredDistance(e);
          (Double.isNaN(needed) ? f.noFix("incomplete") : f.fix(Change.set(g, "distance", needed, "mm"))).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          continue;
        }
        double required = requiredDistance(e);
        if (Double.isNaN(required)) {
          Row last = rows.get(rows.size() - 1);
          RuleContext.FindingBuilder f = context.report(g).variant("tooLarge").arg(Models.label(g)).arg(e).arg(last.maxOpening()) //$NON-NLS-1$
              .value("e", e, "mm").value("table", tableName(context)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          finer(f, g, e, sr);
          if (sr < last.distance()) {
            f.fix(Change.set(g, "opening", last.maxOpening(), "mm"), Change.set(g, "distance", last.distance(), "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          }
          f.add();
        } else if (sr < required) {
          RuleContext.FindingBuilder f = context.report(g).arg(Models.label(g)).arg(e).arg(sr).arg(required).arg(context.designation()).value("e", e, "mm") //$NON-NLS-1$ //$NON-NLS-2$
              .value("shape", context.term(shape)).value("sr", sr, "mm").value("table", tableName(context)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .result("sr required", required, "mm").fix(Change.set(g, "distance", required, "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          finer(f, g, e, sr).add();
        }
      }
    }
  }

  /** The largest opening the present distance allows, when it is smaller than the opening there is. */
  private RuleContext.FindingBuilder finer(RuleContext.FindingBuilder f, Guard g, double e, double sr) {
    double finer = largestOpening(sr);
    if (!Double.isNaN(finer) && finer < e) {
      f.fix(Change.set(g, "opening", finer, "mm")); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return f;
  }

  /** The table as findings name it: {@code GB/T 23821-2022 表 2（高风险）}. */
  private String tableName(RuleContext context) {
    return context.designation() + " " + context.term(table); //$NON-NLS-1$
  }
}
