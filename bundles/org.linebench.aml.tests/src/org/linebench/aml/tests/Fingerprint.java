package org.linebench.aml.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.Component;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.FeatureBinding;
import org.linebench.model.line.Flow;
import org.linebench.model.line.Guard;
import org.linebench.model.line.HazardZone;
import org.linebench.model.line.InterlockedDoor;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Machine;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.OperatorText;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Sensor;
import org.linebench.model.line.Sink;
import org.linebench.model.line.Source;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationType;
import org.linebench.model.units.Units;

/**
 * What two sets of line files must share to be the same lines: every plant, line, station,
 * buffer, source, sink, flow, piece of equipment, zone, device, safety function, sensor, model
 * attachment, text, data set and type, with the values in force (a station's own or its type's)
 * and quantities in base units; one sorted line of text per fact. Comments, layout, the order of
 * declarations and which file holds what do not count.
 */
final class Fingerprint {
  private Fingerprint() {}

  static TreeSet<String> of(Map<Path, LineFile> files) {
    TreeSet<String> facts = new TreeSet<>();
    for (Map.Entry<Path, LineFile> f : files.entrySet()) {
      for (Iterator<EObject> it = f.getValue().eAllContents(); it.hasNext();) {
        String fact = fact(it.next(), f.getKey());
        if (fact != null) {
          facts.add(fact);
        }
      }
    }
    return facts;
  }

  private static String fact(EObject o, Path file) {
    return switch (o) {
      case Plant p -> "plant " + qn(p) + label(p) + " site=" + p.getSite() + " country=" + p.getJurisdiction() + " language=" + p.getLanguage()
          + " maker=" + p.getMaker() + " address=" + p.getAddress();
      case Line l -> "line " + qn(l) + label(l) + " takt=" + q(l.getTakt());
      case Source s -> "source " + qn(s) + label(s);
      case Sink s -> "sink " + qn(s) + label(s);
      case Buffer b -> "buffer " + qn(b) + label(b) + " capacity=" + b.getCapacity();
      case Flow f -> "flow " + qn(f.getFrom()) + " -> " + qn(f.getTo()) + (f.isRework() ? " rework" : "");
      case Station s -> "station " + qn(s) + label(s) + " type=" + (s.getType() == null ? null : s.getType().getName()) + " kind="
          + Effective.kind(s) + " cycle=" + q(Effective.cycleTime(s)) + " operators=" + Effective.operators(s) + " mtbf=" + q(Effective.mtbf(s))
          + " mttr=" + q(Effective.mttr(s)) + " stopping=" + q(s.getStoppingTime());
      case Robot r -> equipment(r) + " payload=" + q(r.getPayload() != null ? r.getPayload() : t(r) == null ? null : t(r).getPayload())
          + " reach=" + q(r.getReach() != null ? r.getReach() : t(r) == null ? null : t(r).getReach()) + " speed="
          + q(r.getMaxSpeed() != null ? r.getMaxSpeed() : t(r) == null ? null : t(r).getMaxSpeed()) + " collaborative=" + r.isCollaborative()
          + " modes=" + (r.getCollaborativeModes().isEmpty() && t(r) != null ? t(r).getCollaborativeModes() : r.getCollaborativeModes());
      case Machine m -> equipment(m) + " power=" + q(m.getPower() != null ? m.getPower() : t(m) == null ? null : t(m).getPower());
      case Component c -> equipment(c) + " category=" + (c.isSetCategory() ? c.getCategory() : t(c) != null && t(c).isSetCategory() ? t(c).getCategory() : null);
      case HazardZone z -> "zone " + qn(z) + label(z);
      case Guard g -> "guard " + qn(g) + label(g) + " protects=" + qn(g.getZone()) + " height=" + q(g.getHeight()) + " distance=" + q(g.getDistance())
          + " opening=" + q(g.getOpening());
      case InterlockedDoor d -> "door " + qn(d) + label(d) + " protects=" + qn(d.getZone());
      case LightCurtain c -> "light-curtain " + qn(c) + label(c) + " protects=" + qn(c.getZone()) + " detection=" + q(c.getDetection())
          + " response=" + q(c.getResponseTime()) + " distance=" + q(c.getDistance());
      case EmergencyStop e -> "emergency-stop " + qn(e) + label(e) + " category=" + e.getCategory() + " covers=" + names(e.getCovers());
      case SafetyFunction f -> "safety-function " + qn(f) + label(f) + " risk=" + (f.isSetSeverity() ? f.getSeverity() : null)
          + (f.isSetFrequency() ? f.getFrequency() : null) + (f.isSetAvoidance() ? f.getAvoidance() : null) + " pl="
          + (f.isSetAchievedPl() ? f.getAchievedPl() : null) + " pfhd=" + f.getPfhd() + " category=" + f.getCategory() + " devices="
          + names(f.getDevices()) + " model=" + (f.getModel() == null ? null : qn(f.getModel()));
      case Sensor s -> "sensor " + qn(s) + label(s) + " measures=" + s.getQuantity() + " unit=" + s.getUnit() + " rate=" + q(s.getSamplingRate());
      case ModelAttachment m -> "model " + qn(m) + label(m) + " card=" + file.toAbsolutePath().getParent().resolve(m.getCard()).normalize()
          + " purpose=" + m.getPurpose() + " override=" + m.isHumanOverride();
      case FeatureBinding b -> "binding " + qn((EObject) b.eContainer()) + " " + b.getFeature() + " -> " + qn(b.getSensor());
      case OperatorText t -> "text " + qn(t.eContainer()) + " " + t.getKind() + " " + t.getLanguage() + " " + t.getText();
      case DataSet d -> "data " + qn(d) + label(d) + " class=" + d.getClassification() + " stored=" + d.getStoredIn() + " personal="
          + d.isPersonalInformation() + " sensors=" + names(d.getSensors());
      case DataFlow d -> "data-flow " + qn(d) + label(d) + " data=" + qn(d.getData()) + " to=" + d.getDestination() + " in=" + d.getCountry();
      case StationType t -> "station-type " + qn(t) + label(t) + " kind=" + t.getKind() + " cycle=" + q(t.getCycleTime()) + " operators="
          + t.getOperators() + " mtbf=" + q(t.getMtbf()) + " mttr=" + q(t.getMttr());
      case EquipmentType t -> "equipment-type " + qn(t) + label(t) + " kind=" + t.getKind() + " maker=" + t.getMaker() + " payload="
          + q(t.getPayload()) + " reach=" + q(t.getReach()) + " speed=" + q(t.getMaxSpeed()) + " power=" + q(t.getPower()) + " category="
          + (t.isSetCategory() ? t.getCategory() : null) + " marks=" + new TreeSet<>(t.getMarks()) + " modes=" + t.getCollaborativeModes();
      default -> null;
    };
  }

