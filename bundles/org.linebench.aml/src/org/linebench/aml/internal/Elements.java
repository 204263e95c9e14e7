package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.osgi.util.NLS;
import org.linebench.model.line.Avoidance;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.Clearance;
import org.linebench.model.line.ClearanceKind;
import org.linebench.model.line.DataClass;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.Distribution;
import org.linebench.model.line.DistributionKind;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.EquipmentKind;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Frequency;
import org.linebench.model.line.Hazard;
import org.linebench.model.line.HazardKind;
import org.linebench.model.line.LifePhase;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFactory;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.OperatorText;
import org.linebench.model.line.PersonRole;
import org.linebench.model.line.PlannedStop;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.ResidualRisk;
import org.linebench.model.line.Severity;
import org.linebench.model.line.Shift;
import org.linebench.model.line.ShiftCalendar;
import org.linebench.model.line.Source;
import org.linebench.model.line.StationKind;
import org.linebench.model.line.StationType;
import org.linebench.model.line.TextKind;
import org.linebench.model.line.TopLevelElement;
import org.linebench.model.line.Variant;
import org.linebench.model.line.Weekday;

/**
 * Line model elements made from CAEX elements: names and labels, typed values, plants, lines,
 * sources, sinks, buffers, emergency stops, data sets and flows, and the catalogue's types.
 * Stations and what they hold: {@link StationBuilder}.
 */
class Elements {
  static final LineFactory F = LineFactory.eINSTANCE;
  static final LinePackage P = LinePackage.eINSTANCE;

  /** Which way material passes an interface. */
  enum Direction { IN, OUT, REWORK, NONE }

  /** An interface of an imported element that links may end at: its ID, the element's path below the registering element. */
  record Registered(String id, List<String> path, String iface, Kind kind, Direction direction) {}

  final ImportContext context;
  /** The path to write for a file an element names (card, data, readings), from its URI relative to the AutomationML file. */
  final java.util.function.Function<String, String> filePath;

  Elements(ImportContext context, java.util.function.Function<String, String> filePath) {
    this.context = context;
    this.filePath = filePath;
  }

  /** Sets name and label; a name that is no identifier, or taken, is changed and reported. */
  <T extends NamedElement> T named(T e, CaexNode n, Set<String> scope, String fallback) {
    String id = Names.unique(scope, Names.identifier(n.name, fallback));
    e.setName(id);
    String label = n.description == null || n.description.isBlank() ? null : n.description.trim();
    if (!id.equals(n.name)) {
      context.changed(n, NLS.bind(Messages.Import_renamed, n.name, id));
      if (label == null) {
        label = n.name;
      }
    }
    e.setLabel(label);
    return e;
  }

  /** An enum value by its keyword or name; null (reported) when the attribute's value is none of them. */
  @SuppressWarnings("unchecked")
  <E extends Enumerator> E word(Values v, CaexNode n, CaexNode.Attribute a, EEnum type) {
    String text = Values.text(a);
    if (text == null) {
      return null;
    }
    Enumerator e = Syntax.get().value(type, text);
    if (e == null) {
      context.unmapped(n, a, NLS.bind(Messages.Import_badWord, new Object[] {a.name(), text, words(type)}));
    }
    return (E) e;
  }

  /** An enum value of the attribute, or {@code assumed} (reported as assumed) when the element gives none that fits. */
  <E extends Enumerator> E wordOrAssumed(Values v, CaexNode n, Attr attr, EEnum type, E assumed, String what) {
    E e = word(v, n, v.get(attr), type);
    if (e != null) {
      return e;
    }
    context.changed(n, NLS.bind(Messages.Import_assumed, what, Syntax.get().word(assumed)));
    return assumed;
  }

  static String words(EEnum type) {
    List<String> w = new ArrayList<>();
    type.getELiterals().forEach(l -> w.add(Syntax.get().word(l.getInstance())));
    return String.join(", ", w); //$NON-NLS-1$
  }

