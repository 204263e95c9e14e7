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
 * ISO 13857 / GB/T 23821, reaching over protective structures (high risk): for the guard's height
 * b the table gives the horizontal distance c needed for each height a of the hazard zone. The line
 * model does not give a, so the rule takes the largest c of the column: the guard is safe whatever
 * the hazard's height. Between two columns the lower one counts, as the standard says; guards lower
 * than the first column do not protect against reaching over at all.
 * Thresholds: {@code table.structureHeightsMm} (the columns b), {@code table.rows} with
 * {@code hazardHeightMm} (a) and {@code distancesMm} (c per column, null where the table has none).
 */
public class ReachOverGuard implements Rule {
  private final List<Double> columns = new ArrayList<>();
  private final List<double[]> rows = new ArrayList<>();
  private String table;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    RuleData t = data.object("table"); //$NON-NLS-1$
    table = t.string("term"); //$NON-NLS-1$
    for (Double b : t.numbers("structureHeightsMm")) { //$NON-NLS-1$
      if (b == null || !columns.isEmpty() && b <= columns.get(columns.size() - 1)) {
        throw new RuleDataException(t.where() + ": 'structureHeightsMm' must rise"); //$NON-NLS-1$
      }
      columns.add(b);
    }
    for (RuleData row : t.objects("rows")) { //$NON-NLS-1$
      row.number("hazardHeightMm", 0, 5000); //$NON-NLS-1$
      List<Double> c = row.numbers("distancesMm"); //$NON-NLS-1$
      if (c.size() != columns.size()) {
        throw new RuleDataException(row.where() + ": " + c.size() + " distances for " + columns.size() + " columns"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      rows.add(c.stream().mapToDouble(v -> v == null ? 0 : v).toArray());
    }
    if (columns.isEmpty() || rows.isEmpty()) {
      throw new RuleDataException(t.where() + ": empty table"); //$NON-NLS-1$
    }
  }

  /** The lowest structure height the table knows. */
  public double lowestHeight() {
    return columns.get(0);
  }

  /** The horizontal distance a guard of height b needs; NaN if b is below the table. */
  public double requiredDistance(double b) {
    int col = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) <= b) {
        col = i;
      }
    }
    if (col < 0) {
      return Double.NaN;
    }
    double c = 0;
    for (double[] row : rows) {
      c = Math.max(c, row[col]);
    }
    return c;
  }

  /** The lowest column at or above {@code from} whose distance is at most c; NaN when none is. */
  public double lowestHeight(double c, double from) {
    for (double b : columns) {
      if (b >= from && requiredDistance(b) <= c) {
        return b;
      }
    }
    return Double.NaN;
  }

  /** The table column a guard of height b is read in. */
  public double column(double b) {
    double col = Double.NaN;
    for (double c : columns) {
      if (c <= b) {
        col = c;
      }
    }
    return col;
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyDevice d : st.devices()) {
        if (!(d instanceof Guard g)) {
          continue;
        }
        Double b = Models.mm(g.height());
        Double c = Models.mm(g.distance());
        if (b == null || c == null) {
          RuleContext.FindingBuilder f = context.report(g).variant("incomplete").arg(Models.label(g)); //$NON-NLS-1$
          double needed = b == null ? Double.NaN : requiredDistance(b);
          double height = c == null ? Double.NaN : lowestHeight(c, 0);
          if (!Double.isNaN(needed)) {
            f.fix(Change.set(g, "distance", needed, "mm")); //$NON-NLS-1$ //$NON-NLS-2$
          } else if (!Double.isNaN(height)) {
            f.fix(Change.set(g, "height", height, "mm")); //$NON-NLS-1$ //$NON-NLS-2$
          } else {
            f.noFix("incomplete"); //$NON-NLS-1$
          }
          f.add();
          continue;
        }
        double required = requiredDistance(b);
        if (Double.isNaN(required)) {
          RuleContext.FindingBuilder f = context.report(g).variant("tooLow").arg(Models.label(g)).arg(b).arg(lowestHeight()) //$NON-NLS-1$
              .value("b", b, "mm").value("table", tableName(context)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          higher(f, g, b, c);
          if (c < requiredDistance(lowestHeight())) {
            f.fix(Change.set(g, "height", lowestHeight(), "mm"), Change.set(g, "distance", requiredDistance(lowestHeight()), "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          }
          f.add();
        } else if (c < required) {
          RuleContext.FindingBuilder f = context.report(g).arg(Models.label(g)).arg(b).arg(c).arg(required).arg(context.designation()).value("b", b, "mm").value("c", c, "mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .value("table", tableName(context)).formula("c \u2265 max\u2090 c(a, b\u2032), b\u2032 = " + context.format(column(b)) + " mm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              .result("c required", required, "mm").fix(Change.set(g, "distance", required, "mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          higher(f, g, b, c).add();
        }
      }
    }
  }

  /** The lowest column above the guard's height whose distance the present distance meets. */
  private RuleContext.FindingBuilder higher(RuleContext.FindingBuilder f, Guard g, double b, double c) {
    double higher = lowestHeight(c, b);
    if (!Double.isNaN(higher) && higher > b) {
      f.fix(Change.set(g, "height", higher, "mm")); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return f;
  }

  /** The table as findings name it: {@code GB/T 23821-2022 表 2（高风险）}. */
  private String tableName(RuleContext context) {
    return context.designation() + " " + context.term(table); //$NON-NLS-1$
  }
}
