package org.linebench.rules.checks;

import java.util.List;
import java.util.Locale;

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
 * Fixes: with no modes declared (a robot takes those of its type, so the type names none either), no
 * fix: the modes come from the application's design. An unsupported mode: the declared modes without
 * those the type does not support, or, when none is left, each mode the type supports (the engineer
 * says which the application uses).
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
          context.report(r).arg(Models.label(r)).noFix("noModes").add(); //$NON-NLS-1$
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
    List<String> kept = modes.stream().filter(supported::contains).map(CollaborativeModes::keyword).toList();
    if (!kept.isEmpty()) {
      return f.fix(Change.set(r, "modes", String.join(", ", kept))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    for (CollaborativeMode m : supported) {
      f.fix(Change.set(r, "modes", keyword(m))); //$NON-NLS-1$
    }
    return f;
  }

  /** The mode as the line language writes it: {@code hand-guiding}. */
  private static String keyword(CollaborativeMode m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The modes in the user's language, as the pack's glossary names them. */
  private static String terms(RuleContext context, List<CollaborativeMode> modes) {
    return modes.stream().map(m -> context.term(m.literal())).toList().toString();
  }
}
