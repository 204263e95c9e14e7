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
import org.eclipse.emf.ecore.EStructuralFeature;
import org.linebench.dsl.api.Effective;
import org.linebench.dsl.api.Timings;
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
import org.linebench.model.line.Hazard;
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
import org.linebench.model.line.PlannedStop;
import org.linebench.model.line.PressureMat;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Sensor;
import org.linebench.model.line.Shift;
import org.linebench.model.line.ShiftCalendar;
import org.linebench.model.line.Sink;
import org.linebench.model.line.Source;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationType;
import org.linebench.model.line.TwoHandControl;
import org.linebench.model.line.Variant;
import org.linebench.model.units.Units;

/**
 * What two sets of line files must share to be the same lines: every plant, line, station,
 * buffer, source, sink, flow, piece of equipment, zone, device, safety function, hazard, sensor,
 * model attachment, text, data set, calendar, shift, planned stop, variant and type, with the
 * values in force (a station's own or its type's; variations, set-up times, predicted failures and clearances among them)
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
          + " maker=" + p.getMaker() + " address=" + p.getAddress() + extra(file, p, "editions", "criticalInfrastructure");
      case Line l -> "line " + qn(l) + label(l) + " takt=" + q(l.getTakt()) + extra(file, l, "crew", "calendar");
      case Source s -> "source " + qn(s) + label(s) + extra(file, s, "interarrival", "interarrivalVariation");
      case Sink s -> "sink " + qn(s) + label(s);
      case Buffer b -> "buffer " + qn(b) + label(b) + " capacity=" + b.getCapacity();
      case Flow f -> "flow " + qn(f.getFrom()) + " -> " + qn(f.getTo()) + (f.isRework() ? " rework" : "") + extra(file, f, "probability");
      case Station s -> "station " + qn(s) + label(s) + " type=" + (s.getType() == null ? null : s.getType().getName()) + " kind="
          + Effective.kind(s) + " cycle=" + q(Effective.cycleTime(s)) + " operators=" + Effective.operators(s) + " mtbf=" + q(Effective.mtbf(s))
          + " mttr=" + q(Effective.mttr(s)) + " stopping=" + q(s.getStoppingTime()) + " cycleVariation=" + render(file, Timings.cycle(s).variation())
          + " mtbfVariation=" + render(file, Timings.mtbf(s).variation()) + " mttrVariation=" + render(file, Timings.mttr(s).variation()) + " setup="
          + q(Timings.setup(s).value()) + " setupVariation=" + render(file, Timings.setup(s).variation()) + extra(file, s, "failures");
      case Robot r -> equipment(r) + " payload=" + q(r.getPayload() != null ? r.getPayload() : t(r) == null ? null : t(r).getPayload())
          + " reach=" + q(r.getReach() != null ? r.getReach() : t(r) == null ? null : t(r).getReach()) + " speed="
          + q(r.getMaxSpeed() != null ? r.getMaxSpeed() : t(r) == null ? null : t(r).getMaxSpeed()) + " collaborative=" + r.isCollaborative()
          + " modes=" + (r.getCollaborativeModes().isEmpty() && t(r) != null ? t(r).getCollaborativeModes() : r.getCollaborativeModes());
      case Machine m -> equipment(m) + " power=" + q(m.getPower() != null ? m.getPower() : t(m) == null ? null : t(m).getPower());
      case Component c -> equipment(c) + " category=" + (c.isSetCategory() ? c.getCategory() : t(c) != null && t(c).isSetCategory() ? t(c).getCategory() : null);
      case HazardZone z -> "zone " + qn(z) + label(z) + extra(file, z, "height");
      case Guard g -> "guard " + qn(g) + label(g) + " protects=" + qn(g.getZone()) + " height=" + q(g.getHeight()) + " distance=" + q(g.getDistance())
          + " opening=" + q(g.getOpening()) + extra(file, g, "groundClearance");
      case InterlockedDoor d -> "door " + qn(d) + label(d) + " protects=" + qn(d.getZone()) + extra(file, d, "responseTime", "distance", "opening", "locking");
      case PressureMat m -> "pressure-mat " + qn(m) + label(m) + extra(file, m, "zone", "responseTime", "distance", "step");
      case TwoHandControl t -> "two-hand-control " + qn(t) + label(t) + extra(file, t, "zone", "responseTime", "distance", "shielded");
      case Hazard h -> "hazard " + qn(h) + label(h) + extra(file, h, "zone", "kind", "phases", "persons", "severity", "frequency", "avoidance", "design",
          "residual") + " measures=" + names(h.getMeasures());
      case ShiftCalendar c -> "calendar " + qn(c) + label(c) + extra(file, c, "days");
      case Shift t -> "shift " + qn(t) + label(t) + extra(file, t, "start", "end", "breaks");
      case PlannedStop p when p.eContainer() instanceof ShiftCalendar -> "planned-stop " + qn(p) + label(p) + extra(file, p, "day", "start", "duration");
      case Variant v -> "variant " + qn(v) + label(v) + extra(file, v, "share", "lot");
      case LightCurtain c -> "light-curtain " + qn(c) + label(c) + " protects=" + qn(c.getZone()) + " detection=" + q(c.getDetection())
          + " response=" + q(c.getResponseTime()) + " distance=" + q(c.getDistance()) + extra(file, c, "beams", "top");
      case EmergencyStop e -> "emergency-stop " + qn(e) + label(e) + " category=" + e.getCategory() + " covers=" + names(e.getCovers());
      case SafetyFunction f -> "safety-function " + qn(f) + label(f) + " risk=" + (f.isSetSeverity() ? f.getSeverity() : null)
          + (f.isSetFrequency() ? f.getFrequency() : null) + (f.isSetAvoidance() ? f.getAvoidance() : null) + " pl="
          + (f.isSetAchievedPl() ? f.getAchievedPl() : null) + " pfhd=" + f.getPfhd() + " category=" + f.getCategory() + " devices="
          + names(f.getDevices()) + " model=" + (f.getModel() == null ? null : qn(f.getModel())) + extra(file, f, "mttfd", "dcAvg", "ccf");
      case Sensor s -> "sensor " + qn(s) + label(s) + " measures=" + s.getQuantity() + " unit=" + s.getUnit() + " rate=" + q(s.getSamplingRate());
      case ModelAttachment m -> "model " + qn(m) + label(m) + " card=" + file.toAbsolutePath().getParent().resolve(m.getCard()).normalize()
          + " purpose=" + m.getPurpose() + " override=" + m.isHumanOverride();
      case FeatureBinding b -> "binding " + qn((EObject) b.eContainer()) + " " + b.getFeature() + " -> " + qn(b.getSensor());
      case OperatorText t -> "text " + qn(t.eContainer()) + " " + t.getKind() + " " + t.getLanguage() + " " + t.getText();
      case DataSet d -> "data " + qn(d) + label(d) + " class=" + d.getClassification() + " stored=" + d.getStoredIn() + " personal="
          + d.isPersonalInformation() + " sensors=" + names(d.getSensors()) + extra(file, d, "clearance");
      case DataFlow d -> "data-flow " + qn(d) + label(d) + " data=" + qn(d.getData()) + " to=" + d.getDestination() + " in=" + d.getCountry()
          + extra(file, d, "clearance");
      case StationType t -> "station-type " + qn(t) + label(t) + " kind=" + t.getKind() + " cycle=" + q(t.getCycleTime()) + " operators="
          + t.getOperators() + " mtbf=" + q(t.getMtbf()) + " mttr=" + q(t.getMttr())
          + extra(file, t, "cycleVariation", "mtbfVariation", "mttrVariation", "setupTime");
      case EquipmentType t -> "equipment-type " + qn(t) + label(t) + " kind=" + t.getKind() + " maker=" + t.getMaker() + " payload="
          + q(t.getPayload()) + " reach=" + q(t.getReach()) + " speed=" + q(t.getMaxSpeed()) + " power=" + q(t.getPower()) + " category="
          + (t.isSetCategory() ? t.getCategory() : null) + " marks=" + new TreeSet<>(t.getMarks()) + " modes=" + t.getCollaborativeModes();
      default -> null;
    };
  }

  /** The values of the named features: quantities in base units, nested values in braces, references by qualified name. */
  private static String extra(Path file, EObject o, String... features) {
    StringBuilder b = new StringBuilder();
    for (String name : features) {
      EStructuralFeature f = o.eClass().getEStructuralFeature(name);
      if (f == null) {
        throw new IllegalArgumentException(o.eClass().getName() + " has no " + name);
      }
      b.append(' ').append(name).append('=').append(f.isUnsettable() && !o.eIsSet(f) ? "null" : render(file, o.eGet(f)));
    }
    return b.toString();
  }

  private static String render(Path file, Object v) {
    return switch (v) {
      case null -> "null";
      case Quantity x -> q(x);
      case List<?> l -> l.stream().map(x -> render(file, x)).toList().toString();
      case NamedElement n when n.getName() != null -> qn(n);
      case EObject e -> "{" + e.eClass().getEAllStructuralFeatures().stream().map(f -> f.getName() + "=" + value(file, e, f))
          .collect(Collectors.joining(" ")) + "}";
      default -> String.valueOf(v);
    };
  }

  /** A nested value; the files a variation or predicted failures name (relative to the line file) as absolute paths. */
  private static String value(Path file, EObject e, EStructuralFeature f) {
    Object v = e.eGet(f);
    if (v instanceof String s && (f.getName().equals("data") || f.getName().equals("readings"))) {
      return file.toAbsolutePath().getParent().resolve(s).normalize().toString();
    }
    return render(file, v);
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
