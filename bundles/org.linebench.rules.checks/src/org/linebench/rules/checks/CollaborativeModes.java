package org.linebench.rules.checks;

import java.util.List;

import org.linebench.rules.api.Change;
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
 * <p>
 * Fixes: with no modes declared, one per mode the robot's type supports (the engineer says which the
 * application uses); with a type that names none, no fix (the modes come from the application's
 * design). An unsupported mode: the declared modes without those the type does not support, or, when
 * none is left, each mode the type supports.
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
          EquipmentType t = r.type().orElse(null);
          RuleContext.FindingBuilder f = context.report(r).arg(Models.label(r));
          List<CollaborativeMode> supported = t == null ? List.of() : t.collaborativeModes();
          if (supported.isEmpty()) {
            f.noFix("noModes"); //$NON-NLS-1$
          }
          for (CollaborativeMode m : supported) {
            f.fix(Change.set(r, "modes", m.literal())); //$NON-NLS-1$
          }
          f.add();
          continue;
        }
        EquipmentType t = r.type().orElse(null);
        if (t != null && !t.collaborativeModes().isEmpty()) {
          for (CollaborativeMode m : modes) {
            if (!t.collaborativeModes().contains(m)) {
              RuleContext.FindingBuilder f = context.report(r).variant("unsupported").arg(Models.label(r)).arg(context.term(m.literal())).arg(t.name()) //$NON-NLS-1$
                  .value("mode", context.term(m.literal())).value("type modes", terms(context, t.collaborativeModes())); //$NON-NLS-1$ //$NON-NLS-2$
              supportedOnly(f, r, modes, t.collaborativeModes()).add();
            }
          }
        }
      }
    }
  }

  /** The declared modes the type supports; or, when none is, each mode it supports. */
  private static RuleContext.FindingBuilder supportedOnly(RuleContext.FindingBuilder f, Robot r, List<CollaborativeMode> modes,
      List<CollaborativeMode> supported) {
    List<String> kept = modes.stream().filter(supported::contains).map(CollaborativeMode::literal).toList();
    if (!kept.isEmpty()) {
      return f.fix(Change.set(r, "modes", String.join(", ", kept))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    for (CollaborativeMode m : supported) {
      f.fix(Change.set(r, "modes", m.literal())); //$NON-NLS-1$
    }
    return f;
  }

  /** The modes in the user's language, as the pack's glossary names them. */
  private static String terms(RuleContext context, List<CollaborativeMode> modes) {
    return modes.stream().map(m -> context.term(m.literal())).toList().toString();
  }
}
