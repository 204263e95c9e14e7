package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.linebench.model.line.Avoidance;
import org.linebench.model.line.CollaborativeMode;
import org.linebench.model.line.Component;
import org.linebench.model.line.ComponentCategory;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.FeatureBinding;
import org.linebench.model.line.Frequency;
import org.linebench.model.line.Guard;
import org.linebench.model.line.HazardZone;
import org.linebench.model.line.InterlockedDoor;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.Machine;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.ModelPurpose;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.PerformanceLevel;
import org.linebench.model.line.PredictedFailures;
import org.linebench.model.line.PressureMat;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SafetyDevice;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Sensor;
import org.linebench.model.line.SensorQuantity;
import org.linebench.model.line.Severity;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationKind;
import org.linebench.model.line.StationType;
import org.linebench.model.line.TwoHandControl;

/**
 * A station and what it holds (equipment, zones, safety devices and functions, sensors, models),
 * made from a station's InternalElement once it has been read whole. The links it holds are
 * resolved here: a device protects a zone, a function uses devices and a model, a model's feature
 * is bound to a sensor. Elements inside it that map to nothing are reported, and what they hold is
 * looked at in turn.
 */
final class StationBuilder extends Elements {
  /** An interface of something in the station, for the station's links. */
  private record Local(EObject element, CaexNode.Interface iface) {}

  /** @param filePath the path to write for a model's card (and data, readings), from its refURI */
  StationBuilder(ImportContext context, Function<String, String> filePath) {
    super(context, filePath);
  }

  Station station(CaexNode n, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    Station s = named(F.createStation(), n, scope, "Station"); //$NON-NLS-1$
    ImportContext.TypeRef type = context.type(n, Kind.STATION);
    boolean typed = type != null;
    if (typed) {
      StationType t = F.createStationType();
      t.setName(type.name());
      s.setType(t);
      v.own(Attr.KIND);
    } else {
      s.setKind(kind(n, v));
    }
    Timed cycle = timed(v, n, Attr.CYCLE_TIME, typed);
    s.setCycleTime(cycle.value());
    s.setCycleVariation(cycle.variation());
    s.setOperators(count(v, Attr.OPERATORS, typed));
    Timed mtbf = timed(v, n, Attr.MTBF, typed);
    s.setMtbf(mtbf.value());
    s.setMtbfVariation(mtbf.variation());
    Timed mttr = timed(v, n, Attr.MTTR, typed);
    s.setMttr(mttr.value());
    s.setMttrVariation(mttr.variation());
    Timed setup = timed(v, n, Attr.SETUP_TIME, typed);
    s.setSetupTime(setup.value());
    s.setSetupVariation(setup.variation());
    s.setStoppingTime(quantity(v, Attr.STOPPING_TIME, false));
    failures(s, n, v);
    Map<String, Local> locals = new HashMap<>();
    for (CaexNode.Interface i : n.interfaces) {
      if (i.id() != null) {
        locals.put(i.id(), new Local(s, i));
      }
      locals.put(n.id + ":" + i.name(), new Local(s, i)); //$NON-NLS-1$
    }
    List<CaexNode.Link> links = new ArrayList<>(n.links);
    Set<String> names = new HashSet<>();
    for (CaexNode c : n.children) {
      content(s, c, names, locals, links, registered);
    }
    s.getTexts().addAll(texts(v, n));
    ports(n, Kind.STATION, List.of(), registered);
    for (CaexNode.Link l : links) {
      String missing = !locals.containsKey(l.sideA()) ? l.sideA() : !locals.containsKey(l.sideB()) ? l.sideB() : null;
      if (missing != null) {
        context.unmapped(l.at(), n.path + "/" + l.name(), NLS.bind(Messages.Import_linkPartnerMissing, missing)); //$NON-NLS-1$
      } else if (!link(locals, l)) {
        context.unmapped(l.at(), n.path + "/" + l.name(), NLS.bind(Messages.Import_linkUnmapped, l.name())); //$NON-NLS-1$
      }
    }
    if (s.getFailures() != null && s.getFailures().getModel() == null) {
      context.unmapped(n, NLS.bind(Messages.Import_failuresWithoutModel, s.getName()));
      s.setFailures(null);
    }
    for (SafetyDevice d : List.copyOf(s.getDevices())) {
      if (d.getZone() == null) {
        context.unmapped(n, NLS.bind(Messages.Import_deviceWithoutZone, d.getName()));
        s.getDevices().remove(d);
        s.getSafetyFunctions().forEach(f -> f.getDevices().remove(d));
      }
    }
    v.reportUnused();
    return s;
  }

