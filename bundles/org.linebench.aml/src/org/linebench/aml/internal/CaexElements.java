package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.linebench.dsl.api.Effective;
import org.linebench.dsl.api.Timings;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.CollaborativeMode;
import org.linebench.model.line.Component;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.Distribution;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Flow;
import org.linebench.model.line.Guard;
import org.linebench.model.line.Hazard;
import org.linebench.model.line.HazardZone;
import org.linebench.model.line.InterlockedDoor;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.Line;
import org.linebench.model.line.Machine;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.Plant;
import org.linebench.model.line.PlannedStop;
import org.linebench.model.line.PredictedFailures;
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
import org.linebench.model.line.TopLevelElement;
import org.linebench.model.line.TwoHandControl;
import org.linebench.model.line.Variant;

/**
 * The attributes and interfaces of each kind of element, and the system unit classes of station
 * and equipment types. An element of a type carries the values in force for it (its own, else its
 * type's), as an instance of a system unit class does in AutomationML; the import writes back
 * only what differs from the type.
 */
final class CaexElements {
  private static final String JSON = "application/json"; //$NON-NLS-1$

  private final CaexOut out;
  private final References references;
  private final BiFunction<EObject, String, String> fileUri;

  CaexElements(CaexOut out, References references, BiFunction<EObject, String, String> fileUri) {
    this.out = out;
    this.references = references;
    this.fileUri = fileUri;
  }

