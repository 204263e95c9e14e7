package org.linebench.ml.train;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * The columns a model reads, the features it derives from them and its target: the contract
 * between training and scoring, written into the model card. Instances are built from a table in
 * the schema's order (features, derived features, target last).
 *
 * @param features the columns read from the data, in order
 * @param derived features computed from two numeric columns
 * @param target the target column
 */
public record Schema(List<Feature> features, List<Derived> derived, Target target) {

  /**
   * A column read from the data.
   *
   * @param name the column's header
   * @param type {@code numeric} or {@code nominal}
   * @param unit the unit from the header's brackets, or null
   * @param values a nominal column's values in Weka's order; empty for numeric columns
   */
  public record Feature(String name, String type, String unit, List<String> values) {
    public boolean numeric() {
      return NUMERIC.equals(type);
    }
  }

  /**
   * A feature derived from two numeric columns.
   *
   * @param name its attribute name
   * @param operation {@code product} or {@code difference}
   * @param left the first column
   * @param right the second column
   * @param unit the resulting unit, or null
   */
  public record Derived(String name, String operation, String left, String right, String unit) {
    double apply(double a, double b) {
      return DIFFERENCE.equals(operation) ? a - b : a * b;
    }
  }

  /**
   * The target.
   *
   * @param name the column's header
   * @param type {@code nominal} (classification) or {@code numeric} (regression)
   * @param unit the unit from the header, or null
   * @param values the class values in Weka's order; empty for a numeric target
   */
  public record Target(String name, String type, String unit, List<String> values) {
    public boolean numeric() {
      return NUMERIC.equals(type);
    }
  }

  public static final String NUMERIC = "numeric"; //$NON-NLS-1$
  public static final String NOMINAL = "nominal"; //$NON-NLS-1$
  public static final String PRODUCT = "product"; //$NON-NLS-1$
  public static final String DIFFERENCE = "difference"; //$NON-NLS-1$

  public Schema {
    features = List.copyOf(features);
    derived = List.copyOf(derived);
  }

