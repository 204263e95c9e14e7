package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;

/**
 * ISO 13855 / GB/T 19876, reaching over a vertical detection zone: the additional distance C_RO for
 * the height a of the hazard zone (rows) and the height b of the detection zone's upper edge
 * (columns). Between rows the larger of the two neighbours counts, between columns the lower column
 * (the larger distance): the table is never read in the person's favour. Data: {@code term} (the
 * table's name in the pack's glossary), {@code zoneTopsMm} (the columns b, rising), {@code rows}
 * with {@code hazardHeightMm} and {@code distancesMm}.
 */
final class ReachOverTable {
  private final String term;
  private final List<Double> columns = new ArrayList<>();
  private final List<Double> heights = new ArrayList<>();
  private final List<double[]> rows = new ArrayList<>();

  ReachOverTable(RuleData t) throws RuleDataException {
    term = t.string("term"); //$NON-NLS-1$
    for (Double b : t.numbers("zoneTopsMm")) { //$NON-NLS-1$
      if (b == null || !columns.isEmpty() && b <= columns.get(columns.size() - 1)) {
        throw new RuleDataException(t.where() + ": 'zoneTopsMm' must rise"); //$NON-NLS-1$
      }
      columns.add(b);
    }
    for (RuleData row : t.objects("rows")) { //$NON-NLS-1$
      double a = row.number("hazardHeightMm", 0, 5000); //$NON-NLS-1$
      if (!heights.isEmpty() && a >= heights.get(heights.size() - 1)) {
        throw new RuleDataException(row.where() + ": 'hazardHeightMm' must fall"); //$NON-NLS-1$
      }
      List<Double> c = row.numbers("distancesMm"); //$NON-NLS-1$
      if (c.size() != columns.size() || c.contains(null)) {
        throw new RuleDataException(row.where() + ": " + c.size() + " distances for " + columns.size() + " columns"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      heights.add(a);
      rows.add(c.stream().mapToDouble(Double::doubleValue).toArray());
    }
    if (columns.isEmpty() || rows.isEmpty()) {
      throw new RuleDataException(t.where() + ": empty table"); //$NON-NLS-1$
    }
  }

  String term() {
    return term;
  }

  double lowestTop() {
    return columns.get(0);
  }

  /** C_RO for a hazard at height a and a detection zone up to b (mm); NaN when b is below the table. */
  double distance(double a, double b) {
    int col = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) <= b) {
        col = i;
      }
    }
    if (col < 0) {
      return Double.NaN;
    }
    // rows fall from the highest hazard: the first row at or below a, and the row above it when a lies between them
    int i = 0;
    while (i < heights.size() - 1 && heights.get(i) > a) {
      i++;
    }
    double c = rows.get(i)[col];
    if (i > 0 && heights.get(i) != a) {
      c = Math.max(c, rows.get(i - 1)[col]);
    }
    return c;
  }
}
