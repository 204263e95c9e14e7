package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linebench.model.line.StationKind;

/**
 * Decides what an InternalElement is in a line: by LineBench's role and system unit classes where
 * a file was written by LineBench, otherwise by the names of its role classes and system unit
 * classes and the classes they derive from (AutomationML's and ISA-95's words: a WorkCell is a
 * station, a ProductionLine a line, a Robot a robot, ...).
 */
final class Classifier {
  /** Class-name words and what they stand for, tried in this order on each class of the chain. */
  private static final Object[][] WORDS = {
      // ISA-95's Enterprise > Site > Area > ProductionLine > WorkCell: the site is the plant, the production line the
      // line; an enterprise (several sites) and an area (several lines) have no counterpart: what they hold is read
      {"site", Kind.PLANT}, {"plant", Kind.PLANT}, {"factory", Kind.PLANT},
      {"productionline", Kind.LINE}, {"assemblyline", Kind.LINE}, {"line", Kind.LINE}, {"processcell", Kind.LINE},
      {"lightcurtain", Kind.LIGHT_CURTAIN}, {"lightgrid", Kind.LIGHT_CURTAIN},
      {"emergencystop", Kind.EMERGENCY_STOP}, {"estop", Kind.EMERGENCY_STOP},
      {"safetydoor", Kind.DOOR}, {"interlockeddoor", Kind.DOOR}, {"fence", Kind.GUARD}, {"guard", Kind.GUARD},
      {"hazardzone", Kind.ZONE}, {"pressuremat", Kind.PRESSURE_MAT}, {"safetymat", Kind.PRESSURE_MAT},
      {"twohandcontrol", Kind.TWO_HAND_CONTROL},
      {"workcell", Kind.STATION}, {"workstation", Kind.STATION}, {"workcenter", Kind.STATION}, {"workunit", Kind.STATION},
      {"productionunit", Kind.STATION}, {"station", Kind.STATION}, {"cell", Kind.STATION},
      {"sensor", Kind.SENSOR}, {"robot", Kind.ROBOT}, {"manipulator", Kind.ROBOT},
      {"motor", Kind.COMPONENT}, {"drive", Kind.COMPONENT}, {"plc", Kind.COMPONENT}, {"controller", Kind.COMPONENT},
      {"frequencyconverter", Kind.COMPONENT}, {"breaker", Kind.COMPONENT}, {"contactor", Kind.COMPONENT},
      {"relay", Kind.COMPONENT}, {"fuse", Kind.COMPONENT}, {"powersupply", Kind.COMPONENT},
      {"conveyor", Kind.MACHINE}, {"turntable", Kind.MACHINE}, {"machine", Kind.MACHINE}, {"press", Kind.MACHINE},
      {"transport", Kind.MACHINE}, // AutomationML's DMI role for conveyors and other transport equipment
      {"source", Kind.SOURCE}, {"sink", Kind.SINK}, {"buffer", Kind.BUFFER},
  };

  /** Words that tell what a class is also inside a longer name (RobotCell, TemperatureSensor), in this order. */
  private static final Object[][] FUZZY = {
      {"lightcurtain", Kind.LIGHT_CURTAIN}, {"emergencystop", Kind.EMERGENCY_STOP}, {"safetydoor", Kind.DOOR},
      {"workcell", Kind.STATION}, {"workstation", Kind.STATION}, {"productionline", Kind.LINE}, {"assemblyline", Kind.LINE},
      {"cell", Kind.STATION}, {"station", Kind.STATION}, {"sensor", Kind.SENSOR}, {"robot", Kind.ROBOT},
      {"motor", Kind.COMPONENT}, {"conveyor", Kind.MACHINE}, {"machine", Kind.MACHINE}, {"controller", Kind.COMPONENT},
      {"turntable", Kind.MACHINE},
  };

  /** Words of class names that tell a station's kind. */
  private static final Object[][] STATION_KINDS = {
      {"robot", StationKind.ROBOT_CELL}, {"weld", StationKind.WELDING}, {"inspect", StationKind.INSPECTION},
      {"quality", StationKind.INSPECTION}, {"vision", StationKind.INSPECTION}, {"test", StationKind.TEST},
      {"pack", StationKind.PACKAGING}, {"assembl", StationKind.ASSEMBLY}, {"manual", StationKind.MANUAL_WORKSTATION},
      {"conveyor", StationKind.CONVEYOR}, {"transport", StationKind.CONVEYOR}, {"agv", StationKind.AGV_TRANSFER},
      {"machin", StationKind.MACHINING}, {"cnc", StationKind.MACHINING}, {"mill", StationKind.MACHINING},
  };

  private final ClassIndex index;

  Classifier(ClassIndex index) {
    this.index = index;
  }

  /** What the classes known when the element starts (its system unit class) say it is; null if they do not say. */
  Kind atStart(CaexNode e) {
    return decide(classes(e, false));
  }

  /** What the element is, all its classes considered; null when it is nothing of a line. */
  Kind classify(CaexNode e) {
    return decide(classes(e, true));
  }

  /** A station's kind as its class names tell it, or null. */
  StationKind stationKind(CaexNode e) {
    for (String c : classes(e, true)) {
      String word = leaf(c);
      for (Object[] k : STATION_KINDS) {
        if (word.contains((String) k[0])) {
          return (StationKind) k[1];
        }
      }
    }
    return null;
  }

  /**
   * The classes that tell what an element is, most telling first: its role classes and those they
   * derive from, then its system unit class, those it derives from and their supported roles.
   */
  private List<String> classes(CaexNode e, boolean withRoles) {
    List<String> classes = new ArrayList<>();
    if (withRoles) {
      for (String role : e.roles) {
        classes.addAll(index.roleChain(role));
      }
    }
    if (e.basePath != null) {
      if (e.basePath.startsWith(Caex.LB_UNITS + "/")) { //$NON-NLS-1$
        classes.add(e.basePath);
      }
      for (CaexNode u : index.unitChain(e.basePath)) {
        for (String role : u.roles) {
          classes.addAll(index.roleChain(role));
        }
        if (u.basePath != null && u.basePath.startsWith(Caex.LB_UNITS + "/")) { //$NON-NLS-1$
          classes.add(u.basePath);
        }
      }
      for (CaexNode u : index.unitChain(e.basePath)) {
        classes.add(u.name);
      }
    }
    return classes;
  }

  private static Kind decide(List<String> classes) {
    for (String c : classes) {
      if (c.startsWith(Caex.LB_ROLES + "/") || c.startsWith(Caex.LB_UNITS + "/")) { //$NON-NLS-1$ //$NON-NLS-2$
        Kind k = Kind.named(c.substring(c.indexOf('/') + 1));
        if (k != null) {
          return k;
        }
      }
    }
    for (String c : classes) {
      String word = leaf(c);
      for (Object[] w : WORDS) {
        if (word.equals(w[0])) {
          return (Kind) w[1];
        }
      }
    }
    for (String c : classes) {
      String word = leaf(c);
      for (Object[] w : FUZZY) {
        if (word.contains((String) w[0])) {
          return (Kind) w[1];
        }
      }
    }
    return null;
  }

  /** The last segment of a class path, lower case, letters and digits only. */
  static String leaf(String path) {
    String leaf = path.substring(path.lastIndexOf('/') + 1);
    return leaf.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
