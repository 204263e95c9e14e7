package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.linebench.model.line.CollaborativeMode;
import org.linebench.model.line.Component;
import org.linebench.model.line.ComponentCategory;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Station;
import org.linebench.model.units.Units;

/** Effective values of equipment (own values first, then the type's) and small model helpers for rules. */
public final class Models {
  private Models() {}

  static <T extends EObject> T resolved(T o) {
    return o == null || o.eIsProxy() ? null : o;
  }

  /** The equipment's type, if given and resolved. */
  public static EquipmentType type(Equipment e) {
    return resolved(e.getType());
  }

  /** The marks the equipment carries: its own and its type's. */
  public static Set<String> marks(Equipment e) {
    Set<String> marks = new LinkedHashSet<>(e.getMarks());
    EquipmentType t = type(e);
    if (t != null) {
      marks.addAll(t.getMarks());
    }
    return marks;
  }

  /** The product category: the component's own, else its type's; null if none is given. */
  public static ComponentCategory category(Equipment e) {
    if (e instanceof Component c && c.isSetCategory()) {
      return c.getCategory();
    }
    EquipmentType t = type(e);
    return t != null && t.isSetCategory() ? t.getCategory() : null;
  }

  /** The collaborative modes a robot declares, else those of its type. */
  public static List<CollaborativeMode> modes(Robot r) {
    if (!r.getCollaborativeModes().isEmpty()) {
      return r.getCollaborativeModes();
    }
    EquipmentType t = type(r);
    return t == null ? List.of() : t.getCollaborativeModes();
  }

  /** Robots of a station that do not work collaboratively. */
  public static List<Robot> industrialRobots(Station s) {
    List<Robot> out = new ArrayList<>();
    for (Equipment e : s.getEquipment()) {
      if (e instanceof Robot r && !r.isCollaborative()) {
        out.add(r);
      }
    }
    return out;
  }

  /** The label of an element if it has one, else its name. */
  public static String label(NamedElement e) {
    if (e == null) {
      return "-"; //$NON-NLS-1$
    }
    return e.getLabel() != null && !e.getLabel().isBlank() ? e.getName() + " \u201c" + e.getLabel() + "\u201d" : e.getName(); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** A quantity in millimetres; null if absent or not a length. */
  public static Double mm(Quantity q) {
    return q == null ? null : Units.millimetres(q).orElse(null);
  }

  /** A quantity in milliseconds; null if absent or not a time. */
  public static Double ms(Quantity q) {
    return q == null ? null : Units.seconds(q).map(s -> s * 1000).orElse(null);
  }

  /** {@code S2 F1 P2}, or null if the function has no complete risk estimate. */
  public static String risk(SafetyFunction f) {
    if (!f.isSetSeverity() || !f.isSetFrequency() || !f.isSetAvoidance()) {
      return null;
    }
    return f.getSeverity().getName() + f.getFrequency().getName() + f.getAvoidance().getName();
  }
}
