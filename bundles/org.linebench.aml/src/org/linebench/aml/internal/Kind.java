package org.linebench.aml.internal;

import org.eclipse.emf.ecore.EObject;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.Component;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Guard;
import org.linebench.model.line.Hazard;
import org.linebench.model.line.HazardZone;
import org.linebench.model.line.InterlockedDoor;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.Line;
import org.linebench.model.line.Machine;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.Plant;
import org.linebench.model.line.PressureMat;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Sensor;
import org.linebench.model.line.ShiftCalendar;
import org.linebench.model.line.Sink;
import org.linebench.model.line.Source;
import org.linebench.model.line.Station;
import org.linebench.model.line.TwoHandControl;
import org.linebench.model.line.Variant;

/**
 * What an element of a line is in AutomationML: its role class in LineBench's role class library
 * (derived from an AutomationML base role) and the system unit class of the same name it is an
 * instance of.
 */
public enum Kind {
  PLANT("Plant", Caex.AML_RESOURCE_STRUCTURE), //$NON-NLS-1$
  LINE("Line", Caex.AML_RESOURCE_STRUCTURE), //$NON-NLS-1$
  SOURCE("Source", Caex.AML_RESOURCE), //$NON-NLS-1$
  SINK("Sink", Caex.AML_RESOURCE), //$NON-NLS-1$
  BUFFER("Buffer", Caex.AML_RESOURCE), //$NON-NLS-1$
  STATION("Station", Caex.AML_RESOURCE), //$NON-NLS-1$
  ROBOT("Robot", Caex.LB_ROLES + "/Equipment"), //$NON-NLS-1$ //$NON-NLS-2$
  MACHINE("Machine", Caex.LB_ROLES + "/Equipment"), //$NON-NLS-1$ //$NON-NLS-2$
  COMPONENT("Component", Caex.LB_ROLES + "/Equipment"), //$NON-NLS-1$ //$NON-NLS-2$
  ZONE("HazardZone", Caex.AML_BASE_ROLE), //$NON-NLS-1$
  GUARD("Guard", Caex.LB_ROLES + "/SafetyDevice"), //$NON-NLS-1$ //$NON-NLS-2$
  DOOR("InterlockedDoor", Caex.LB_ROLES + "/SafetyDevice"), //$NON-NLS-1$ //$NON-NLS-2$
  LIGHT_CURTAIN("LightCurtain", Caex.LB_ROLES + "/SafetyDevice"), //$NON-NLS-1$ //$NON-NLS-2$
  PRESSURE_MAT("PressureMat", Caex.LB_ROLES + "/SafetyDevice"), //$NON-NLS-1$ //$NON-NLS-2$
  TWO_HAND_CONTROL("TwoHandControl", Caex.LB_ROLES + "/SafetyDevice"), //$NON-NLS-1$ //$NON-NLS-2$
  HAZARD("Hazard", Caex.AML_BASE_ROLE), //$NON-NLS-1$
  CALENDAR("ShiftCalendar", Caex.AML_BASE_ROLE), //$NON-NLS-1$
  VARIANT("Variant", Caex.AML_BASE_ROLE + "/Product"), //$NON-NLS-1$ //$NON-NLS-2$
  EMERGENCY_STOP("EmergencyStop", Caex.AML_RESOURCE), //$NON-NLS-1$
  SAFETY_FUNCTION("SafetyFunction", Caex.AML_PROCESS), //$NON-NLS-1$
  SENSOR("Sensor", Caex.AML_RESOURCE), //$NON-NLS-1$
  MODEL("ModelAttachment", Caex.AML_EXTERNAL_DATA), //$NON-NLS-1$
  DATA_SET("DataSet", Caex.AML_EXTERNAL_DATA), //$NON-NLS-1$
  DATA_FLOW("DataFlow", Caex.AML_PROCESS); //$NON-NLS-1$

  /** Abstract role classes of the library that the concrete ones above derive from. */
  public static final String[][] ABSTRACT_ROLES = {{"Equipment", Caex.AML_RESOURCE}, {"SafetyDevice", Caex.AML_RESOURCE}}; //$NON-NLS-1$ //$NON-NLS-2$

  private final String className;
  private final String baseRole;

  Kind(String className, String baseRole) {
    this.className = className;
    this.baseRole = baseRole;
  }

  /** The name of its role class and system unit class. */
  public String className() {
    return className;
  }

  /** The role class this kind's role class derives from. */
  public String baseRole() {
    return baseRole;
  }

