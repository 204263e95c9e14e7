package org.linebench.dsl.api;

import java.util.Optional;

import org.linebench.model.line.Line;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.SensorQuantity;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationKind;
import org.linebench.model.line.StationType;
import org.linebench.model.units.Dimension;

/**
 * The values that hold for an element once its type is taken into account: a station says what
 * differs from its station type, the rest comes from the type. Rules and simulation read these.
 */
public final class Effective {
  private Effective() {}

  private static StationType type(Station s) {
    return s.getType() == null || s.getType().eIsProxy() ? null : s.getType();
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
