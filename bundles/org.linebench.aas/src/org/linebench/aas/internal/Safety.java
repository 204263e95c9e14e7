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
import org.linebench.model.line.HazardZone;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.SafetyDevice;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Station;

/**
 * LineBench's safety submodel of a station (hazard zones, safety devices with their distances,
 * safety functions with risk parameters, achieved performance level, PFHd, category, devices and
 * model) or of a line (emergency stops and what they cover), with the certification findings about
 * it.
 */
final class Safety {
  static final String SUBMODEL = Ids.concept("submodel:safety:1"); //$NON-NLS-1$

  private Safety() {}

  static Submodel of(Station s, List<SafetyFinding> findings, Concepts concepts) {
    List<SubmodelElement> e = new ArrayList<>();
    if (!s.getZones().isEmpty()) {
      List<SubmodelElement> zones = new ArrayList<>();
      for (HazardZone z : s.getZones()) {
        zones.add(Sm.collection("Zone", Ids.concept("hazard-zone"), named(z))); //$NON-NLS-1$ //$NON-NLS-2$
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
        if (d instanceof Guard g) {
          add(v, concepts.quantity("Height", Concepts.HEIGHT, g.getHeight())); //$NON-NLS-1$
          add(v, concepts.quantity("Distance", Concepts.DISTANCE, g.getDistance())); //$NON-NLS-1$
          add(v, concepts.quantity("Opening", Concepts.OPENING, g.getOpening())); //$NON-NLS-1$
        } else if (d instanceof LightCurtain c) {
          add(v, concepts.quantity("Detection", Concepts.DETECTION, c.getDetection())); //$NON-NLS-1$
          add(v, concepts.quantity("ResponseTime", Concepts.RESPONSE_TIME, c.getResponseTime())); //$NON-NLS-1$
          add(v, concepts.quantity("Distance", Concepts.DISTANCE, c.getDistance())); //$NON-NLS-1$
        }
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
    if (!f.getDevices().isEmpty()) {
      v.add(Sm.text("Devices", Ids.concept("safety-function-devices"), //$NON-NLS-1$ //$NON-NLS-2$
          f.getDevices().stream().map(SafetyDevice::getName).collect(Collectors.joining(", ")))); //$NON-NLS-1$
    }
    if (f.getModel() != null) {
      v.add(Sm.text("Model", Ids.concept("safety-function-model"), f.getModel().getName())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return v;
  }

  /** The line's safety: its emergency stops and the findings about it; null when it has neither. */
  static Submodel ofLine(EObject line, List<EmergencyStop> stops, List<SafetyFinding> findings) {
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
    return e.isEmpty() && findings.isEmpty() ? null : submodel(line, e, findings);
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
