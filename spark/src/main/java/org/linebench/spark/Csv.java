package org.linebench.spark;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.spark.sql.Row;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/**
 * Rows of a Spark table as CSV text for LineBench's own reader ({@link CsvTable#parse}): the
 * reader decides the column types, units, missing values and errors, as for a file on a laptop.
 */
public final class Csv {
  private Csv() {}

  /** A CSV field, quoted when it must be. */
  public static String field(Object value) {
    if (value == null) {
      return ""; //$NON-NLS-1$
    }
    String s = value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15
        ? Long.toString(d.longValue()) : String.valueOf(value);
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
    return s;
  }

  /** A CSV line of fields, without its line break. */
  public static String line(List<?> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    return b.toString();
  }

  /** The fields of a row at these positions as a CSV line. */
  public static String line(Row row, int[] positions) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < positions.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(row.get(positions[i])));
    }
    return b.toString();
  }

  /** A table of a header and lines, read by LineBench's reader. */
  public static CsvTable table(String name, String header, Iterable<String> lines) throws DataException {
    StringBuilder b = new StringBuilder(header).append('\n');
    for (String l : lines) {
      b.append(l).append('\n');
    }
    return CsvTable.parse(name, StandardCharsets.UTF_8, b.toString());
  }
}
