package org.linebench.rules.checks;

import java.util.HashSet;
import java.util.Set;

import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.HazardZone;
import org.linebench.model.line.Line;
import org.linebench.model.line.Station;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;

/**
 * ISO 13850 / GB/T 16754 (4.1.3, control range): every hazard zone lies within the control range
 * of an emergency stop of category 0 or 1 of its plant.
 */
public class EmergencyStopCoverage implements Rule {

  @Override
  public void check(RuleContext context) {
    Set<HazardZone> covered = new HashSet<>();
    for (Line line : context.lines()) {
      for (EmergencyStop es : line.getEmergencyStops()) {
        Integer c = es.getCategory();
        if (c == null || c == 0 || c == 1) {
          covered.addAll(es.getCovers());
        }
      }
    }
    for (Station st : context.stations()) {
      for (HazardZone z : st.getZones()) {
        if (!covered.contains(z)) {
          context.report(z).arg(Models.label(z)).arg(st.getName()).add();
        }
      }
    }
  }
}
