package org.linebench.dsl.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.linebench.model.line.CollaborativeMode;
import org.linebench.model.line.Component;
import org.linebench.model.line.ComponentCategory;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Line;
import org.linebench.model.line.Machine;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SensorQuantity;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationKind;
import org.linebench.model.line.StationType;
import org.linebench.model.units.Dimension;

/**
 * The values that hold for an element once its type is taken into account: a station or a piece of
 * equipment says what differs from its catalogue type, the rest comes from the type ("own value,
 * else the type's"). The one place this is decided: validation, the diagram and the rule engine's
 * view of the line read these.
 */
public final class Effective {
  private Effective() {}

  /** The object, or null if it is absent or an unresolved reference. */
  public static <T extends EObject> T resolved(T o) {
    return o == null || o.eIsProxy() ? null : o;
  }

  /** The station's type, if given and resolved. */
  public static StationType type(Station s) {
    return resolved(s.getType());
  }

  /** The equipment's type, if given and resolved. */
  public static EquipmentType type(Equipment e) {
    return resolved(e.getType());
  }

  /** The plant a line belongs to: the one it is declared in, or the one it names with 'of'. */
  public static Plant plant(Line line) {
    if (line.eContainer() instanceof Plant p) {
      return p;
    }
    return line.getPlant() == null || line.getPlant().eIsProxy() ? null : line.getPlant();
  }

  /** The plant of a station. */
  public static Plant plant(Station s) {
    return s.eContainer() instanceof Line line ? plant(line) : null;
  }

  public static StationKind kind(Station s) {
    if (s.isSetKind() || type(s) == null) {
      return s.getKind();
    }
    return type(s).getKind();
  }

  public static Quantity cycleTime(Station s) {
    return s.getCycleTime() != null || type(s) == null ? s.getCycleTime() : type(s).getCycleTime();
  }

  public static Integer operators(Station s) {
    return s.getOperators() != null || type(s) == null ? s.getOperators() : type(s).getOperators();
  }

  public static Quantity mtbf(Station s) {
    return s.getMtbf() != null || type(s) == null ? s.getMtbf() : type(s).getMtbf();
  }

  public static Quantity mttr(Station s) {
    return s.getMttr() != null || type(s) == null ? s.getMttr() : type(s).getMttr();
  }

  /** The marks the equipment carries: its own, then its type's. */
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

  public static Quantity payload(Robot r) {
    return r.getPayload() != null || type(r) == null ? r.getPayload() : type(r).getPayload();
  }

  public static Quantity reach(Robot r) {
    return r.getReach() != null || type(r) == null ? r.getReach() : type(r).getReach();
  }

  public static Quantity maxSpeed(Robot r) {
    return r.getMaxSpeed() != null || type(r) == null ? r.getMaxSpeed() : type(r).getMaxSpeed();
  }

  public static Quantity power(Machine m) {
    return m.getPower() != null || type(m) == null ? m.getPower() : type(m).getPower();
  }

  /** Kinds of station whose machines move hazardously: they must declare hazard zones. */
  public static boolean isHazardous(StationKind kind) {
    return kind == StationKind.ROBOT_CELL || kind == StationKind.WELDING || kind == StationKind.MACHINING;
  }

  /** The dimension a sensor's unit must have, for the quantities whose units LineBench knows. */
  public static Optional<Dimension> dimension(SensorQuantity q) {
    return Optional.ofNullable(switch (q) {
      case TEMPERATURE -> Dimension.TEMPERATURE;
      case ROTATIONAL_SPEED -> Dimension.ROTATIONAL_SPEED;
      case TORQUE -> Dimension.TORQUE;
      case SPEED -> Dimension.SPEED;
      case POSITION -> Dimension.LENGTH;
      case POWER -> Dimension.POWER;
      case TIME -> Dimension.TIME;
      case MASS -> Dimension.MASS;
      case FREQUENCY -> Dimension.FREQUENCY;
      default -> null;
    });
  }
}
