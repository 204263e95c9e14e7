package org.linebench.ml.card;

import java.util.List;

/**
 * The columns a model reads, the features it derives from them and its target: the contract
 * between training and scoring, written into the model card. A model reads its attributes in the
 * schema's order: features, derived features, target last.
 *
 * @param features the columns read from the data, in order
 * @param derived features computed from two numeric columns or from a unit's history
 * @param target the target column
 */
public record Schema(List<Feature> features, List<Derived> derived, Target target) implements java.io.Serializable {

  /**
   * A column read from the data.
   *
   * @param name the column's header
   * @param type {@code numeric} or {@code nominal}
   * @param unit the unit from the header's brackets, or null
   * @param values a nominal column's values in Weka's order; empty for numeric columns
   */
  public record Feature(String name, String type, String unit, List<String> values) implements java.io.Serializable {
    public boolean numeric() {
      return NUMERIC.equals(type);
    }
  }

  /**
   * A feature derived from two numeric columns, or from a unit's recent history of one (a series
   * feature, computed by {@code org.linebench.ml.series.SeriesStream}).
   *
   * @param name its attribute name
   * @param operation {@code product} or {@code difference}; for a series feature its statistic
   *        ({@code mean}, {@code std}, {@code min}, {@code max}, {@code slope}, {@code last},
   *        {@code lag}, {@code diff})
   * @param left the first column (a series feature's reading)
   * @param right the second column; null for a series feature
   * @param unit the resulting unit, or null
   * @param window a series feature's window ({@code 20} rows, {@code 10min}) or rows back; null
   *        for the others
   */
  public record Derived(String name, String operation, String left, String right, String unit, String window)
      implements java.io.Serializable {
    public Derived(String name, String operation, String left, String right, String unit) {
      this(name, operation, left, right, unit, null);
    }

    /** Whether it is computed from a unit's history (its values come from the series columns of the table). */
    public boolean series() {
      return window != null;
    }

    public double apply(double a, double b) {
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
  public record Target(String name, String type, String unit, List<String> values) implements java.io.Serializable {
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
}