  /**
   * A quantity for an element with a type: its own value where that differs from the type's
   * (the type gives the rest); for an element without a type, its own or its classes'.
   */
  Quantity quantity(Values v, Attr a, boolean typed) {
    CaexNode.Attribute own = v.own(a);
    if (typed) {
      CaexNode.Attribute inherited = v.inherited(a);
      if (own == null || same(own, inherited)) {
        return null;
      }
      return v.quantity(own, a);
    }
    CaexNode.Attribute value = own != null ? own : v.inherited(a);
    return value == null ? null : v.quantity(value, a);
  }

  Integer count(Values v, Attr a, boolean typed) {
    CaexNode.Attribute own = v.own(a);
    if (typed) {
      return own == null || same(own, v.inherited(a)) ? null : v.count(own);
    }
    CaexNode.Attribute value = own != null ? own : v.inherited(a);
    return value == null ? null : v.count(value);
  }

  /** Whether two attributes hold the same value in the same unit. */
  static boolean same(CaexNode.Attribute a, CaexNode.Attribute b) {
    if (a == null || b == null) {
      return false;
    }
    String ua = a.unit() == null ? "" : a.unit().trim(); //$NON-NLS-1$
    String ub = b.unit() == null ? "" : b.unit().trim(); //$NON-NLS-1$
    String va = Values.text(a);
    String vb = Values.text(b);
    if (va == null || vb == null || !ua.equals(ub)) {
      return va == null && vb == null && ua.equals(ub) && sameChildren(a, b);
    }
    try {
      return Double.parseDouble(va) == Double.parseDouble(vb) && sameChildren(a, b);
    } catch (NumberFormatException e) {
      return va.equals(vb) && sameChildren(a, b);
    }
  }

  /** Whether two attributes nest the same attributes (a time's variation), in any order. */
  private static boolean sameChildren(CaexNode.Attribute a, CaexNode.Attribute b) {
    if (a.children().size() != b.children().size()) {
      return false;
    }
    for (CaexNode.Attribute c : a.children()) {
      if (!same(c, b.child(c.name()))) {
        return false;
      }
    }
    return true;
  }

  /** A time and how it varies. */
  record Timed(Quantity value, Distribution variation) {}

  /** A time with its variation nested in its attribute, own or inherited as for {@link #quantity(Values, Attr, boolean)}. */
  Timed timed(Values v, CaexNode n, Attr a, boolean typed) {
    CaexNode.Attribute own = v.own(a);
    CaexNode.Attribute value = own;
    if (typed && same(own, v.inherited(a))) {
      value = null;
    } else if (!typed && own == null) {
      value = v.inherited(a);
    }
    Quantity q = value == null ? null : v.quantity(value, a);
    return new Timed(q, q == null ? null : variation(v, n, value));
  }

  /** The variation nested in a time's attribute; null when there is none or it is no kind the language knows (reported). */
  Distribution variation(Values v, CaexNode n, CaexNode.Attribute time) {
    CaexNode.Attribute x = time.child(Attr.VARIATION.attributeName());
    reportOthers(n, time, Attr.VARIATION);
    if (x == null) {
      return null;
    }
    DistributionKind kind = word(v, n, x, P.getDistributionKind());
    if (kind == null) {
      return null;
    }
    Distribution d = F.createDistribution();
    d.setKind(kind);
    d.setLow(child(v, x, Attr.LOW));
    d.setHigh(child(v, x, Attr.HIGH));
    d.setSd(child(v, x, Attr.SD));
    CaexNode.Attribute shape = x.child(Attr.SHAPE.attributeName());
    d.setShape(Values.text(shape) == null ? null : v.number(shape, Values.text(shape)));
    String data = Values.text(x.child(Attr.DATA.attributeName()));
    d.setData(data == null ? null : filePath.apply(data));
    d.setColumn(Values.text(x.child(Attr.COLUMN.attributeName())));
    reportOthers(n, x, Attr.LOW, Attr.HIGH, Attr.SD, Attr.SHAPE, Attr.DATA, Attr.COLUMN);
    return d;
  }

