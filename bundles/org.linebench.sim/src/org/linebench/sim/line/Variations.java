package org.linebench.sim.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.linebench.dsl.api.Timings;
import org.linebench.dsl.api.Timings.Timing;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.model.line.Distribution;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Units;
import org.linebench.sim.random.Sampler;
import org.linebench.sim.random.Samplers;

/** Turns a declared time and its variation into a sampler. */
final class Variations {
  private Variations() {}

  /** Seconds of a time quantity. */
  static double seconds(Quantity q, String what, String owner, EObject element) throws SimulationException {
    Optional<Double> s = Units.seconds(q);
    if (s.isEmpty()) {
      throw new SimulationException(NLS.bind(Messages.Time_notATime, new Object[] {what, owner,
          q == null ? "?" : q.getValue() + " " + q.getUnit()}), element); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return s.get();
  }

  /**
   * A sampler for a declared time: constant without a variation, unless {@code exponentialByDefault}
   * (failures and repairs).
   */
  static Sampler of(Timing t, boolean exponentialByDefault, String what, String owner) throws SimulationException {
    double value = seconds(t.value(), what, owner, t.value());
    Distribution d = t.variation();
    try {
      if (d == null) {
        return exponentialByDefault && value > 0 ? Samplers.exponential(value) : Samplers.constant(value);
      }
      return switch (d.getKind()) {
        case EXPONENTIAL -> Samplers.exponential(value);
        case TRIANGULAR -> Samplers.triangular(seconds(d.getLow(), what, owner, d), value, seconds(d.getHigh(), what, owner, d));
        case LOGNORMAL -> Samplers.lognormal(value, seconds(d.getSd(), what, owner, d));
        case NORMAL -> Samplers.normal(value, seconds(d.getSd(), what, owner, d));
        case WEIBULL -> Samplers.weibull(value, d.getShape() == null ? 1 : d.getShape());
        case EMPIRICAL -> Samplers.empirical(values(d, what, owner));
      };
    } catch (IllegalArgumentException e) {
      throw new SimulationException(NLS.bind(Messages.Variation_bad, new Object[] {what, owner, e.getMessage()}), d);
    }
  }

  /** The values of an empirical variation's data column, in seconds (the column's unit, else seconds). */
  private static double[] values(Distribution d, String what, String owner) throws SimulationException {
    Path file = Timings.file(d, d.getData());
    if (file == null || !Files.isRegularFile(file)) {
      throw new SimulationException(NLS.bind(Messages.Data_missing, new Object[] {what, owner, d.getData()}), d);
    }
    CsvTable table;
    try {
      table = CsvTable.readAny(file, null);
    } catch (DataException e) {
      throw new SimulationException(NLS.bind(Messages.Data_bad, new Object[] {what, owner, e.describe()}), d);
    }
    int column = -1;
    if (d.getColumn() != null) {
      column = table.columnIndex(d.getColumn());
    } else {
      for (int c = 0; c < table.columns().size(); c++) {
        if (table.columns().get(c).numeric()) {
          column = column == -1 ? c : -2;
        }
      }
    }
    if (column < 0 || !table.columns().get(column).numeric()) {
      throw new SimulationException(NLS.bind(Messages.Data_column, new Object[] {what, owner, d.getData(),
          d.getColumn() == null ? "" : d.getColumn()}), d); //$NON-NLS-1$
    }
    String unit = table.columns().get(column).unit();
    double factor = unit == null ? 1 : Units.find(unit).filter(u -> u.dimension() == org.linebench.model.units.Dimension.TIME)
        .map(u -> u.toBase(1)).orElse(1.0);
    List<Double> values = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      String v = table.value(r, column);
      if (!CsvTable.isMissing(v)) {
        values.add(Double.parseDouble(v.trim()) * factor);
      }
    }
    if (values.isEmpty()) {
      throw new SimulationException(NLS.bind(Messages.Data_noValues, new Object[] {what, owner, d.getData()}), d);
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