  void attributes(EObject e) throws XMLStreamException {
    switch (e) {
      case Plant p -> {
        CaexAttributes.value(out, Attr.SITE, p.getSite());
        CaexAttributes.value(out, Attr.COUNTRY, p.getJurisdiction());
        CaexAttributes.value(out, Attr.LANGUAGE, p.getLanguage());
        CaexAttributes.value(out, Attr.MAKER, p.getMaker());
        CaexAttributes.value(out, Attr.ADDRESS, p.getAddress());
        CaexAttributes.list(out, Attr.EDITIONS, Attr.EDITION, p.getEditions());
        CaexAttributes.flag(out, Attr.CIIO, p.isCriticalInfrastructure());
        CaexAttributes.texts(out, p.getTexts());
      }
      case Line l -> {
        CaexAttributes.quantity(out, Attr.TAKT, l.getTakt());
        CaexAttributes.integer(out, Attr.CREW, l.getCrew());
      }
      case Source s -> CaexAttributes.quantity(out, Attr.INTERARRIVAL, s.getInterarrival(), data(s.getInterarrivalVariation()));
      case Buffer b -> CaexAttributes.integer(out, Attr.CAPACITY, b.getCapacity());
      case Station s -> station(s);
      case Robot r -> robot(r);
      case Machine m -> {
        CaexAttributes.quantity(out, Attr.POWER, or(m.getPower(), type(m) == null ? null : type(m).getPower()));
        marks(m);
      }
      case Component c -> {
        EquipmentType t = type(c);
        CaexAttributes.word(out, Attr.COMPONENT_CATEGORY,
            c.isSetCategory() ? c.getCategory() : t != null && t.isSetCategory() ? t.getCategory() : null);
        marks(c);
      }
      case HazardZone z -> CaexAttributes.quantity(out, Attr.ZONE_HEIGHT, z.getHeight());
      case Guard g -> {
        CaexAttributes.quantity(out, Attr.HEIGHT, g.getHeight());
        CaexAttributes.quantity(out, Attr.DISTANCE, g.getDistance());
        CaexAttributes.quantity(out, Attr.OPENING, g.getOpening());
        CaexAttributes.quantity(out, Attr.GROUND_CLEARANCE, g.getGroundClearance());
      }
      case InterlockedDoor d -> {
        CaexAttributes.quantity(out, Attr.RESPONSE_TIME, d.getResponseTime());
        CaexAttributes.quantity(out, Attr.DISTANCE, d.getDistance());
        CaexAttributes.quantity(out, Attr.OPENING_STROKE, d.getOpening());
        CaexAttributes.flag(out, Attr.LOCKING, d.isLocking());
      }
      case LightCurtain c -> {
        CaexAttributes.quantity(out, Attr.DETECTION, c.getDetection());
        CaexAttributes.quantity(out, Attr.RESPONSE_TIME, c.getResponseTime());
        CaexAttributes.quantity(out, Attr.DISTANCE, c.getDistance());
        CaexAttributes.quantities(out, Attr.BEAMS, Attr.BEAM, c.getBeams());
        CaexAttributes.quantity(out, Attr.TOP, c.getTop());
      }
      case PressureMat m -> {
        CaexAttributes.quantity(out, Attr.RESPONSE_TIME, m.getResponseTime());
        CaexAttributes.quantity(out, Attr.DISTANCE, m.getDistance());
        CaexAttributes.quantity(out, Attr.STEP, m.getStep());
      }
      case TwoHandControl t -> {
        CaexAttributes.quantity(out, Attr.RESPONSE_TIME, t.getResponseTime());
        CaexAttributes.quantity(out, Attr.DISTANCE, t.getDistance());
        CaexAttributes.flag(out, Attr.SHIELDED, t.isShielded());
      }
      case EmergencyStop s -> CaexAttributes.integer(out, Attr.STOP_CATEGORY, s.getCategory());
      case SafetyFunction f -> safetyFunction(f);
      case Hazard h -> hazard(h);
      case Sensor s -> {
        CaexAttributes.word(out, Attr.QUANTITY, s.getQuantity());
        CaexAttributes.value(out, Attr.MEASURING_UNIT, s.getUnit());
        CaexAttributes.quantity(out, Attr.SAMPLING_RATE, s.getSamplingRate());
      }
      case ModelAttachment m -> {
        CaexAttributes.word(out, Attr.PURPOSE, m.getPurpose());
        CaexAttributes.flag(out, Attr.HUMAN_OVERRIDE, m.isHumanOverride());
      }
      case DataSet d -> {
        CaexAttributes.word(out, Attr.CLASSIFICATION, d.getClassification());
        CaexAttributes.value(out, Attr.STORED_IN, d.getStoredIn());
        CaexAttributes.flag(out, Attr.PERSONAL_INFORMATION, d.isPersonalInformation());
        CaexAttributes.clearance(out, d.getClearance());
      }
      case DataFlow d -> {
        CaexAttributes.value(out, Attr.DESTINATION, d.getDestination());
        CaexAttributes.value(out, Attr.COUNTRY, d.getCountry());
        CaexAttributes.clearance(out, d.getClearance());
      }
      case ShiftCalendar c -> calendar(c);
      case Variant v -> {
        CaexAttributes.quantity(out, Attr.SHARE, v.getShare());
        CaexAttributes.integer(out, Attr.LOT, v.getLot());
      }
      default -> {
        // sinks have no values
      }
    }
  }

  private void hazard(Hazard h) throws XMLStreamException {
    CaexAttributes.word(out, Attr.HAZARD_KIND, h.isSetKind() ? h.getKind() : null);
    CaexAttributes.list(out, Attr.PHASES, Attr.PHASE, words(h.getPhases()));
    CaexAttributes.list(out, Attr.PERSONS, Attr.PERSON, words(h.getPersons()));
    CaexAttributes.word(out, Attr.SEVERITY, h.isSetSeverity() ? h.getSeverity() : null);
    CaexAttributes.word(out, Attr.FREQUENCY, h.isSetFrequency() ? h.getFrequency() : null);
    CaexAttributes.word(out, Attr.AVOIDANCE, h.isSetAvoidance() ? h.getAvoidance() : null);
    CaexAttributes.value(out, Attr.DESIGN, h.getDesign());
    CaexAttributes.word(out, Attr.RESIDUAL, h.isSetResidual() ? h.getResidual() : null);
  }

