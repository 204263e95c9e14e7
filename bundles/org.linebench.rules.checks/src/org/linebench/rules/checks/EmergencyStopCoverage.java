package org.linebench.rules.checks;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.EmergencyStop;
import org.linebench.rules.api.line.HazardZone;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13850 / GB/T 16754 (4.1.3, control range): every hazard zone lies within the control range
 * of an emergency stop of category 0 or 1 of its plant.
 */
public class EmergencyStopCoverage implements Rule {

  @Override
  public void check(RuleContext context) {
    Set<HazardZone> covered = new HashSet<>();
    for (Line line : context.lines()) {
      for (EmergencyStop es : line.emergencyStops()) {
        Integer c = es.category().orElse(null);
        if (c == null || c == 0 || c == 1) {
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
