package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Guard;

/**
 * A table of ISO 13857 / GB/T 23821 for the lower limbs: rows up to a size (an opening or a height)
 * with the safety distance each needs; the row is the first whose {@code upToMm} the size does not
 * exceed, a size beyond the last row has none (NaN), and a row's distance may be null (not
 * admissible). Data: {@code term} (the table's name in the pack's glossary), {@code rows} with
 * {@code upToMm} and the column named by the rule.
 */
final class LowerLimbTable {
  private record Row(double upTo, Double distance) {}

  private final String term;
  private final List<Row> rows = new ArrayList<>();

  LowerLimbTable(RuleData t, String column) throws RuleDataException {
    term = t.string("term"); //$NON-NLS-1$
    double last = -1;
    for (RuleData row : t.objects("rows")) { //$NON-NLS-1$
      double e = row.number("upToMm", 0, 5000); //$NON-NLS-1$
      if (e <= last) {
        throw new RuleDataException(row.where() + ": 'upToMm' must rise"); //$NON-NLS-1$
      }
      last = e;
      rows.add(new Row(e, row.has(column) ? row.number(column, 0, 5000) : null));
    }
    if (rows.isEmpty()) {
      throw new RuleDataException(t.where() + ": empty table"); //$NON-NLS-1$
    }
  }

  String term() {
    return term;
  }

  /** The largest size the table knows. */
  double last() {
    return rows.get(rows.size() - 1).upTo();
  }

  /**
   * Adds to {@code f} the fix of a guard's ground clearance down to the largest size its present
   * distance {@code sr} allows, when that is smaller than the size there is ({@code size}); {@code f}.
   */
  RuleContext.FindingBuilder clearanceWithin(RuleContext.FindingBuilder f, Guard g, double size, Double sr) {
    double within = sr == null ? Double.NaN : largestWithin(sr);
    if (!Double.isNaN(within) && within < size) {
      f.fix(Change.set(g, "ground-clearance", within, "mm")); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return f;
  }

  /**
   * The largest size whose distance is at most {@code distance}, reading the rows up from the
   * smallest until one needs more (or admits none): the gap a guard at that distance may leave; NaN
   * when even the first row needs more.
   */
  double largestWithin(double distance) {
    double size = Double.NaN;
    for (Row r : rows) {
      if (r.distance() == null || r.distance() > distance) {
        break;
      }
      size = r.upTo();
    }
    return size;
  }

  /** The safety distance a size needs; NaN beyond the table or where the table admits none. */
  double distance(double size) {
    for (Row r : rows) {
      if (size <= r.upTo()) {
        return r.distance() == null ? Double.NaN : r.distance();
      }
    }
    return Double.NaN;
  }
}