  /** A quantity nested in an attribute; null when absent. */
  static Quantity child(Values v, CaexNode.Attribute a, Attr meaning) {
    CaexNode.Attribute c = a == null ? null : a.child(meaning.attributeName());
    return c == null ? null : v.quantity(c, meaning);
  }

  /** Reports the attributes nested in {@code a} that are none of the known ones. */
  void reportOthers(CaexNode n, CaexNode.Attribute a, Attr... known) {
    for (CaexNode.Attribute c : a.children()) {
      if (java.util.Arrays.stream(known).noneMatch(k -> k.attributeName().equals(c.name()))) {
        context.unmapped(n, c, NLS.bind(Messages.Import_attributeUnmapped, a.name() + "." + c.name(), Values.text(c) == null ? "" : Values.text(c))); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }

  /** Enum values of a list attribute; values that are none of the type's are reported. */
  @SuppressWarnings("unchecked")
  <E extends Enumerator> List<E> words(CaexNode n, CaexNode.Attribute list, EEnum type) {
    List<E> values = new ArrayList<>();
    for (String item : items(list)) {
      Enumerator e = Syntax.get().value(type, item);
      if (e == null) {
        context.unmapped(n, list, NLS.bind(Messages.Import_badWord, new Object[] {list.name(), item, words(type)}));
      } else {
        values.add((E) e);
      }
    }
    return values;
  }

  /** The clearance nested in a data set or flow. */
  Clearance clearance(Values v, CaexNode n) {
    CaexNode.Attribute a = v.own(Attr.CLEARANCE);
    if (a == null) {
      return null;
    }
    ClearanceKind kind = word(v, n, a, P.getClearanceKind());
    String reference = Values.text(a.child(Attr.CLEARANCE_REFERENCE.attributeName()));
    String date = Values.text(a.child(Attr.CLEARANCE_DATE.attributeName()));
    reportOthers(n, a, Attr.CLEARANCE_REFERENCE, Attr.CLEARANCE_DATE);
    if (kind == null || reference == null || date == null) {
      context.unmapped(n, a, NLS.bind(Messages.Import_incomplete, a.name()));
      return null;
    }
    Clearance c = F.createClearance();
    c.setKind(kind);
    c.setReference(reference);
    c.setDate(date);
    return c;
  }

  /** The items of a list attribute (AutomationML ListType), or the attribute's own value split at commas. */
  static List<String> items(CaexNode.Attribute a) {
    List<String> items = new ArrayList<>();
    if (a == null) {
      return items;
    }
    for (CaexNode.Attribute c : a.children()) {
      if (Values.text(c) != null) {
        items.add(Values.text(c));
      }
    }
    if (items.isEmpty() && Values.text(a) != null) {
      for (String s : Values.text(a).split(",")) { //$NON-NLS-1$
        if (!s.isBlank()) {
          items.add(s.trim());
        }
      }
    }
    return items;
  }

  /** Operator texts from the texts list: each item named by its kind, with its language. */
  List<OperatorText> texts(Values v, CaexNode n) {
    List<OperatorText> texts = new ArrayList<>();
    CaexNode.Attribute list = v.own(Attr.TEXTS);
    if (list == null) {
      return texts;
    }
    for (CaexNode.Attribute item : list.children()) {
      TextKind kind = (TextKind) Syntax.get().value(P.getTextKind(), item.name());
      CaexNode.Attribute language = item.child(Attr.TEXT_LANGUAGE.attributeName());
      if (kind == null || Values.text(language) == null || item.value() == null || !isIdentifier(Values.text(language))) {
        context.unmapped(n, item, NLS.bind(Messages.Import_badText, item.name()));
        continue;
      }
      OperatorText t = F.createOperatorText();
      t.setKind(kind);
      t.setLanguage(Values.text(language));
      t.setText(item.value());
      texts.add(t);
    }
    return texts;
  }

  static boolean isIdentifier(String s) {
    return s != null && s.matches("\\^?[A-Za-z_][A-Za-z0-9_]*"); //$NON-NLS-1$
  }

  /** A plant's header: name, label, values, texts (its lines and data follow). */
  Plant plant(CaexNode n, Set<String> scope) {
    Plant p = named(F.createPlant(), n, scope, "Plant"); //$NON-NLS-1$
    Values v = context.values(n);
    p.setSite(Values.text(v.get(Attr.SITE)));
    p.setJurisdiction(identifier(v, n, Attr.COUNTRY));
    p.setLanguage(identifier(v, n, Attr.LANGUAGE));
    p.setMaker(Values.text(v.get(Attr.MAKER)));
    p.setAddress(Values.text(v.get(Attr.ADDRESS)));
    p.getEditions().addAll(items(v.own(Attr.EDITIONS)));
    p.setCriticalInfrastructure("true".equalsIgnoreCase(Values.text(v.own(Attr.CIIO)))); //$NON-NLS-1$
    p.getTexts().addAll(texts(v, n));
    v.reportUnused();
    return p;
  }

  /** A value that the language writes as an identifier (CN, zh); null (reported) when it is none. */
  private String identifier(Values v, CaexNode n, Attr a) {
    CaexNode.Attribute x = v.get(a);
    String text = Values.text(x);
    if (text != null && !isIdentifier(text)) {
      context.unmapped(n, x, NLS.bind(Messages.Import_notIdentifier, x.name(), text));
      return null;
    }
    return text;
  }

  /** A line's header: name, label, takt (its members follow). */
  Line line(CaexNode n, Set<String> scope) {
    Line l = named(F.createLine(), n, scope, "Line"); //$NON-NLS-1$
    Values v = context.values(n);
    l.setTakt(quantity(v, Attr.TAKT, false));
    l.setCrew(count(v, Attr.CREW, false));
    v.reportUnused();
    return l;
  }

  /** A source, sink or buffer; its ports are registered. */
  NamedElement node(CaexNode n, Kind kind, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    NamedElement e = switch (kind) {
      case SOURCE -> {
        Source x = named(F.createSource(), n, scope, "Source"); //$NON-NLS-1$
        Timed t = timed(v, n, Attr.INTERARRIVAL, false);
        x.setInterarrival(t.value());
        x.setInterarrivalVariation(t.variation());
        yield x;
      }
      case SINK -> named(F.createSink(), n, scope, "Sink"); //$NON-NLS-1$
      default -> {
        Buffer b = named(F.createBuffer(), n, scope, "Buffer"); //$NON-NLS-1$
        Integer capacity = count(v, Attr.CAPACITY, false);
        if (capacity == null) {
          capacity = 1;
          context.changed(n, NLS.bind(Messages.Import_assumed, "capacity", "1")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        b.setCapacity(capacity);
        yield b;
      }
    };
    ports(n, kind, List.of(), registered);
    v.reportUnused();
    return e;
  }

  /**
   * Registers the element's interfaces, material ports with the way material passes them, under
   * the interface's ID and as {@code ElementID:InterfaceName} (how CAEX 2.15, and 3.0 files without
   * interface IDs, name a link's partner).
   */
  void ports(CaexNode n, Kind kind, List<String> path, List<Registered> registered) {
    for (CaexNode.Interface i : n.interfaces) {
      share(n, i);
      if (i.id() != null && !i.id().isBlank()) {
        registered.add(new Registered(i.id(), path, i.name(), kind, direction(i)));
      }
      if (n.id != null && !n.id.isBlank()) {
        registered.add(new Registered(n.id + ":" + i.name(), path, i.name(), kind, direction(i))); //$NON-NLS-1$
      }
    }
  }

  /** Remembers the share of the pieces a material port passes on, when it says. */
  void share(CaexNode n, CaexNode.Interface i) {
    CaexNode.Attribute a = i.attributes().stream().filter(x -> Attr.PROBABILITY.attributeName().equals(x.name())).findFirst().orElse(null);
    org.linebench.model.line.Quantity q = a == null ? null : context.values(n).quantity(a, Attr.PROBABILITY);
    if (q != null) {
      if (i.id() != null && !i.id().isBlank()) {
        context.shares.put(i.id(), q);
      }
      context.shares.put(n.id + ":" + i.name(), q); //$NON-NLS-1$
    }
  }

  static Direction direction(CaexNode.Interface i) {
    String name = i.name() == null ? "" : i.name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    if (name.contains("rework")) { //$NON-NLS-1$
      return Direction.REWORK;
    }
    String d = i.attribute(Caex.DIRECTION);
    if ("in".equalsIgnoreCase(d) || name.endsWith("in") || name.startsWith("in")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      return Direction.IN;
    }
    if ("out".equalsIgnoreCase(d) || name.endsWith("out") || name.startsWith("out")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      return Direction.OUT;
    }
    return Direction.NONE;
  }

  /** An emergency stop; the zones it covers come with the line's links. */
  EmergencyStop stop(CaexNode n, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    EmergencyStop e = named(F.createEmergencyStop(), n, scope, "EmergencyStop"); //$NON-NLS-1$
    CaexNode.Attribute category = v.get(Attr.STOP_CATEGORY);
    e.setCategory(category == null ? null : v.count(category));
    ports(n, Kind.EMERGENCY_STOP, List.of(), registered);
    v.reportUnused();
    return e;
  }

  /** A data set; its sensors come with the plant's links. */
  DataSet dataSet(CaexNode n, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    DataSet d = named(F.createDataSet(), n, scope, "Data"); //$NON-NLS-1$
    d.setClassification(wordOrAssumed(v, n, Attr.CLASSIFICATION, P.getDataClass(), DataClass.GENERAL, "class")); //$NON-NLS-1$
    d.setStoredIn(identifier(v, n, Attr.STORED_IN));
    d.setPersonalInformation("true".equalsIgnoreCase(Values.text(v.get(Attr.PERSONAL_INFORMATION)))); //$NON-NLS-1$
    d.setClearance(clearance(v, n));
    ports(n, Kind.DATA_SET, List.of(), registered);
    v.reportUnused();
    return d;
  }

  /** A data flow; its data set comes with the plant's links. */
  DataFlow dataFlow(CaexNode n, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    DataFlow d = named(F.createDataFlow(), n, scope, "DataFlow"); //$NON-NLS-1$
    d.setDestination(Values.text(v.get(Attr.DESTINATION)));
    d.setCountry(identifier(v, n, Attr.COUNTRY));
    d.setClearance(clearance(v, n));
    ports(n, Kind.DATA_FLOW, List.of(), registered);
    v.reportUnused();
    return d;
  }

  /** A product variant of a line. */
  Variant variant(CaexNode n, Set<String> scope) {
    Values v = context.values(n);
    Variant x = named(F.createVariant(), n, scope, "Variant"); //$NON-NLS-1$
    x.setShare(quantity(v, Attr.SHARE, false));
    x.setLot(count(v, Attr.LOT, false));
    if (x.getShare() == null) {
      context.unmapped(n, NLS.bind(Messages.Import_incomplete, Attr.SHARE.attributeName()));
    }
    v.reportUnused();
    return x;
  }

  /** A hazard of the line's register; its zone and measures come with the line's links. */
  Hazard hazard(CaexNode n, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    Hazard h = named(F.createHazard(), n, scope, "Hazard"); //$NON-NLS-1$
    HazardKind kind = word(v, n, v.own(Attr.HAZARD_KIND), P.getHazardKind());
    if (kind != null) {
      h.setKind(kind);
    }
    h.getPhases().addAll(this.<LifePhase>words(n, v.own(Attr.PHASES), P.getLifePhase()));
    h.getPersons().addAll(this.<PersonRole>words(n, v.own(Attr.PERSONS), P.getPersonRole()));
    Severity sev = word(v, n, v.own(Attr.SEVERITY), P.getSeverity());
    Frequency fre = word(v, n, v.own(Attr.FREQUENCY), P.getFrequency());
    Avoidance avo = word(v, n, v.own(Attr.AVOIDANCE), P.getAvoidance());
    if (sev != null && fre != null && avo != null) {
      h.setSeverity(sev);
      h.setFrequency(fre);
      h.setAvoidance(avo);
    } else if (sev != null || fre != null || avo != null) {
      context.unmapped(n, Messages.Import_partialRisk);
    }
    h.setDesign(Values.text(v.own(Attr.DESIGN)));
    ResidualRisk residual = word(v, n, v.own(Attr.RESIDUAL), P.getResidualRisk());
    if (residual != null) {
      h.setResidual(residual);
    }
    ports(n, Kind.HAZARD, List.of(), registered);
    v.reportUnused();
    return h;
  }

  /** A shift calendar: its days, shifts with their breaks, planned stops. */
  ShiftCalendar calendar(CaexNode n, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    ShiftCalendar c = named(F.createShiftCalendar(), n, scope, "Calendar"); //$NON-NLS-1$
    c.getDays().addAll(this.<Weekday>words(n, v.own(Attr.DAYS), P.getWeekday()));
    CaexNode.Attribute shifts = v.own(Attr.SHIFTS);
    Set<String> names = new java.util.HashSet<>();
    for (CaexNode.Attribute a : shifts == null ? List.<CaexNode.Attribute>of() : shifts.children()) {
      Shift s = F.createShift();
      s.setName(Names.unique(names, Names.identifier(a.name(), "Shift"))); //$NON-NLS-1$
      s.setLabel(Values.text(a.child(Attr.LABEL.attributeName())));
      s.setStart(time(n, a, Attr.START));
      s.setEnd(time(n, a, Attr.END));
      reportOthers(n, a, Attr.LABEL, Attr.START, Attr.END, Attr.BREAKS);
      s.getBreaks().addAll(stops(v, n, a.child(Attr.BREAKS.attributeName()), false, names));
      if (s.getStart() != null && s.getEnd() != null) {
        c.getShifts().add(s);
      }
    }
    c.getStops().addAll(stops(v, n, v.own(Attr.STOPS), true, names));
    ports(n, Kind.CALENDAR, List.of(), registered);
    v.reportUnused();
    return c;
  }

  /** Breaks of a shift (no names) or planned stops of a calendar (named, on a day or every day). */
  private List<PlannedStop> stops(Values v, CaexNode n, CaexNode.Attribute list, boolean named, Set<String> names) {
    List<PlannedStop> stops = new ArrayList<>();
    for (CaexNode.Attribute a : list == null ? List.<CaexNode.Attribute>of() : list.children()) {
      PlannedStop p = F.createPlannedStop();
      if (named) {
        p.setName(Names.unique(names, Names.identifier(a.name(), "Stop"))); //$NON-NLS-1$
        p.setLabel(Values.text(a.child(Attr.LABEL.attributeName())));
        CaexNode.Attribute day = a.child(Attr.DAY.attributeName());
        Weekday w = word(v, n, day, P.getWeekday());
        if (w != null) {
          p.setDay(w);
        }
      }
      p.setStart(time(n, a, Attr.START));
      p.setDuration(child(v, a, Attr.DURATION));
      reportOthers(n, a, named ? new Attr[] {Attr.LABEL, Attr.DAY, Attr.START, Attr.DURATION} : new Attr[] {Attr.START, Attr.DURATION});
      if (p.getStart() != null && p.getDuration() != null) {
        stops.add(p);
      } else {
        context.unmapped(n, a, NLS.bind(Messages.Import_incomplete, a.name()));
      }
    }
    return stops;
  }

  /** A time of day nested in an attribute, HH:MM; null (reported) when it is none. */
  private String time(CaexNode n, CaexNode.Attribute a, Attr meaning) {
    CaexNode.Attribute t = a.child(meaning.attributeName());
    String text = Values.text(t);
    if (text == null) {
      context.unmapped(n, a, NLS.bind(Messages.Import_incomplete, a.name() + "." + meaning.attributeName())); //$NON-NLS-1$
      return null;
    }
    if (org.linebench.dsl.api.Timings.minutes(text) < 0) {
      context.unmapped(n, t, NLS.bind(Messages.Import_badTime, a.name() + "." + t.name(), text)); //$NON-NLS-1$
      return null;
    }
    return text;
  }

  /**
   * A station or equipment type from a system unit class: its values are its own and, where it has
   * none, those of the classes it derives from (a type of the line language derives from none).
   */
  TopLevelElement type(CaexNode suc, Kind kind, Set<String> scope) {
    Values v = new Values(suc, suc.basePath == null ? List.of() : context.index.unitChain(suc.basePath), context);
    TopLevelElement result;
    if (kind == Kind.STATION) {
      StationType t = named(F.createStationType(), suc, scope, "StationType"); //$NON-NLS-1$
      StationKind k = word(v, suc, v.get(Attr.KIND), P.getStationKind());
      if (k == null) {
        CaexNode asInstance = new CaexNode(suc.name, suc.id, suc.path, suc.at);
        k = context.classifier.stationKind(asInstance);
        if (k == null) {
          k = StationKind.ASSEMBLY;
          context.changed(suc, NLS.bind(Messages.Import_assumed, "kind", Syntax.get().word(k))); //$NON-NLS-1$
        } else {
          context.changed(suc, NLS.bind(Messages.Import_kindFromClasses, Syntax.get().word(k)));
        }
      }
      t.setKind(k);
      Timed cycle = timed(v, suc, Attr.CYCLE_TIME, false);
      t.setCycleTime(cycle.value());
      t.setCycleVariation(cycle.variation());
      t.setOperators(count(v, Attr.OPERATORS, false));
      Timed mtbf = timed(v, suc, Attr.MTBF, false);
      t.setMtbf(mtbf.value());
      t.setMtbfVariation(mtbf.variation());
      Timed mttr = timed(v, suc, Attr.MTTR, false);
      t.setMttr(mttr.value());
      t.setMttrVariation(mttr.variation());
      t.setSetupTime(quantity(v, Attr.SETUP_TIME, false));
      result = t;
    } else {
      EquipmentType t = named(F.createEquipmentType(), suc, scope, "EquipmentType"); //$NON-NLS-1$
      t.setKind(kind == Kind.ROBOT ? EquipmentKind.ROBOT : kind == Kind.MACHINE ? EquipmentKind.MACHINE : EquipmentKind.COMPONENT);
      t.setMaker(Values.text(v.get(Attr.MAKER)));
      if (kind == Kind.ROBOT) {
        t.setPayload(quantity(v, Attr.PAYLOAD, false));
        t.setReach(quantity(v, Attr.REACH, false));
        t.setMaxSpeed(quantity(v, Attr.MAX_SPEED, false));
        for (String m : items(v.get(Attr.MODES))) {
          org.linebench.model.line.CollaborativeMode mode = (org.linebench.model.line.CollaborativeMode) Syntax.get().value(P.getCollaborativeMode(), m);
          if (mode != null) {
            t.getCollaborativeModes().add(mode);
          }
        }
      } else if (kind == Kind.MACHINE) {
        t.setPower(quantity(v, Attr.POWER, false));
      } else {
        org.linebench.model.line.ComponentCategory c = word(v, suc, v.get(Attr.COMPONENT_CATEGORY), P.getComponentCategory());
        if (c != null) {
          t.setCategory(c);
        }
      }
      t.getMarks().addAll(items(v.get(Attr.MARKS)).stream().filter(Elements::isIdentifier).toList());
      result = t;
    }
    v.reportUnused();
    return result;
  }
}
