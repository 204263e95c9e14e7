package org.linebench.rules.internal.view;

import java.util.Optional;

import org.linebench.model.units.Units;
import org.linebench.rules.api.line.Dimension;
import org.linebench.rules.api.line.Quantity;

/**
 * The view's quantities: the value as written and converted by {@link Units}, made when a rule asks
 * (the model's quantity is a contained object: reading its value and unit is safe from any thread).
 */
final class Quantities {
  private Quantities() {}

  static Optional<Quantity> of(org.linebench.model.line.Quantity q) {
    if (q == null) {
      return Optional.empty();
    }
    String unit = q.getUnit() == null ? "" : q.getUnit(); //$NON-NLS-1$
    return Optional.of(Units.find(q.getUnit())
        .map(u -> new Quantity(q.getValue(), unit, Dimension.valueOf(u.dimension().name()), u.toBase(q.getValue())))
        .orElseGet(() -> new Quantity(q.getValue(), unit, null, Double.NaN)));
  }
}
