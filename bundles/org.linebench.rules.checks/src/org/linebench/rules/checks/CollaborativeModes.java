package org.linebench.rules.checks;

import java.util.List;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.CollaborativeMode;
import org.linebench.rules.api.line.Equipment;
import org.linebench.rules.api.line.EquipmentType;
import org.linebench.rules.api.line.Robot;
import org.linebench.rules.api.line.Station;

/**
 * ISO 10218-2 / GB 11291.2 (5.11): a robot in collaborative operation declares its collaborative
 * modes (safety-rated monitored stop, hand guiding, speed and separation monitoring, power and
 * force limiting), and only modes its robot type supports.
 */
public class CollaborativeModes implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (Equipment e : st.equipment()) {
        if (!(e instanceof Robot r) || !r.collaborative()) {
          continue;
        }
        List<CollaborativeMode> modes = r.collaborativeModes();
        if (modes.isEmpty()) {
          context.report(r).arg(Models.label(r)).add();
          continue;
        }
        EquipmentType t = r.type().orElse(null);
        if (t != null && !t.collaborativeModes().isEmpty()) {
          for (CollaborativeMode m : modes) {
            if (!t.collaborativeModes().contains(m)) {
              context.report(r).variant("unsupported").arg(Models.label(r)).arg(m.literal()).arg(t.name()) //$NON-NLS-1$
                  .value("mode", m.literal()).value("type modes", literals(t.collaborativeModes())).add(); //$NON-NLS-1$ //$NON-NLS-2$
            }
          }
        }
      }
    }
  }

  private static String literals(List<CollaborativeMode> modes) {
    return modes.stream().map(CollaborativeMode::literal).toList().toString();
  }
}