  private static EquipmentType t(Equipment e) {
    return e.getType();
  }

  private static String equipment(Equipment e) {
    TreeSet<String> marks = new TreeSet<>(e.getMarks());
    if (t(e) != null) {
      marks.addAll(t(e).getMarks());
    }
    return e.eClass().getName().toLowerCase(Locale.ROOT) + " " + qn(e) + label(e) + " type=" + (t(e) == null ? null : t(e).getName())
        + " marks=" + marks;
  }

  private static String label(NamedElement e) {
    return e.getLabel() == null ? "" : " \"" + e.getLabel() + "\"";
  }

  /** The qualified name: namespace, then the names of the containers (a line's plant for a line of its own file). */
  static String qn(EObject e) {
    if (e == null) {
      return "null";
    }
    List<String> names = new ArrayList<>();
    for (EObject x = e; x != null;) {
      if (x instanceof NamedElement n) {
        names.add(0, n.getName());
      }
      if (x instanceof Line l && !(l.eContainer() instanceof Plant)) {
        x = Effective.plant(l);
      } else if (x.eContainer() instanceof LineFile f) {
        if (f.getNamespace() != null) {
          names.add(0, f.getNamespace());
        }
        x = null;
      } else {
        x = x.eContainer();
      }
    }
    return String.join(".", names);
  }

  private static String names(Collection<? extends EObject> targets) {
    return targets.stream().map(Fingerprint::qn).sorted().collect(Collectors.joining(","));
  }

  private static String q(Quantity q) {
    if (q == null) {
      return "null";
    }
    return Units.toBase(q).map(v -> String.format(Locale.ROOT, "%.6g", v) + " [" + Units.dimension(q).get() + "]")
        .orElse(q.getValue() + " " + q.getUnit());
  }
}