  /** An empty data set with this schema's attributes, the class set. */
  public Instances header(String relation) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (Feature f : features) {
      atts.add(f.numeric() ? new Attribute(f.name()) : new Attribute(f.name(), new ArrayList<>(f.values())));
    }
    for (Derived d : derived) {
      atts.add(new Attribute(d.name()));
    }
    atts.add(target.numeric() ? new Attribute(target.name()) : new Attribute(target.name(), new ArrayList<>(target.values())));
    Instances data = new Instances(relation, atts, 0);
    data.setClassIndex(atts.size() - 1);
    return data;
  }

  /**
   * The table's rows as instances of this schema. Rows whose target is missing are left out when
   * the target is read; when it is not (scoring), the class value is missing.
   *
   * @param withTarget whether the table holds the target column
   * @param unknownValues counts nominal values the model never saw (read as missing); may be null
   * @throws DataException when a column is missing or holds words where numbers belong
   */
  public Instances instances(CsvTable table, boolean withTarget, int[] unknownValues) throws DataException {
    int[] index = new int[features.size()];
    for (int i = 0; i < index.length; i++) {
      Feature f = features.get(i);
      index[i] = columnOf(table, f.name());
      if (f.numeric() && !table.columns().get(index[i]).numeric()) {
        throw notNumeric(table, index[i]);
      }
    }
    int targetIndex = withTarget ? columnOf(table, target.name()) : -1;
    if (withTarget && target.numeric() && !table.columns().get(targetIndex).numeric()) {
      throw notNumeric(table, targetIndex);
    }
    int[] derivedLeft = new int[derived.size()];
    int[] derivedRight = new int[derived.size()];
    for (int d = 0; d < derived.size(); d++) {
      derivedLeft[d] = featureIndex(derived.get(d).left());
      derivedRight[d] = featureIndex(derived.get(d).right());
    }
    Instances data = header(table.file());
    int width = data.numAttributes();
    Reader[] readers = new Reader[index.length];
    for (int i = 0; i < index.length; i++) {
      readers[i] = new Reader(table, index[i], features.get(i).numeric() ? null : data.attribute(i), unknownValues);
    }
    Reader targetReader = targetIndex < 0 ? null
        : new Reader(table, targetIndex, target.numeric() ? null : data.classAttribute(), null);
    for (int r = 0; r < table.rowCount(); r++) {
      double y = targetReader == null ? Utils.missingValue() : targetReader.read(r);
      if (targetReader != null && Utils.isMissingValue(y)) {
        continue;
      }
      double[] v = new double[width];
      for (int i = 0; i < index.length; i++) {
        v[i] = readers[i].read(r);
      }
      for (int d = 0; d < derived.size(); d++) {
        double a = v[derivedLeft[d]];
        double b = v[derivedRight[d]];
        v[index.length + d] = Utils.isMissingValue(a) || Utils.isMissingValue(b) ? Utils.missingValue() : derived.get(d).apply(a, b);
      }
      v[width - 1] = y;
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }

  /**
   * Reads one column of a table as one attribute: numbers as they are; words (or numbers read as
   * classes) as the attribute's value index, looked up once per distinct value.
   */
  private static final class Reader {
    private final CsvTable table;
    private final int column;
    private final Attribute nominal;
    private final int[] unknown;
    private final int[] byCode;
    private final java.util.Map<Double, Integer> byNumber = new java.util.HashMap<>();

    Reader(CsvTable table, int column, Attribute nominal, int[] unknown) {
      this.table = table;
      this.column = column;
      this.nominal = nominal;
      this.unknown = unknown;
      CsvTable.Column col = table.columns().get(column);
      this.byCode = nominal == null || col.numeric() ? null : new int[col.values().size()];
      if (byCode != null) {
        for (int c = 0; c < byCode.length; c++) {
          byCode[c] = indexOf(nominal, col.values().get(c));
        }
      }
    }

    double read(int row) {
      if (table.isMissing(row, column)) {
        return Utils.missingValue();
      }
      if (nominal == null) {
        return table.number(row, column);
      }
      int i = byCode != null ? byCode[table.code(row, column)]
          : byNumber.computeIfAbsent(table.number(row, column), d -> indexOf(nominal, CsvTable.format(d)));
      if (i < 0) {
        if (unknown != null) {
          unknown[0]++;
        }
        return Utils.missingValue();
      }
      return i;
    }
  }

  /** A value's index in a nominal attribute; a number written "1.0" is the class "1". -1 if unknown. */
  private static int indexOf(Attribute att, String value) {
    int i = att.indexOfValue(value);
    if (i < 0) {
      double d = CsvTable.parseNumber(value);
      if (!Double.isNaN(d)) {
        i = att.indexOfValue(CsvTable.format(d));
      }
    }
    return i;
  }

  private int featureIndex(String name) {
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("derived feature refers to unknown column " + name); //$NON-NLS-1$
  }

  static int columnOf(CsvTable table, String name) throws DataException {
    int c = table.columnIndex(name);
    if (c < 0) {
      List<String> names = table.columns().stream().map(CsvTable.Column::name).toList();
      throw new DataException(table.file(), 1, 0, NLS.bind(Messages.Schema_noColumn, name, String.join(", ", names))); //$NON-NLS-1$
    }
    return c;
  }

  private static DataException notNumeric(CsvTable table, int column) {
    // a nominal column: its first value that is no number, where it first occurs
    CsvTable.Column col = table.columns().get(column);
    for (int r = 0; r < table.rowCount(); r++) {
      int code = table.code(r, column);
      if (code >= 0 && Double.isNaN(CsvTable.parseNumber(col.values().get(code)))) {
        return new DataException(table.file(), table.line(r), column + 1, NLS.bind(Messages.Schema_notNumeric, col.values().get(code), col.name()));
      }
    }
    return new DataException(table.file(), 1, column + 1, NLS.bind(Messages.Schema_notNumeric, "", col.name())); //$NON-NLS-1$
  }
}
