package org.linebench.rules.checks;

import java.util.HashSet;
import java.util.Set;

import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Line;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;
import org.linebench.rules.RuleData;
import org.linebench.rules.RuleDataException;

/**
 * IEC 60204-1 10.7 / GB/T 5226.1, ISO 13850 / GB/T 16754: an emergency stop works as stop
 * category 0 or 1. Thresholds: {@code allowedCategories}.
 */
public class EmergencyStopCategory implements Rule {
  private final Set<Integer> allowed = new HashSet<>();

  @Override
  public void configure(RuleData data) throws RuleDataException {
    for (Double d : data.numbers("allowedCategories")) { //$NON-NLS-1$
      if (d == null) {
        throw new RuleDataException(data.where() + ": 'allowedCategories' must list numbers"); //$NON-NLS-1$
      }
      allowed.add(d.intValue());
    }
  }

  @Override
  public void check(RuleContext context) {
    for (Line line : context.lines()) {
      for (EmergencyStop es : line.getEmergencyStops()) {
        if (es.getCategory() == null) {
          context.report(es).variant("missing").arg(Models.label(es)).add(); //$NON-NLS-1$
        } else if (!allowed.contains(es.getCategory())) {
          context.report(es).arg(Models.label(es)).arg(es.getCategory()).value("category", String.valueOf(es.getCategory())) //$NON-NLS-1$
              .value("allowed", allowed.toString()).add(); //$NON-NLS-1$
        }
      }
    }
  }
}