  /** The days, the shifts with their breaks and the planned stops, each shift and stop an attribute named after it. */
  private void calendar(ShiftCalendar c) throws XMLStreamException {
    CaexAttributes.list(out, Attr.DAYS, Attr.DAY, words(c.getDays()));
    if (!c.getShifts().isEmpty()) {
      CaexAttributes.group(out, Attr.SHIFTS.attributeName(), Attr.SHIFTS);
      for (Shift s : c.getShifts()) {
        CaexAttributes.group(out, s.getName(), Attr.SHIFT);
        CaexAttributes.value(out, Attr.LABEL, s.getLabel());
        CaexAttributes.value(out, Attr.START, s.getStart());
        CaexAttributes.value(out, Attr.END, s.getEnd());
        stops(Attr.BREAKS, s.getBreaks());
        out.end();
      }
      out.end();
    }
    stops(Attr.STOPS, c.getStops());
  }

  private void stops(Attr list, List<PlannedStop> stops) throws XMLStreamException {
    if (stops.isEmpty()) {
      return;
    }
    CaexAttributes.group(out, list.attributeName(), list);
    int i = 0;
    for (PlannedStop p : stops) {
      i++;
      CaexAttributes.group(out, p.getName() != null ? p.getName() : "break" + i, Attr.STOP); //$NON-NLS-1$
      CaexAttributes.value(out, Attr.LABEL, p.getLabel());
      CaexAttributes.word(out, Attr.DAY, p.isSetDay() ? p.getDay() : null);
      CaexAttributes.value(out, Attr.START, p.getStart());
      CaexAttributes.quantity(out, Attr.DURATION, p.getDuration());
      out.end();
    }
    out.end();
  }

  private void station(Station s) throws XMLStreamException {
    CaexAttributes.word(out, Attr.KIND, Effective.kind(s));
    timing(Attr.CYCLE_TIME, Timings.cycle(s));
    CaexAttributes.integer(out, Attr.OPERATORS, Effective.operators(s));
    timing(Attr.MTBF, Timings.mtbf(s));
    timing(Attr.MTTR, Timings.mttr(s));
    timing(Attr.SETUP_TIME, Timings.setup(s));
    CaexAttributes.quantity(out, Attr.STOPPING_TIME, s.getStoppingTime());
    PredictedFailures f = s.getFailures();
    if (f != null) {
      CaexAttributes.group(out, Attr.FAILURES.attributeName(), Attr.FAILURES);
      CaexAttributes.value(out, Attr.READINGS, f.getReadings() == null ? null : fileUri.apply(s, f.getReadings()));
      CaexAttributes.quantity(out, Attr.REPAIR, f.getRepair(), data(f.getRepairVariation()));
      out.end();
    }
    CaexAttributes.texts(out, s.getTexts());
  }

  private void timing(Attr a, Timings.Timing t) throws XMLStreamException {
    CaexAttributes.quantity(out, a, t.value(), data(t.variation()));
  }

  /** A variation whose data file is named relative to the target file (a copy; the model stays as it is). */
  private Distribution data(Distribution d) {
    if (d == null || d.getData() == null) {
      return d;
    }
    Distribution copy = EcoreUtil.copy(d);
    copy.setData(fileUri.apply(d, d.getData()));
    return copy;
  }

  private void robot(Robot r) throws XMLStreamException {
    EquipmentType t = type(r);
    CaexAttributes.quantity(out, Attr.PAYLOAD, or(r.getPayload(), t == null ? null : t.getPayload()));
    CaexAttributes.quantity(out, Attr.REACH, or(r.getReach(), t == null ? null : t.getReach()));
    CaexAttributes.quantity(out, Attr.MAX_SPEED, or(r.getMaxSpeed(), t == null ? null : t.getMaxSpeed()));
    CaexAttributes.flag(out, Attr.COLLABORATIVE, r.isCollaborative());
    List<CollaborativeMode> modes = !r.getCollaborativeModes().isEmpty() || t == null ? r.getCollaborativeModes() : t.getCollaborativeModes();
    CaexAttributes.list(out, Attr.MODES, Attr.MODE, words(modes));
    marks(r);
  }

  private void marks(Equipment e) throws XMLStreamException {
    Set<String> marks = new LinkedHashSet<>(e.getMarks());
    if (type(e) != null) {
      marks.addAll(type(e).getMarks());
    }
    CaexAttributes.list(out, Attr.MARKS, Attr.MARK, new ArrayList<>(marks));
  }