  /** Predicted failures: readings and repair time from the attribute, the model from the station's link. */
  private void failures(Station s, CaexNode n, Values v) {
    CaexNode.Attribute a = v.own(Attr.FAILURES);
    if (a == null) {
      return;
    }
    PredictedFailures f = F.createPredictedFailures();
    String readings = Values.text(a.child(Attr.READINGS.attributeName()));
    f.setReadings(readings == null ? null : filePath.apply(readings));
    CaexNode.Attribute repair = a.child(Attr.REPAIR.attributeName());
    if (repair != null) {
      f.setRepair(v.quantity(repair, Attr.REPAIR));
      f.setRepairVariation(f.getRepair() == null ? null : variation(v, n, repair));
    }
    reportOthers(n, a, Attr.READINGS, Attr.REPAIR);
    s.setFailures(f);
  }

  /** A station's kind: its kind attribute, else what its classes' names say, else robot cell with a robot, else assembly. */
  private StationKind kind(CaexNode n, Values v) {
    StationKind k = word(v, n, v.get(Attr.KIND), P.getStationKind());
    if (k != null) {
      return k;
    }
    k = context.classifier.stationKind(n);
    if (k == null && n.children.stream().anyMatch(c -> c.kind == Kind.ROBOT)) {
      k = StationKind.ROBOT_CELL;
    }
    if (k == null) {
      k = StationKind.ASSEMBLY;
      context.changed(n, NLS.bind(Messages.Import_assumed, "kind", Syntax.get().word(k))); //$NON-NLS-1$
    } else {
      context.changed(n, NLS.bind(Messages.Import_kindFromClasses, Syntax.get().word(k)));
    }
    return k;
  }

  private void content(Station s, CaexNode c, Set<String> names, Map<String, Local> locals, List<CaexNode.Link> links,
      List<Registered> registered) {
    context.checkClasses(c);
    EObject made = c.kind == null ? null : switch (c.kind) {
      case ROBOT, MACHINE, COMPONENT -> equipment(s, c, names);
      case ZONE -> zone(s, c, names);
      case GUARD, DOOR, LIGHT_CURTAIN, PRESSURE_MAT, TWO_HAND_CONTROL -> device(s, c, names);
      case SAFETY_FUNCTION -> safetyFunction(s, c, names);
      case SENSOR -> sensor(s, c, names);
      case MODEL -> model(s, c, names);
      default -> null;
    };
    if (made == null) {
      context.unmapped(c, c.kind == null ? Messages.Import_elementUnmapped : NLS.bind(Messages.Import_misplaced, c.kind.keyword(), c.kind.place()));
      links.addAll(c.links);
      for (CaexNode g : c.children) {
        content(s, g, names, locals, links, registered);
      }
      return;
    }
    for (CaexNode.Interface i : c.interfaces) {
      if (i.id() != null) {
        locals.put(i.id(), new Local(made, i));
        registered.add(new Registered(i.id(), List.of(((NamedElement) made).getName()), i.name(), c.kind, direction(i)));
      }
      locals.put(c.id + ":" + i.name(), new Local(made, i)); //$NON-NLS-1$
      if (c.id != null) {
        registered.add(new Registered(c.id + ":" + i.name(), List.of(((NamedElement) made).getName()), i.name(), c.kind, direction(i))); //$NON-NLS-1$
      }
    }
    links.addAll(c.links);
    for (CaexNode g : c.children) {
      context.unmapped(g, Messages.Import_nestedUnmapped);
    }
  }

