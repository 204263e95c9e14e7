package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.ComponentCategory;
import org.linebench.rules.api.line.Equipment;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.checks.Models;

/**
 * CCC compulsory product certification (SAMR catalogue): equipment of a catalogue category
 * (low-voltage switchgear, breakers, fuses, switches, relays, contactors, small motors, arc welders)
 * carries the CCC mark, on itself or on its equipment type. Thresholds: {@code mark},
 * {@code categories} (the catalogue, as line-language categories).
 * <p>
 * No fix is proposed: the mark is recorded once the product is certified (a certified product
 * chosen, or the product certified); writing {@code marks CCC} before that would be a false claim.
 */
public class CompulsoryCertification implements Rule {
  private final Set<ComponentCategory> categories = new HashSet<>();
  private String mark;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    mark = data.string("mark"); //$NON-NLS-1$
    for (String c : data.strings("categories")) { //$NON-NLS-1$
      categories.add(ComponentCategory.of(c).orElseThrow(() -> new RuleDataException(data.where() + ": unknown category " + c))); //$NON-NLS-1$
    }
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (Equipment e : st.equipment()) {
        ComponentCategory c = e.category().orElse(null);
        if (c != null && categories.contains(c) && !e.marks().contains(mark)) {
          context.report(e).arg(Models.label(e)).arg(context.term(c.literal())).arg(mark).value("category", context.term(c.literal())) //$NON-NLS-1$
              .value("marks", e.marks().toString()).noFix("certify").add(); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
    }
  }
}
