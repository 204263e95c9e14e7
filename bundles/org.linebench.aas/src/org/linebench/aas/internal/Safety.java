package org.linebench.aas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.emf.ecore.EObject;
import org.linebench.aas.SafetyFinding;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Guard;
import org.linebench.model.line.Hazard;
import org.linebench.model.line.HazardZone;
import org.linebench.model.line.InterlockedDoor;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.PressureMat;
import org.linebench.model.line.SafetyDevice;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Station;
import org.linebench.model.line.TwoHandControl;

/**
 * LineBench's safety submodel of a station (hazard zones with their heights, safety devices with
 * their distances, response times, heights and beams, safety functions with risk parameters,
 * achieved performance level, PFHd, category, MTTFd, DCavg, CCF, devices and model) or of a line
 * (emergency stops and what they cover, the hazard register), with the certification findings
 * about it.
 */
final class Safety {
  static final String SUBMODEL = Ids.concept("submodel:safety:1"); //$NON-NLS-1$

  private Safety() {}

  static Submodel of(Station s, List<SafetyFinding> findings, Concepts concepts) {
    List<SubmodelElement> e = new ArrayList<>();
    if (!s.getZones().isEmpty()) {
      List<SubmodelElement> zones = new ArrayList<>();
      for (HazardZone z : s.getZones()) {
        List<SubmodelElement> v = named(z);
        add(v, concepts.quantity("Height", Concepts.ZONE_HEIGHT, z.getHeight())); //$NON-NLS-1$
        zones.add(Sm.collection("Zone", Ids.concept("hazard-zone"), v)); //$NON-NLS-1$ //$NON-NLS-2$
      }
      e.add(Sm.list("HazardZones", Ids.concept("hazard-zones"), zones)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!s.getDevices().isEmpty()) {
      List<SubmodelElement> devices = new ArrayList<>();
      for (SafetyDevice d : s.getDevices()) {
        List<SubmodelElement> v = named(d);
        v.add(Sm.text("Kind", Ids.concept("safety-device-kind"), d.eClass().getName())); //$NON-NLS-1$ //$NON-NLS-2$
        if (d.getZone() != null) {
          v.add(Sm.text("Protects", Ids.concept("protects"), d.getZone().getName())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        device(d, v, concepts);
        devices.add(Sm.collection("Device", Ids.concept("safety-device"), v)); //$NON-NLS-1$ //$NON-NLS-2$
      }
      e.add(Sm.list("SafetyDevices", Ids.concept("safety-devices"), devices)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!s.getSafetyFunctions().isEmpty()) {
      List<SubmodelElement> functions = new ArrayList<>();
      for (SafetyFunction f : s.getSafetyFunctions()) {
        functions.add(Sm.collection("Function", Ids.concept("safety-function"), function(f, concepts))); //$NON-NLS-1$ //$NON-NLS-2$
      }
      e.add(Sm.list("SafetyFunctions", Ids.concept("safety-functions"), functions)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return submodel(s, e, findings);
  }

  /** A device's values: distances, heights, response times, beams, and what its kind has of its own. */
  private static void device(SafetyDevice d, List<SubmodelElement> v, Concepts concepts) {
    switch (d) {
      case Guard g -> {
        add(v, concepts.quantity("Height", Concepts.HEIGHT, g.getHeight())); //$NON-NLS-1$
        add(v, concepts.quantity("Distance", Concepts.DISTANCE, g.getDistance())); //$NON-NLS-1$
        add(v, concepts.quantity("Opening", Concepts.OPENING, g.getOpening())); //$NON-NLS-1$
        add(v, concepts.quantity("GroundClearance", Concepts.GROUND_CLEARANCE, g.getGroundClearance())); //$NON-NLS-1$
      }
      case LightCurtain c -> {
        add(v, concepts.quantity("Detection", Concepts.DETECTION, c.getDetection())); //$NON-NLS-1$
        add(v, concepts.quantity("ResponseTime", Concepts.RESPONSE_TIME, c.getResponseTime())); //$NON-NLS-1$
        add(v, concepts.quantity("Distance", Concepts.DISTANCE, c.getDistance())); //$NON-NLS-1$
        if (!c.getBeams().isEmpty()) {
          List<SubmodelElement> beams = new ArrayList<>();
          for (int i = 0; i < c.getBeams().size(); i++) {
            add(beams, concepts.quantity("Beam" + (i + 1), Concepts.BEAM, c.getBeams().get(i))); //$NON-NLS-1$
          }
          v.add(Sm.collection("Beams", Ids.concept("beams"), beams)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        add(v, concepts.quantity("Top", Concepts.TOP, c.getTop())); //$NON-NLS-1$
      }
      case InterlockedDoor door -> {
        add(v, concepts.quantity("ResponseTime", Concepts.RESPONSE_TIME, door.getResponseTime())); //$NON-NLS-1$
        add(v, concepts.quantity("Distance", Concepts.DISTANCE, door.getDistance())); //$NON-NLS-1$
        add(v, concepts.quantity("Opening", Concepts.DOOR_OPENING, door.getOpening())); //$NON-NLS-1$
        v.add(Sm.flag("Locking", Ids.concept("guard-locking"), door.isLocking())); //$NON-NLS-1$ //$NON-NLS-2$
      }
      case PressureMat m -> {
        add(v, concepts.quantity("ResponseTime", Concepts.RESPONSE_TIME, m.getResponseTime())); //$NON-NLS-1$
        add(v, concepts.quantity("Distance", Concepts.DISTANCE, m.getDistance())); //$NON-NLS-1$
        add(v, concepts.quantity("Step", Concepts.STEP, m.getStep())); //$NON-NLS-1$
      }
      case TwoHandControl t -> {
        add(v, concepts.quantity("ResponseTime", Concepts.RESPONSE_TIME, t.getResponseTime())); //$NON-NLS-1$
        add(v, concepts.quantity("Distance", Concepts.DISTANCE, t.getDistance())); //$NON-NLS-1$
        v.add(Sm.flag("Shielded", Ids.concept("two-hand-shielded"), t.isShielded())); //$NON-NLS-1$ //$NON-NLS-2$
      }
      default -> {
        // a device kind without values of its own
      }
    }
  }

  private static List<SubmodelElement> function(SafetyFunction f, Concepts concepts) {
    List<SubmodelElement> v = named(f);
    if (f.isSetSeverity() && f.isSetFrequency() && f.isSetAvoidance()) {
      v.add(Sm.text("Severity", Ids.concept("risk-severity"), f.getSeverity().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
      v.add(Sm.text("Frequency", Ids.concept("risk-frequency"), f.getFrequency().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
      v.add(Sm.text("Avoidance", Ids.concept("risk-avoidance"), f.getAvoidance().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (f.isSetAchievedPl()) {
      v.add(Sm.text("AchievedPL", Ids.concept("achieved-performance-level"), "PL" + f.getAchievedPl().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    add(v, concepts.number("PFHd", Concepts.PFHD, f.getPfhd())); //$NON-NLS-1$
    if (f.getCategory() != null) {
      v.add(Sm.text("Category", Ids.concept("safety-category"), f.getCategory())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    add(v, concepts.number("MTTFd", Concepts.MTTFD, f.getMttfd())); //$NON-NLS-1$
    add(v, concepts.number("DCavg", Concepts.DC_AVG, f.getDcAvg())); //$NON-NLS-1$
    add(v, concepts.count("CCF", Concepts.CCF, f.getCcf())); //$NON-NLS-1$
    if (!f.getDevices().isEmpty()) {
      v.add(Sm.text("Devices", Ids.concept("safety-function-devices"), //$NON-NLS-1$ //$NON-NLS-2$
          f.getDevices().stream().map(SafetyDevice::getName).collect(Collectors.joining(", ")))); //$NON-NLS-1$
    }
    if (f.getModel() != null) {
      v.add(Sm.text("Model", Ids.concept("safety-function-model"), f.getModel().getName())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return v;
  }

  /** The line's safety: its emergency stops, its hazard register and the findings about it; null when it has none of them. */
  static Submodel ofLine(EObject line, List<EmergencyStop> stops, List<Hazard> hazards, List<SafetyFinding> findings) {
    List<SubmodelElement> e = new ArrayList<>();
    if (!stops.isEmpty()) {
      List<SubmodelElement> items = new ArrayList<>();
      for (EmergencyStop s : stops) {
        List<SubmodelElement> v = named(s);
        if (s.getCategory() != null) {
          v.add(Sm.integer("StopCategory", Ids.concept("stop-category"), s.getCategory())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        v.add(Sm.text("Covers", Ids.concept("emergency-stop-covers"), s.getCovers().stream() //$NON-NLS-1$ //$NON-NLS-2$
            .map(z -> (z.eContainer() instanceof NamedElement n ? n.getName() + "." : "") + z.getName()).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        items.add(Sm.collection("EmergencyStop", Ids.concept("emergency-stop"), v)); //$NON-NLS-1$ //$NON-NLS-2$
      }
      e.add(Sm.list("EmergencyStops", Ids.concept("emergency-stops"), items)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!hazards.isEmpty()) {
      List<SubmodelElement> items = new ArrayList<>();
      for (Hazard h : hazards) {
        items.add(Sm.collection("Hazard", Ids.concept("hazard"), hazard(h))); //$NON-NLS-1$ //$NON-NLS-2$
      }
      e.add(Sm.list("Hazards", Ids.concept("hazard-register"), items)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return e.isEmpty() && findings.isEmpty() ? null : submodel(line, e, findings);
  }

  /** An entry of the risk register (ISO 12100): where, what, when, to whom, the risk, the measures and the residual risk. */
  private static List<SubmodelElement> hazard(Hazard h) {
    List<SubmodelElement> v = named(h);
    if (h.getZone() != null) {
      v.add(Sm.text("Zone", Ids.concept("hazard-zone-ref"), path(h.getZone()))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (h.isSetKind()) {
      v.add(Sm.text("Kind", Ids.concept("hazard-kind"), h.getKind().getName())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!h.getPhases().isEmpty()) {
      v.add(Sm.text("Phases", Ids.concept("hazard-life-phases"), h.getPhases().stream().map(p -> p.getName()).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (!h.getPersons().isEmpty()) {
      v.add(Sm.text("Persons", Ids.concept("hazard-persons"), h.getPersons().stream().map(p -> p.getName()).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (h.isSetSeverity() && h.isSetFrequency() && h.isSetAvoidance()) {
      v.add(Sm.text("Severity", Ids.concept("risk-severity"), h.getSeverity().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
      v.add(Sm.text("Frequency", Ids.concept("risk-frequency"), h.getFrequency().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
      v.add(Sm.text("Avoidance", Ids.concept("risk-avoidance"), h.getAvoidance().getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (h.getDesign() != null) {
      v.add(Sm.text("Design", Ids.concept("hazard-design-measure"), h.getDesign())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!h.getMeasures().isEmpty()) {
      v.add(Sm.text("Measures", Ids.concept("hazard-measures"), h.getMeasures().stream().map(Safety::path).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (h.isSetResidual()) {
      v.add(Sm.text("Residual", Ids.concept("residual-risk"), h.getResidual().getName())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return v;
  }

  /** An element of a station by station and name (OP20.Z20), as the line file names it from the line. */
  private static String path(NamedElement e) {
    return (e.eContainer() instanceof Station s ? s.getName() + "." : "") + e.getName(); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static Submodel submodel(EObject owner, List<SubmodelElement> e, List<SafetyFinding> findings) {
    if (!findings.isEmpty()) {
      List<SubmodelElement> items = new ArrayList<>();
      for (SafetyFinding f : findings) {
        items.add(Sm.collection("Finding", Ids.concept("finding"), List.of( //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("Element", Ids.concept("finding-element"), f.element()), //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("Rule", Ids.concept("finding-rule"), f.ruleId()), //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("Severity", Ids.concept("finding-severity"), f.severity()), //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("Citation", Ids.concept("finding-citation"), f.citation()), //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("Message", Ids.concept("finding-message"), f.message())))); //$NON-NLS-1$ //$NON-NLS-2$
      }
      e.add(Sm.list("Findings", Ids.concept("findings"), items)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (e.isEmpty()) {
      return null;
    }
    return Sm.submodel(Ids.submodel(owner, "Safety"), "LineBenchSafety", SUBMODEL, e); //$NON-NLS-1$ //$NON-NLS-2$
  }

  static List<SubmodelElement> named(NamedElement n) {
    List<SubmodelElement> v = new ArrayList<>();
    v.add(Sm.text("Name", Ids.concept("name"), n.getName())); //$NON-NLS-1$ //$NON-NLS-2$
    if (n.getLabel() != null) {
      v.add(Sm.text("Label", Ids.concept("label"), n.getLabel())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return v;
  }

  static void add(List<SubmodelElement> list, SubmodelElement e) {
    if (e != null) {
      list.add(e);
    }
  }
}