  private void safetyFunction(SafetyFunction f) throws XMLStreamException {
    CaexAttributes.word(out, Attr.SEVERITY, f.isSetSeverity() ? f.getSeverity() : null);
    CaexAttributes.word(out, Attr.FREQUENCY, f.isSetFrequency() ? f.getFrequency() : null);
    CaexAttributes.word(out, Attr.AVOIDANCE, f.isSetAvoidance() ? f.getAvoidance() : null);
    CaexAttributes.word(out, Attr.ACHIEVED_PL, f.isSetAchievedPl() ? f.getAchievedPl() : null);
    CaexAttributes.number(out, Attr.PFHD, f.getPfhd());
    CaexAttributes.value(out, Attr.SAFETY_CATEGORY, f.getCategory());
    CaexAttributes.measure(out, Attr.MTTFD, f.getMttfd());
    CaexAttributes.measure(out, Attr.DC_AVG, f.getDcAvg());
    CaexAttributes.integer(out, Attr.CCF, f.getCcf());
  }

  private static EquipmentType type(Equipment e) {
    return e.getType() == null || e.getType().eIsProxy() ? null : e.getType();
  }

  private static Quantity or(Quantity own, Quantity type) {
    return own != null ? own : type;
  }

  private static List<String> words(List<? extends Enumerator> values) {
    return values.stream().map(v -> Syntax.get().word(v)).toList();
  }

  /** Material ports, the card of a model, the interfaces references start from, and the target side of references. */
  void interfaces(EObject e) throws XMLStreamException {
    if (Kind.of(e) != null && Kind.of(e).isFlowNode()) {
      if (!(e instanceof Source)) {
        port(e, Caex.MATERIAL_IN, "In"); //$NON-NLS-1$
      }
      if (references.isReworkTarget(e)) {
        port(e, Caex.REWORK_IN, "In"); //$NON-NLS-1$
      }
      if (!(e instanceof Sink)) {
        port(e, Caex.MATERIAL_OUT, "Out"); //$NON-NLS-1$
      }
      for (Flow f : references.probabilityFlows(e)) {
        out.start(Caex.EXTERNAL_INTERFACE).attr(Caex.NAME, References.probabilityPort(f)).attr(Caex.ID, references.interfaceId(e, References.probabilityPort(f)))
            .attr(Caex.REF_BASE_CLASS_PATH, Caex.LB_MATERIAL_PORT);
        direction("Out"); //$NON-NLS-1$
        CaexAttributes.quantity(out, Attr.PROBABILITY, f.getProbability());
        out.end();
      }
    }
    if (e instanceof ModelAttachment m) {
      out.start(Caex.EXTERNAL_INTERFACE).attr(Caex.NAME, Caex.CARD).attr(Caex.ID, references.interfaceId(m, Caex.CARD))
          .attr(Caex.REF_BASE_CLASS_PATH, Caex.AML_EXTERNAL_DATA_REFERENCE);
      out.start(Caex.ATTRIBUTE).attr(Caex.NAME, Caex.REF_URI).attr(Caex.DATA_TYPE, Caex.XS_ANY_URI).attr(Caex.REF_ATTRIBUTE_TYPE, Caex.AML_REF_URI)
          .element(Caex.VALUE, fileUri.apply(m, m.getCard())).end();
      out.start(Caex.ATTRIBUTE).attr(Caex.NAME, Caex.MIME_TYPE).attr(Caex.DATA_TYPE, Caex.XS_STRING).attr(Caex.REF_ATTRIBUTE_TYPE, Caex.AML_MIME_TYPE)
          .element(Caex.VALUE, JSON).end();
      out.end();
      for (int i = 0; i < m.getBindings().size(); i++) {
        String name = References.bindingInterface(i);
        out.start(Caex.EXTERNAL_INTERFACE).attr(Caex.NAME, name).attr(Caex.ID, references.interfaceId(m, name))
            .attr(Caex.REF_BASE_CLASS_PATH, Caex.LB_FEATURE_BINDING);
        CaexAttributes.value(out, Attr.FEATURE, m.getBindings().get(i).getFeature());
        out.end();
      }
    }
    for (String reference : references.referencesFrom(e)) {
      if (!reference.startsWith(Caex.BINDING)) {
        out.start(Caex.EXTERNAL_INTERFACE).attr(Caex.NAME, reference).attr(Caex.ID, references.interfaceId(e, reference))
            .attr(Caex.REF_BASE_CLASS_PATH, Caex.LB_REFERENCE).end();
      }
    }
    if (references.isReferenced(e)) {
      out.start(Caex.EXTERNAL_INTERFACE).attr(Caex.NAME, Caex.REFERENCED).attr(Caex.ID, references.interfaceId(e, Caex.REFERENCED))
          .attr(Caex.REF_BASE_CLASS_PATH, Caex.LB_REFERENCED).end();
    }
  }

