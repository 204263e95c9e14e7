package org.linebench.rules.checks;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Change;
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
 * category covers nothing. Thresholds: {@code coveringCategories} (0 and 1). Fixes: the zone added to
 * what an emergency stop of its line covers (with a covering category where it has another), or a
 * new emergency stop when the line has none.
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
          fixes(context.report(z).arg(Models.label(z)).arg(st.name()), st, z).add();
        }
      }
    }
  }

  /**
   * Each emergency stop of the zone's line of a covering category covers it too; one of another
   * category does with a covering category (only the category when it lists the zone already); or,
   * when the line has none, a new one.
   */
  private RuleContext.FindingBuilder fixes(RuleContext.FindingBuilder b, Station st, HazardZone z) {
    String zone = st.name() + "." + z.name(); //$NON-NLS-1$
    int category = categories.stream().sorted().findFirst().orElse(0);
    Line line = st.line();
    for (EmergencyStop es : line.emergencyStops()) {
      if (es.category().isPresent() && categories.contains(es.category().get())) {
        b.fix(Change.add(es, "covers", zone)); //$NON-NLS-1$
      } else if (es.covers().contains(z)) {
        b.fix(Change.set(es, "category", String.valueOf(category))); //$NON-NLS-1$
      } else {
        b.fix(Change.set(es, "category", String.valueOf(category)), Change.add(es, "covers", zone)); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    if (line.emergencyStops().isEmpty()) {
      b.fix(Change.add(line, "emergency-stop", "ES_" + st.name() + "_" + z.name() + " category " + category + " covers " + zone)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
    return b;
  }
}
