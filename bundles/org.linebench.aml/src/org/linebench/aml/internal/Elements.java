package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.osgi.util.NLS;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.DataClass;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.EquipmentKind;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFactory;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.OperatorText;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.StationKind;
import org.linebench.model.line.StationType;
import org.linebench.model.line.TextKind;
import org.linebench.model.line.TopLevelElement;

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

  Elements(ImportContext context) {
    this.context = context;
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
      return va == null && vb == null && ua.equals(ub);
    }
    try {
      return Double.parseDouble(va) == Double.parseDouble(vb);
    } catch (NumberFormatException e) {
      return va.equals(vb);
    }
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
    v.reportUnused();
    return l;
  }

  /** A source, sink or buffer; its ports are registered. */
  NamedElement node(CaexNode n, Kind kind, Set<String> scope, List<Registered> registered) {
    Values v = context.values(n);
    NamedElement e = switch (kind) {
      case SOURCE -> named(F.createSource(), n, scope, "Source"); //$NON-NLS-1$
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
      if (i.id() != null && !i.id().isBlank()) {
        registered.add(new Registered(i.id(), path, i.name(), kind, direction(i)));
      }
      if (n.id != null && !n.id.isBlank()) {
        registered.add(new Registered(n.id + ":" + i.name(), path, i.name(), kind, direction(i))); //$NON-NLS-1$
      }
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
    ports(n, Kind.DATA_FLOW, List.of(), registered);
    v.reportUnused();
    return d;
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
      t.setCycleTime(quantity(v, Attr.CYCLE_TIME, false));
      t.setOperators(count(v, Attr.OPERATORS, false));
      t.setMtbf(quantity(v, Attr.MTBF, false));
      t.setMttr(quantity(v, Attr.MTTR, false));
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
