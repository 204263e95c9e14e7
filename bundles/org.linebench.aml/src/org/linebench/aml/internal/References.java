package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Flow;
import org.linebench.model.line.Hazard;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.SafetyDevice;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.line.Station;

/**
 * The references between line elements as CAEX InternalLinks: material flows between material
 * ports, and every other reference (a guard protects a zone, a safety function uses devices, a
 * feature is bound to a sensor, ...) from an interface named after the reference to the target's
 * {@code ref} interface. Each link is held by the lowest element that contains both partners.
 */
final class References {
  /** An InternalLink: its name and the IDs of its two interfaces. */
  record Link(String name, String sideA, String sideB) {}

  /** The reference names, the names of the interfaces they start from. */
  static final String PROTECTS = "protects"; //$NON-NLS-1$
  static final String COVERS = "covers"; //$NON-NLS-1$
  static final String DEVICES = "devices"; //$NON-NLS-1$
  static final String MODEL = "model"; //$NON-NLS-1$
  static final String SENSORS = "sensors"; //$NON-NLS-1$
  static final String DATA = "data"; //$NON-NLS-1$
  static final String ZONE = "zone"; //$NON-NLS-1$
  static final String MEASURES = "measures"; //$NON-NLS-1$
  static final String SHIFTS = "shifts"; //$NON-NLS-1$
  static final String FAILURES = "failures"; //$NON-NLS-1$

  private final Function<EObject, EObject> parent;
  private final Function<EObject, String> id;
  private final Map<EObject, List<Link>> held = new HashMap<>();
  private final Map<EObject, Set<String>> sources = new HashMap<>();
  private final Set<EObject> referenced = new HashSet<>();
  private final Set<EObject> reworkTargets = new HashSet<>();
  private final Map<EObject, List<Flow>> probabilityFlows = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  References(Function<EObject, EObject> parent, Function<EObject, String> id) {
    this.parent = parent;
    this.id = id;
  }

  void collect(LineFile file) {
    for (Iterator<EObject> it = file.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      switch (o) {
        case Flow f -> flow(f);
        case SafetyDevice d -> add(d, PROTECTS, d.getZone());
        case EmergencyStop e -> e.getCovers().forEach(z -> add(e, COVERS, z));
        case SafetyFunction f -> {
          f.getDevices().forEach(d -> add(f, DEVICES, d));
          add(f, MODEL, f.getModel());
        }
        case ModelAttachment m -> {
          for (int i = 0; i < m.getBindings().size(); i++) {
            add(m, bindingInterface(i), m.getBindings().get(i).getSensor());
          }
        }
        case DataSet d -> d.getSensors().forEach(s -> add(d, SENSORS, s));
        case DataFlow d -> add(d, DATA, d.getData());
        case Hazard h -> {
          add(h, ZONE, h.getZone());
          h.getMeasures().forEach(m -> add(h, MEASURES, m));
        }
        case Station s when s.getFailures() != null -> add(s, FAILURES, s.getFailures().getModel());
        // held by the line, not by the plant that holds both: the import streams, and writes the line before the plant's links
        case Line l -> add(l, SHIFTS, l.getCalendar(), l);
        default -> {
          // no references
        }
      }
    }
  }

  /** The name of the interface of a model's i-th feature binding (from 0). */
  static String bindingInterface(int i) {
    return Caex.BINDING + (i + 1);
  }

  private void flow(Flow f) {
    if (usable(f.getFrom()) && usable(f.getTo())) {
      String target = f.isRework() ? Caex.REWORK_IN : Caex.MATERIAL_IN;
      if (f.isRework()) {
        reworkTargets.add(f.getTo());
      }
      String port = Caex.MATERIAL_OUT;
      if (f.getProbability() != null) {
        port = probabilityPort(f);
        probabilityFlows.computeIfAbsent(f.getFrom(), k -> new ArrayList<>()).add(f);
      }
      String name = f.getFrom().getName() + " -> " + f.getTo().getName() + (f.isRework() ? " rework" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      link(f.getFrom(), port, f.getTo(), target, name, null);
    }
  }

  /**
   * The output port of a flow that takes a share of the pieces: one per such flow, named after the
   * flow's target, with the share as its attribute.
   */
  static String probabilityPort(Flow f) {
    return Caex.MATERIAL_OUT + "_" + f.getTo().getName(); //$NON-NLS-1$
  }

  private void add(EObject from, String reference, EObject to) {
    add(from, reference, to, null);
  }

  /** A reference as a link; {@code holder} null: held by the lowest element that holds both. */
  private void add(EObject from, String reference, EObject to, EObject holder) {
    if (!usable(to)) {
      return;
    }
    String name = name(from) + " " + reference + " " + name(to); //$NON-NLS-1$ //$NON-NLS-2$
    if (Kind.of(to) == null || Kind.of(from) == null) {
      warnings.add(name);
      return;
    }
    referenced.add(to);
    sources.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(reference);
    link(from, reference, to, Caex.REFERENCED, name, holder);
  }

  private void link(EObject from, String fromInterface, EObject to, String toInterface, String name, EObject given) {
    EObject holder = given != null ? given : commonAncestor(from, to);
    if (holder == null) {
      warnings.add(name);
      return;
    }
    held.computeIfAbsent(holder, k -> new ArrayList<>()).add(new Link(name, interfaceId(from, fromInterface), interfaceId(to, toInterface)));
  }

  private static boolean usable(EObject o) {
    return o != null && !o.eIsProxy();
  }

  private static String name(EObject o) {
    return o instanceof NamedElement n ? n.getName() : o.eClass().getName();
  }

  private EObject commonAncestor(EObject a, EObject b) {
    Set<EObject> ancestors = new HashSet<>();
    for (EObject x = a; x != null; x = parent.apply(x)) {
      ancestors.add(x);
    }
    for (EObject x = b; x != null; x = parent.apply(x)) {
      if (ancestors.contains(x)) {
        return x;
      }
    }
    return null;
  }

  /** The ID of an element's interface. */
  String interfaceId(EObject element, String name) {
    return LineToCaex.uuid("interface:" + id.apply(element) + "#" + name); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The links an element holds, in the order they were found. */
  List<Link> heldBy(EObject e) {
    return held.getOrDefault(e, List.of());
  }

  /** The references that start from an element: the names of its reference interfaces. */
  Set<String> referencesFrom(EObject e) {
    return sources.getOrDefault(e, Set.of());
  }

  boolean isReferenced(EObject e) {
    return referenced.contains(e);
  }

  /** The flows from an element that take a share of its pieces: each has a port of its own. */
  List<Flow> probabilityFlows(EObject e) {
    return probabilityFlows.getOrDefault(e, List.of());
  }

  boolean isReworkTarget(EObject e) {
    return reworkTargets.contains(e);
  }

  /** References that no element holds both partners of (across plants); they are not written. */
  List<String> warnings() {
    return warnings;
  }
}