  private EObject zone(Station s, CaexNode c, Set<String> names) {
    Values v = context.values(c);
    HazardZone z = named(F.createHazardZone(), c, names, "Zone"); //$NON-NLS-1$
    z.setHeight(quantity(v, Attr.ZONE_HEIGHT, false));
    s.getZones().add(z);
    v.reportUnused();
    return z;
  }

  private EObject equipment(Station s, CaexNode c, Set<String> names) {
    Values v = context.values(c);
    ImportContext.TypeRef typeRef = context.type(c, c.kind);
    boolean typed = typeRef != null;
    EquipmentType type = null;
    if (typed) {
      type = F.createEquipmentType();
      type.setName(typeRef.name());
    }
    Equipment e;
    switch (c.kind) {
      case ROBOT -> {
        Robot r = named(F.createRobot(), c, names, "Robot"); //$NON-NLS-1$
        r.setPayload(quantity(v, Attr.PAYLOAD, typed));
        r.setReach(quantity(v, Attr.REACH, typed));
        r.setMaxSpeed(quantity(v, Attr.MAX_SPEED, typed));
        r.setCollaborative("true".equalsIgnoreCase(Values.text(v.get(Attr.COLLABORATIVE)))); //$NON-NLS-1$
        List<String> modes = items(v.own(Attr.MODES));
        if (!(typed && modes.equals(items(v.inherited(Attr.MODES))))) {
          for (String m : modes) {
            CollaborativeMode mode = (CollaborativeMode) Syntax.get().value(P.getCollaborativeMode(), m);
            if (mode != null) {
              r.getCollaborativeModes().add(mode);
            }
          }
        }
        e = r;
      }
      case MACHINE -> {
        Machine m = named(F.createMachine(), c, names, "Machine"); //$NON-NLS-1$
        m.setPower(quantity(v, Attr.POWER, typed));
        e = m;
      }
      default -> {
        Component x = named(F.createComponent(), c, names, "Component"); //$NON-NLS-1$
        CaexNode.Attribute own = v.own(Attr.COMPONENT_CATEGORY);
        if (own != null && !(typed && same(own, v.inherited(Attr.COMPONENT_CATEGORY)))) {
          ComponentCategory cat = word(v, c, own, P.getComponentCategory());
          if (cat != null) {
            x.setCategory(cat);
          }
        }
        e = x;
      }
    }
    e.setType(type);
    List<String> inheritedMarks = typed ? items(v.inherited(Attr.MARKS)) : List.of();
    for (String m : items(v.own(Attr.MARKS))) {
      if (!inheritedMarks.contains(m) && isIdentifier(m)) {
        e.getMarks().add(m);
      }
    }
    s.getEquipment().add(e);
    v.reportUnused();
    return e;
  }