  private void port(EObject e, String name, String direction) throws XMLStreamException {
    out.start(Caex.EXTERNAL_INTERFACE).attr(Caex.NAME, name).attr(Caex.ID, references.interfaceId(e, name))
        .attr(Caex.REF_BASE_CLASS_PATH, Caex.LB_MATERIAL_PORT);
    direction(direction);
    out.end();
  }

  private void direction(String direction) throws XMLStreamException {
    out.start(Caex.ATTRIBUTE).attr(Caex.NAME, Caex.DIRECTION).attr(Caex.DATA_TYPE, Caex.XS_STRING).attr(Caex.REF_ATTRIBUTE_TYPE, Caex.AML_DIRECTION)
        .element(Caex.VALUE, direction).end();
  }

  /** A station or equipment type as a system unit class deriving from LineBench's class of its kind. */
  void type(TopLevelElement t) throws XMLStreamException {
    Kind kind = t instanceof StationType ? Kind.STATION : switch (((EquipmentType) t).getKind()) {
      case ROBOT -> Kind.ROBOT;
      case MACHINE -> Kind.MACHINE;
      default -> Kind.COMPONENT;
    };
    out.start(Caex.SYSTEM_UNIT_CLASS).attr(Caex.NAME, t.getName()).attr(Caex.REF_BASE_CLASS_PATH, kind.unitPath());
    if (t.getLabel() != null) {
      out.element(Caex.DESCRIPTION, t.getLabel());
    }
    if (t instanceof StationType s) {
      CaexAttributes.word(out, Attr.KIND, s.getKind());
      CaexAttributes.quantity(out, Attr.CYCLE_TIME, s.getCycleTime(), data(s.getCycleVariation()));
      CaexAttributes.integer(out, Attr.OPERATORS, s.getOperators());
      CaexAttributes.quantity(out, Attr.MTBF, s.getMtbf(), data(s.getMtbfVariation()));
      CaexAttributes.quantity(out, Attr.MTTR, s.getMttr(), data(s.getMttrVariation()));
      CaexAttributes.quantity(out, Attr.SETUP_TIME, s.getSetupTime());
    } else {
      EquipmentType e = (EquipmentType) t;
      CaexAttributes.value(out, Attr.MAKER, e.getMaker());
      CaexAttributes.quantity(out, Attr.PAYLOAD, e.getPayload());
      CaexAttributes.quantity(out, Attr.REACH, e.getReach());
      CaexAttributes.quantity(out, Attr.MAX_SPEED, e.getMaxSpeed());
      CaexAttributes.quantity(out, Attr.POWER, e.getPower());
      CaexAttributes.word(out, Attr.COMPONENT_CATEGORY, e.isSetCategory() ? e.getCategory() : null);
      CaexAttributes.list(out, Attr.MARKS, Attr.MARK, e.getMarks());
      CaexAttributes.list(out, Attr.MODES, Attr.MODE, words(e.getCollaborativeModes()));
    }
    out.start(Caex.SUPPORTED_ROLE_CLASS).attr(Caex.REF_ROLE_CLASS_PATH, kind.rolePath()).end();
    out.end();
  }
}
