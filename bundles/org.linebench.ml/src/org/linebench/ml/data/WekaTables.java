package org.linebench.ml.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.Schema;
import org.linebench.ml.weka.WekaRuntime;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Tables as Weka's instances: a whole table, or the columns a model's {@link Schema} reads (in the
 * schema's order: features, derived features, target last), for training and for scoring.
 */
public final class WekaTables {
  private WekaTables() {}

  /** The table as Weka instances, without a class attribute set. */
  public static Instances of(CsvTable table, String relation) {
    WekaRuntime.start();
    List<CsvTable.Column> columns = table.columns();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (CsvTable.Column c : columns) {
      attributes.add(c.numeric() ? new Attribute(c.name()) : new Attribute(c.name(), new ArrayList<>(c.values())));
    }
    Instances data = new Instances(relation, attributes, table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      double[] v = new double[columns.size()];
      for (int c = 0; c < v.length; c++) {
        if (table.isMissing(r, c)) {
          v[c] = Utils.missingValue();
        } else {
          v[c] = columns.get(c).numeric() ? table.number(r, c) : table.code(r, c);
        }
      }
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }

  /** An empty data set with the schema's attributes, the class set. */
  public static Instances header(Schema schema, String relation) {
    WekaRuntime.start();
    ArrayList<Attribute> atts = new ArrayList<>();
    for (Schema.Feature f : schema.features()) {
      atts.add(f.numeric() ? new Attribute(f.name()) : new Attribute(f.name(), new ArrayList<>(f.values())));
    }
    for (Schema.Derived d : schema.derived()) {
      atts.add(new Attribute(d.name()));
    }
    Schema.Target target = schema.target();
    atts.add(target.numeric() ? new Attribute(target.name()) : new Attribute(target.name(), new ArrayList<>(target.values())));
    Instances data = new Instances(relation, atts, 0);
    data.setClassIndex(atts.size() - 1);
    return data;
  }

  /**
   * The table's rows as instances of the schema. Rows whose target is missing are left out when
   * the target is read; when it is not (scoring), the class value is missing.
   *
   * @param withTarget whether the table holds the target column
   * @param unknownValues counts nominal values the model never saw (read as missing); may be null
   * @throws DataException when a column is missing or holds words where numbers belong
   */
  public static Instances of(Schema schema, CsvTable table, boolean withTarget, int[] unknownValues) throws DataException {
    Instances data = header(schema, table.file());
    rows(schema, data, table, withTarget, unknownValues, v -> data.add(new DenseInstance(1.0, v)));
    return data;
  }

  /**
   * The table's rows as the values of instances of the schema ({@link #of}), without making
   * instances: for scoring that reads the values alone.
   *
   * @throws DataException when a column is missing or holds words where numbers belong
   */
  public static List<double[]> values(Schema schema, CsvTable table, boolean withTarget, int[] unknownValues) throws DataException {
    List<double[]> rows = new ArrayList<>(table.rowCount());
    rows(schema, header(schema, table.file()), table, withTarget, unknownValues, rows::add);
    return rows;
  }

  private static void rows(Schema schema, Instances data, CsvTable table, boolean withTarget, int[] unknownValues,
      java.util.function.Consumer<double[]> into) throws DataException {
    List<Schema.Feature> features = schema.features();
    List<Schema.Derived> derived = schema.derived();
    Schema.Target target = schema.target();
    int[] index = new int[features.size()];
    for (int i = 0; i < index.length; i++) {
      Schema.Feature f = features.get(i);
      index[i] = columnOf(table, f.name());
      CsvTable.Column col = table.columns().get(index[i]);
      if (f.numeric() && !col.numeric() && !col.values().isEmpty()) { // (a column of empty fields only reads as missing numbers)
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
      if (derived.get(d).series()) { // computed beforehand into a column of the table
        derivedLeft[d] = -1;
        derivedRight[d] = columnOf(table, derived.get(d).name());
        continue;
      }
      derivedLeft[d] = featureIndex(features, derived.get(d).left());
      derivedRight[d] = featureIndex(features, derived.get(d).right());
    }
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
        if (derivedLeft[d] < 0) {
          double x = table.number(r, derivedRight[d]);
          v[index.length + d] = Double.isNaN(x) ? Utils.missingValue() : x;
          continue;
        }
        double a = v[derivedLeft[d]];
        double b = v[derivedRight[d]];
        v[index.length + d] = Utils.isMissingValue(a) || Utils.isMissingValue(b) ? Utils.missingValue() : derived.get(d).apply(a, b);
      }
      v[width - 1] = y;
      into.accept(v);
    }
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
    private final Map<Double, Integer> byNumber = new HashMap<>();

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

  private static int featureIndex(List<Schema.Feature> features, String name) {
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("derived feature refers to unknown column " + name); //$NON-NLS-1$
  }

  /**
   * The index of the column with this name.
   *
   * @throws DataException naming the table's columns when there is none
   */
  public static int columnOf(CsvTable table, String name) throws DataException {
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
