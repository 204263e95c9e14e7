package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.model.line.ComponentCategory;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.Station;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;
import org.linebench.rules.RuleData;
import org.linebench.rules.RuleDataException;
import org.linebench.rules.checks.Models;

/**
 * CCC compulsory product certification (SAMR catalogue): equipment of a catalogue category
 * (low-voltage switchgear, breakers, fuses, switches, relays, contactors, small motors, arc welders)
 * carries the CCC mark, on itself or on its equipment type. Thresholds: {@code mark},
 * {@code categories} (the catalogue, as line-language categories).
 */
public class CompulsoryCertification implements Rule {
  private final Set<ComponentCategory> categories = new HashSet<>();
  private String mark;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    mark = data.string("mark"); //$NON-NLS-1$
    for (String c : data.strings("categories")) { //$NON-NLS-1$
      ComponentCategory cat = ComponentCategory.get(c);
      if (cat == null) {
        throw new RuleDataException(data.where() + ": unknown category " + c); //$NON-NLS-1$
      }
      categories.add(cat);
    }
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (Equipment e : st.getEquipment()) {
        ComponentCategory c = Models.category(e);
        if (c != null && categories.contains(c) && !Models.marks(e).contains(mark)) {
          context.report(e).arg(Models.label(e)).arg(c.getLiteral()).arg(mark).value("category", c.getLiteral()) //$NON-NLS-1$
              .value("marks", Models.marks(e).toString()).add(); //$NON-NLS-1$
        }
      }
    }
  }
}
