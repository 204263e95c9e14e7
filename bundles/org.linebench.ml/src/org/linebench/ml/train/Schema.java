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
    for (int r = 0; r < table.rowCount(); r++) {
      double[] v = new double[width];
      for (int i = 0; i < index.length; i++) {
        v[i] = read(table.value(r, index[i]), features.get(i).numeric(), data.attribute(i), unknownValues);
      }
      for (int d = 0; d < derived.size(); d++) {
        double a = v[derivedLeft[d]];
        double b = v[derivedRight[d]];
        v[index.length + d] = Utils.isMissingValue(a) || Utils.isMissingValue(b) ? Utils.missingValue() : derived.get(d).apply(a, b);
      }
      if (targetIndex >= 0) {
        double y = read(table.value(r, targetIndex), target.numeric(), data.classAttribute(), null);
        if (Utils.isMissingValue(y)) {
          continue;
        }
        v[width - 1] = y;
      } else {
        v[width - 1] = Utils.missingValue();
      }
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }

  private int featureIndex(String name) {
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("derived feature refers to unknown column " + name); //$NON-NLS-1$
  }

  private static double read(String s, boolean numeric, Attribute att, int[] unknown) {
    if (CsvTable.isMissing(s)) {
      return Utils.missingValue();
    }
    if (numeric) {
      return Double.parseDouble(s);
    }
    String value = s;
    int i = att.indexOfValue(value);
    if (i < 0) {
      // a numeric column read as a nominal target: "1.0" in ARFF is the class "1"
      try {
        double d = Double.parseDouble(s);
        if (d == Math.rint(d)) {
          i = att.indexOfValue(Long.toString((long) d));
        }
      } catch (NumberFormatException e) {
        // a word: stays unknown
      }
    }
    if (i < 0) {
      if (unknown != null) {
        unknown[0]++;
      }
      return Utils.missingValue();
    }
    return i;
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
    for (int r = 0; r < table.rowCount(); r++) {
      String v = table.value(r, column);
      if (!CsvTable.isMissing(v)) {
        try {
          Double.parseDouble(v);
        } catch (NumberFormatException e) {
          return new DataException(table.file(), CsvTable.lineOf(r), column + 1,
              NLS.bind(Messages.Schema_notNumeric, v, table.columns().get(column).name()));
        }
      }
    }
    return new DataException(table.file(), 1, column + 1, NLS.bind(Messages.Schema_notNumeric, "", table.columns().get(column).name())); //$NON-NLS-1$
  }
}