  private EObject device(Station s, CaexNode c, Set<String> names) {
    Values v = context.values(c);
    SafetyDevice d = switch (c.kind) {
      case GUARD -> {
        Guard g = named(F.createGuard(), c, names, "Guard"); //$NON-NLS-1$
        g.setHeight(quantity(v, Attr.HEIGHT, false));
        g.setDistance(quantity(v, Attr.DISTANCE, false));
        g.setOpening(quantity(v, Attr.OPENING, false));
        g.setGroundClearance(quantity(v, Attr.GROUND_CLEARANCE, false));
        yield g;
      }
      case LIGHT_CURTAIN -> {
        LightCurtain l = named(F.createLightCurtain(), c, names, "LightCurtain"); //$NON-NLS-1$
        l.setDetection(quantity(v, Attr.DETECTION, false));
        l.setResponseTime(quantity(v, Attr.RESPONSE_TIME, false));
        l.setDistance(quantity(v, Attr.DISTANCE, false));
        CaexNode.Attribute beams = v.own(Attr.BEAMS);
        for (CaexNode.Attribute b : beams == null ? List.<CaexNode.Attribute>of() : beams.children()) {
          Quantity q = v.quantity(b, Attr.BEAM);
          if (q != null) {
            l.getBeams().add(q);
          }
        }
        l.setTop(quantity(v, Attr.TOP, false));
        yield l;
      }
      case PRESSURE_MAT -> {
        PressureMat m = named(F.createPressureMat(), c, names, "Mat"); //$NON-NLS-1$
        m.setResponseTime(quantity(v, Attr.RESPONSE_TIME, false));
        m.setDistance(quantity(v, Attr.DISTANCE, false));
        m.setStep(quantity(v, Attr.STEP, false));
        yield m;
      }
      case TWO_HAND_CONTROL -> {
        TwoHandControl t = named(F.createTwoHandControl(), c, names, "TwoHandControl"); //$NON-NLS-1$
        t.setResponseTime(quantity(v, Attr.RESPONSE_TIME, false));
        t.setDistance(quantity(v, Attr.DISTANCE, false));
        t.setShielded("true".equalsIgnoreCase(Values.text(v.own(Attr.SHIELDED)))); //$NON-NLS-1$
        yield t;
      }
      default -> {
        InterlockedDoor door = named(F.createInterlockedDoor(), c, names, "Door"); //$NON-NLS-1$
        door.setResponseTime(quantity(v, Attr.RESPONSE_TIME, false));
        door.setDistance(quantity(v, Attr.DISTANCE, false));
        door.setOpening(quantity(v, Attr.OPENING_STROKE, false));
        door.setLocking("true".equalsIgnoreCase(Values.text(v.own(Attr.LOCKING)))); //$NON-NLS-1$
        yield door;
      }
    };
    s.getDevices().add(d);
    v.reportUnused();
    return d;
  }

  private EObject safetyFunction(Station s, CaexNode c, Set<String> names) {
    Values v = context.values(c);
    SafetyFunction f = named(F.createSafetyFunction(), c, names, "SafetyFunction"); //$NON-NLS-1$
    Severity sev = word(v, c, v.get(Attr.SEVERITY), P.getSeverity());
    Frequency fre = word(v, c, v.get(Attr.FREQUENCY), P.getFrequency());
    Avoidance avo = word(v, c, v.get(Attr.AVOIDANCE), P.getAvoidance());
    if (sev != null && fre != null && avo != null) {
      f.setSeverity(sev);
      f.setFrequency(fre);
      f.setAvoidance(avo);
    } else if (sev != null || fre != null || avo != null) {
      context.unmapped(c, Messages.Import_partialRisk);
    }
    PerformanceLevel pl = word(v, c, v.get(Attr.ACHIEVED_PL), P.getPerformanceLevel());
    if (pl != null) {
      f.setAchievedPl(pl);
    }
    CaexNode.Attribute pfhd = v.get(Attr.PFHD);
    if (Values.text(pfhd) != null) {
      f.setPfhd(v.number(pfhd, Values.text(pfhd)));
    }
    CaexNode.Attribute category = v.get(Attr.SAFETY_CATEGORY);
    String cat = Values.text(category);
    if (cat != null && (cat.matches("\\d+") || isIdentifier(cat))) { //$NON-NLS-1$
      f.setCategory(cat);
    } else if (cat != null) {
      context.unmapped(c, category, NLS.bind(Messages.Import_notIdentifier, category.name(), cat));
    }
    CaexNode.Attribute mttfd = v.get(Attr.MTTFD);
    if (Values.text(mttfd) != null) {
      f.setMttfd(v.number(mttfd, Values.text(mttfd)));
    }
    CaexNode.Attribute dc = v.get(Attr.DC_AVG);
    if (Values.text(dc) != null) {
      f.setDcAvg(v.number(dc, Values.text(dc)));
    }
    CaexNode.Attribute ccf = v.get(Attr.CCF);
    f.setCcf(ccf == null ? null : v.count(ccf));
    s.getSafetyFunctions().add(f);
    v.reportUnused();
    return f;
  }

