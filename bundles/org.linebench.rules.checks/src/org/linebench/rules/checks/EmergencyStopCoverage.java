package org.linebench.rules.checks;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.EmergencyStop;
import org.linebench.rules.api.line.HazardZone;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13850 / GB/T 16754 (control range): every hazard zone lies within the control range of an
 * emergency stop of its plant of an allowed stop category; an emergency stop that declares no
 * category covers nothing. Thresholds: {@code coveringCategories} (0 and 1).
 */
public class EmergencyStopCoverage implements Rule {
  private final Set<Integer> categories = new HashSet<>();

  @Override
  public void configure(RuleData data) throws RuleDataException {
    for (Double d : data.numbers("coveringCategories")) { //$NON-NLS-1$
      if (d == null) {
        throw new RuleDataException(data.where() + ": 'coveringCategories' must list numbers"); //$NON-NLS-1$
      }
      categories.add(d.intValue());
    }
  }

  @Override
  public void check(RuleContext context) {
    Set<HazardZone> covered = new HashSet<>();
    for (Line line : context.lines()) {
      for (EmergencyStop es : line.emergencyStops()) {
        if (es.category().isPresent() && categories.contains(es.category().get())) {
          covered.addAll(es.covers());
        }
      }
    }
    for (Station st : context.stations()) {
      for (HazardZone z : st.zones()) {
        if (!covered.contains(z)) {
          context.report(z).arg(Models.label(z)).arg(st.name()).add();
        }
      }
    }
  }
}
