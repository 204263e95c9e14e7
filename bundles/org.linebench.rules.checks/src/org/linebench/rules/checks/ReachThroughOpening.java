package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

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
    table = t.string("name"); //$NON-NLS-1$
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
          context.report(g).variant("incomplete").arg(Models.label(g)).add(); //$NON-NLS-1$
          continue;
        }
        double required = requiredDistance(e);
        if (Double.isNaN(required)) {
          context.report(g).variant("tooLarge").arg(Models.label(g)).arg(e).arg(rows.get(rows.size() - 1).maxOpening()) //$NON-NLS-1$
              .value("e", e, "mm").value("table", table).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (sr < required) {
          context.report(g).arg(Models.label(g)).arg(e).arg(sr).arg(required).value("e", e, "mm").value("shape", shape) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              .value("sr", sr, "mm").value("table", table).result("sr required", required, "mm").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
      }
    }
  }
}
