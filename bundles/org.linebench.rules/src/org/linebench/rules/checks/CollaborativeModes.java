package org.linebench.rules.checks;

import java.util.List;

import org.linebench.model.line.CollaborativeMode;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Robot;
import org.linebench.model.line.Station;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;

/**
 * ISO 10218-2 / GB 11291.2 (5.11): a robot in collaborative operation declares its collaborative
 * modes (safety-rated monitored stop, hand guiding, speed and separation monitoring, power and
 * force limiting), and only modes its robot type supports.
 */
public class CollaborativeModes implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (Equipment e : st.getEquipment()) {
        if (!(e instanceof Robot r) || !r.isCollaborative()) {
          continue;
        }
        List<CollaborativeMode> modes = Models.modes(r);
        if (modes.isEmpty()) {
          context.report(r).arg(Models.label(r)).add();
          continue;
        }
        EquipmentType t = Models.type(r);
        if (t != null && !t.getCollaborativeModes().isEmpty()) {
          for (CollaborativeMode m : r.getCollaborativeModes()) {
            if (!t.getCollaborativeModes().contains(m)) {
              context.report(r).variant("unsupported").arg(Models.label(r)).arg(m.getLiteral()).arg(t.getName()) //$NON-NLS-1$
                  .value("mode", m.getLiteral()).value("type modes", t.getCollaborativeModes().toString()).add(); //$NON-NLS-1$ //$NON-NLS-2$
            }
          }
        }
      }
    }
  }
}
