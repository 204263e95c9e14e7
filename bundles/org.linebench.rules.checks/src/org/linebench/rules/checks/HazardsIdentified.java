package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.Hazard;
import org.linebench.rules.api.line.HazardZone;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.Station;

/**
 * ISO 12100 / GB/T 15706, hazard identification and risk estimation: every hazard zone has at least
 * one hazard in the risk register of its plant's lines, and every hazard says its kind, the phases
 * of the machine's life and the persons it concerns, and its risk (S, F, P).
 * <p>
 * No fix is proposed: identifying a hazard and estimating its risk is the assessor's work; the
 * finding gives the statement to write once it is done.
 */
public class HazardsIdentified implements Rule {

  @Override
  public void check(RuleContext context) {
    Set<HazardZone> assessed = new HashSet<>();
    for (Line line : context.lines()) {
      for (Hazard h : line.hazards()) {
        h.zone().ifPresent(assessed::add);
        List<String> missing = new ArrayList<>();
        if (h.type().isEmpty()) {
          missing.add("kind"); //$NON-NLS-1$
        }
        if (h.phases().isEmpty()) {
          missing.add("phase"); //$NON-NLS-1$
        }
        if (h.persons().isEmpty()) {
          missing.add("persons"); //$NON-NLS-1$
        }
        if (h.risk().isEmpty()) {
          missing.add("risk"); //$NON-NLS-1$
        }
        if (!missing.isEmpty()) {
          context.report(h).variant("incomplete").arg(Models.label(h)).arg(String.join(", ", missing)).noFix("incomplete").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
      }
    }
    for (Station st : context.stations()) {
      for (HazardZone z : st.zones()) {
        if (!assessed.contains(z)) {
          context.report(z).arg(Models.label(z)).arg(st.name()).noFix("notAssessed").add(); //$NON-NLS-1$
        }
      }
    }
  }
}
