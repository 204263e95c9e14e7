package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linebench.rules.api.line.Equipment;
import org.linebench.rules.api.line.NamedElement;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.Robot;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

/** Small helpers the machine-safety checks share: labels for messages, quantities in mm and ms. */
public final class Models {
  private Models() {}

  /** Robots of a station that do not work collaboratively. */
  public static List<Robot> industrialRobots(Station s) {
    List<Robot> out = new ArrayList<>();
    for (Equipment e : s.equipment()) {
      if (e instanceof Robot r && !r.collaborative()) {
        out.add(r);
      }
    }
    return out;
  }

  /** The name of an element with its label, {@code LC20 “上件光幕”}, or its name alone. */
  public static String label(NamedElement e) {
    if (e == null) {
      return "-"; //$NON-NLS-1$
    }
    return e.label().map(l -> e.name() + " \u201c" + l + "\u201d").orElse(e.name()); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** A quantity in millimetres; null if absent or not a length. */
  public static Double mm(Optional<Quantity> q) {
    return q.flatMap(Quantity::millimetres).orElse(null);
  }

  /** A quantity in milliseconds; null if absent or not a time. */
  public static Double ms(Optional<Quantity> q) {
    return q.flatMap(Quantity::milliseconds).orElse(null);
  }

  /** {@code S2F1P2}, or null if the function has no complete risk estimate. */
  public static String risk(SafetyFunction f) {
    return f.risk().map(r -> r.code()).orElse(null);
  }
}