  public String rolePath() {
    return Caex.LB_ROLES + "/" + className; //$NON-NLS-1$
  }

  public String unitPath() {
    return Caex.LB_UNITS + "/" + className; //$NON-NLS-1$
  }

  /** The keyword that declares such an element in a line file. */
  public String keyword() {
    return switch (this) {
      case PLANT -> "plant"; //$NON-NLS-1$
      case LINE -> "line"; //$NON-NLS-1$
      case SOURCE -> "source"; //$NON-NLS-1$
      case SINK -> "sink"; //$NON-NLS-1$
      case BUFFER -> "buffer"; //$NON-NLS-1$
      case STATION -> "station"; //$NON-NLS-1$
      case ROBOT -> "robot"; //$NON-NLS-1$
      case MACHINE -> "machine"; //$NON-NLS-1$
      case COMPONENT -> "component"; //$NON-NLS-1$
      case ZONE -> "zone"; //$NON-NLS-1$
      case GUARD -> "guard"; //$NON-NLS-1$
      case DOOR -> "interlocked-door"; //$NON-NLS-1$
      case LIGHT_CURTAIN -> "light-curtain"; //$NON-NLS-1$
      case PRESSURE_MAT -> "pressure-mat"; //$NON-NLS-1$
      case TWO_HAND_CONTROL -> "two-hand-control"; //$NON-NLS-1$
      case HAZARD -> "hazard"; //$NON-NLS-1$
      case CALENDAR -> "calendar"; //$NON-NLS-1$
      case VARIANT -> "variant"; //$NON-NLS-1$
      case EMERGENCY_STOP -> "emergency-stop"; //$NON-NLS-1$
      case SAFETY_FUNCTION -> "safety-function"; //$NON-NLS-1$
      case SENSOR -> "sensor"; //$NON-NLS-1$
      case MODEL -> "model"; //$NON-NLS-1$
      case DATA_SET -> "data"; //$NON-NLS-1$
      case DATA_FLOW -> "data-flow"; //$NON-NLS-1$
    };
  }

  /** Where such an element stands in a line file, in words: in a station, a line, a plant. */
  public String place() {
    if (this == PLANT) {
      return "-"; //$NON-NLS-1$
    }
    if (this == LINE || this == DATA_SET || this == DATA_FLOW || this == CALENDAR) {
      return Messages.Import_inPlant;
    }
    return isFlowNode() || this == EMERGENCY_STOP || this == HAZARD || this == VARIANT ? Messages.Import_inLine : Messages.Import_inStation;
  }

  /** Sources, sinks, buffers and stations: what material flows through. */
  public boolean isFlowNode() {
    return this == SOURCE || this == SINK || this == BUFFER || this == STATION;
  }

  public boolean isEquipment() {
    return this == ROBOT || this == MACHINE || this == COMPONENT;
  }

  public boolean isSafetyDevice() {
    return this == GUARD || this == DOOR || this == LIGHT_CURTAIN || this == PRESSURE_MAT || this == TWO_HAND_CONTROL;
  }

  /** The kind of a line model element; null for what is no InternalElement (flows, texts, types). */
  public static Kind of(EObject o) {
    return switch (o) {
      case Plant p -> PLANT;
      case Line l -> LINE;
      case Source s -> SOURCE;
      case Sink s -> SINK;
      case Buffer b -> BUFFER;
      case Station s -> STATION;
      case Robot r -> ROBOT;
      case Machine m -> MACHINE;
      case Component c -> COMPONENT;
      case HazardZone z -> ZONE;
      case Guard g -> GUARD;
      case InterlockedDoor d -> DOOR;
      case LightCurtain c -> LIGHT_CURTAIN;
      case PressureMat m -> PRESSURE_MAT;
      case TwoHandControl t -> TWO_HAND_CONTROL;
      case Hazard h -> HAZARD;
      case ShiftCalendar c -> CALENDAR;
      case Variant v -> VARIANT;
      case EmergencyStop e -> EMERGENCY_STOP;
      case SafetyFunction f -> SAFETY_FUNCTION;
      case Sensor s -> SENSOR;
      case ModelAttachment m -> MODEL;
      case DataSet d -> DATA_SET;
      case DataFlow d -> DATA_FLOW;
      default -> null;
    };
  }

  /** The kind whose role or unit class has this name. */
  public static Kind named(String className) {
    for (Kind k : values()) {
      if (k.className.equals(className)) {
        return k;
      }
    }
    return null;
  }
}
