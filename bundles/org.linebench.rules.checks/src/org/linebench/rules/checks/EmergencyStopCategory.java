package org.linebench.rules.checks;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.EmergencyStop;
import org.linebench.rules.api.line.Line;

/**
 * IEC 60204-1 10.7 / GB/T 5226.1, ISO 13850 / GB/T 16754: an emergency stop works as stop
 * category 0 or 1. Thresholds: {@code allowedCategories}. Fixes: each allowed category.
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

  /** Each allowed category, the lowest first. */
  private RuleContext.FindingBuilder fixes(RuleContext.FindingBuilder b, EmergencyStop es) {
    allowed.stream().sorted().forEach(c -> b.fix(Change.set(es, "category", String.valueOf(c)))); //$NON-NLS-1$
    return b;
  }

  @Override
  public void check(RuleContext context) {
    for (Line line : context.lines()) {
      for (EmergencyStop es : line.emergencyStops()) {
        Integer category = es.category().orElse(null);
        if (category == null) {
          fixes(context.report(es).variant("missing").arg(Models.label(es)), es).add(); //$NON-NLS-1$
        } else if (!allowed.contains(category)) {
          RuleContext.FindingBuilder b = context.report(es).arg(Models.label(es)).arg(category).value("category", String.valueOf(category)) //$NON-NLS-1$
              .value("allowed", allowed.toString()); //$NON-NLS-1$
          fixes(b, es).add();
        }
      }
    }
  }
}