  private EObject sensor(Station s, CaexNode c, Set<String> names) {
    Values v = context.values(c);
    Sensor x = named(F.createSensor(), c, names, "Sensor"); //$NON-NLS-1$
    SensorQuantity q = word(v, c, v.get(Attr.QUANTITY), P.getSensorQuantity());
    if (q == null) {
      q = guessQuantity(c);
    }
    x.setQuantity(q);
    String unit = Values.text(v.get(Attr.MEASURING_UNIT));
    if (unit != null && unit.matches("°?[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)?|%")) { //$NON-NLS-1$
      x.setUnit(unit);
    } else if (unit != null) {
      context.unmapped(c, v.get(Attr.MEASURING_UNIT), NLS.bind(Messages.Import_badUnitSymbol, unit));
    }
    x.setSamplingRate(quantity(v, Attr.SAMPLING_RATE, false));
    s.getSensors().add(x);
    v.reportUnused();
    return x;
  }

  /** A foreign sensor's quantity from its class names (TemperatureSensor), else other. */
  private SensorQuantity guessQuantity(CaexNode c) {
    String classes = String.join(" ", c.roles).toLowerCase(java.util.Locale.ROOT) + " " //$NON-NLS-1$ //$NON-NLS-2$
        + (c.basePath == null ? "" : c.basePath.toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
    for (SensorQuantity q : SensorQuantity.VALUES) {
      if (q != SensorQuantity.OTHER && classes.contains(q.getName().toLowerCase(java.util.Locale.ROOT))) {
        return q;
      }
    }
    context.changed(c, NLS.bind(Messages.Import_assumed, "measures", "other")); //$NON-NLS-1$ //$NON-NLS-2$
    return SensorQuantity.OTHER;
  }

  private EObject model(Station s, CaexNode c, Set<String> names) {
    Values v = context.values(c);
    ModelAttachment m = named(F.createModelAttachment(), c, names, "Model"); //$NON-NLS-1$
    m.setPurpose(wordOrAssumed(v, c, Attr.PURPOSE, P.getModelPurpose(), ModelPurpose.MAINTENANCE, "purpose")); //$NON-NLS-1$
    m.setHumanOverride("true".equalsIgnoreCase(Values.text(v.get(Attr.HUMAN_OVERRIDE)))); //$NON-NLS-1$
    CaexNode.Interface card = c.findInterface(Caex.CARD);
    String uri = card == null ? null : card.attribute(Caex.REF_URI);
    if (uri == null) {
      context.unmapped(c, Messages.Import_noCard);
      m.setCard(""); //$NON-NLS-1$
    } else {
      m.setCard(filePath.apply(uri));
    }
    s.getModels().add(m);
    v.reportUnused();
    return m;
  }

  /** Applies a link between two things of the station; false when it means nothing LineBench has. */
  private static boolean link(Map<String, Local> locals, CaexNode.Link l) {
    Local a = locals.get(l.sideA());
    Local b = locals.get(l.sideB());
    if (a == null || b == null) {
      return false;
    }
    return connect(a, b) || connect(b, a);
  }

  private static boolean connect(Local from, Local to) {
    EObject a = from.element();
    EObject b = to.element();
    if (a instanceof SafetyDevice d && b instanceof HazardZone z) {
      d.setZone(z);
      return true;
    }
    if (a instanceof SafetyFunction f && b instanceof SafetyDevice d) {
      f.getDevices().add(d);
      return true;
    }
    if (a instanceof Station s && b instanceof ModelAttachment m && References.FAILURES.equals(from.iface().name())) {
      if (s.getFailures() == null) {
        s.setFailures(F.createPredictedFailures());
      }
      s.getFailures().setModel(m);
      return true;
    }
    if (a instanceof SafetyFunction f && b instanceof ModelAttachment m) {
      f.setModel(m);
      return true;
    }
    if (a instanceof ModelAttachment m && b instanceof Sensor sensor) {
      FeatureBinding binding = F.createFeatureBinding();
      String feature = from.iface().attribute(Attr.FEATURE.attributeName());
      binding.setFeature(feature != null ? feature : sensor.getName());
      binding.setSensor(sensor);
      m.getBindings().add(binding);
      return true;
    }
    return false;
  }
}
