package org.linebench.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.Component;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentKind;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Flow;
import org.linebench.model.line.FlowNode;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.Machine;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Robot;
import org.linebench.model.line.Sensor;
import org.linebench.model.line.Sink;
import org.linebench.model.line.Source;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationKind;
import org.linebench.model.units.Dimension;
import org.linebench.model.units.Numbers;
import org.linebench.model.units.Units;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Structural validation of line files: names, units, material flow, takt and what each kind of
 * station must declare. Certification rules are not here: they live in the rule packs. Checks of
 * other bundles join these through the extension point {@code org.linebench.dsl.validators} (the
 * model-attachment checks of {@code org.linebench.dsl.ml}): the language itself knows nothing of
 * machine learning.
 */
public class LineValidator extends AbstractLineValidator {
  private static final LinePackage L = LinePackage.eINSTANCE;
  private static final org.apache.log4j.Logger LOG = org.apache.log4j.Logger.getLogger(LineValidator.class);

  /** The dimension each quantity-valued attribute needs. */
  private static final Map<String, Dimension> EXPECTED = Map.ofEntries(
      Map.entry("cycleTime", Dimension.TIME), Map.entry("mtbf", Dimension.TIME), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry("mttr", Dimension.TIME), Map.entry("stoppingTime", Dimension.TIME), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry("takt", Dimension.TIME), Map.entry("responseTime", Dimension.TIME), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry("payload", Dimension.MASS), Map.entry("reach", Dimension.LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry("height", Dimension.LENGTH), Map.entry("distance", Dimension.LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry("opening", Dimension.LENGTH), Map.entry("detection", Dimension.LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry("maxSpeed", Dimension.SPEED), Map.entry("power", Dimension.POWER), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry("samplingRate", Dimension.FREQUENCY)); //$NON-NLS-1$

  // ------------------------------------------------------------------------------ contributed checks

  /**
   * Adds the validators contributed for line files beside this one, made by the same injector:
   * each registers itself for the line language's package, so the language's validation runs them
   * after these checks. A contribution that cannot be made is logged and left out.
   */
  @Inject
  void registerContributedValidators(Injector injector) {
    ContributedValidators.Loaded contributed = ContributedValidators.load();
    contributed.problems().forEach(LOG::error);
    for (AbstractDeclarativeValidator v : contributed.validators()) {
      injector.injectMembers(v); // runs its @Inject register(EValidatorRegistrar)
    }
  }

  // ------------------------------------------------------------------------------ units

  @Check
  public void checkQuantity(Quantity q) {
    EStructuralFeature feature = q.eContainingFeature();
    Dimension expected = feature == null ? null : EXPECTED.get(feature.getName());
    String unit = q.getUnit();
    if (unit == null || unit.isEmpty()) {
      error(NLS.bind(Messages.Unit_missing, format(q.getValue()), unitsOf(expected)), q, L.getQuantity_Value(),
          IssueCodes.MISSING_UNIT, expected == null ? "" : expected.baseUnit()); //$NON-NLS-1$
      return;
    }
    Optional<Units.Unit> u = Units.find(unit);
    if (u.isEmpty()) {
      error(NLS.bind(Messages.Unit_unknown, unit, unitsOf(expected)), q, L.getQuantity_Unit(), IssueCodes.UNKNOWN_UNIT,
          unit, expected == null ? "" : expected.baseUnit()); //$NON-NLS-1$
      return;
    }
    if (expected != null && u.get().dimension() != expected) {
      error(NLS.bind(Messages.Unit_incompatible, new Object[] {unit, Labels.dimension(u.get().dimension()),
          Labels.feature(feature.getName()), Labels.dimension(expected), unitsOf(expected)}), q, L.getQuantity_Unit(),
          IssueCodes.INCOMPATIBLE_UNIT, unit, expected.baseUnit());
    }
    if (q.getValue() < 0) {
      error(NLS.bind(Messages.NegativeValue, Labels.feature(feature == null ? "" : feature.getName()), //$NON-NLS-1$
          format(q.getValue()) + " " + unit), q, L.getQuantity_Value(), IssueCodes.NEGATIVE_VALUE); //$NON-NLS-1$
    }
  }

  @Check
  public void checkSensorUnit(Sensor s) {
    if (s.getUnit() == null) {
      return;
    }
    Optional<Dimension> expected = Effective.dimension(s.getQuantity());
    Optional<Units.Unit> u = Units.find(s.getUnit());
    if (u.isEmpty()) {
      if (expected.isPresent()) {
        error(NLS.bind(Messages.Unit_unknown, s.getUnit(), unitsOf(expected.get())), s, L.getSensor_Unit(),
            IssueCodes.UNKNOWN_UNIT, s.getUnit(), expected.get().baseUnit());
      }
      return;
    }
    if (expected.isPresent() && u.get().dimension() != expected.get()) {
      error(NLS.bind(Messages.Unit_incompatible, new Object[] {s.getUnit(), Labels.dimension(u.get().dimension()),
          Labels.feature("unit") + " '" + s.getName() + "'", Labels.dimension(expected.get()), unitsOf(expected.get())}), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          s, L.getSensor_Unit(), IssueCodes.INCOMPATIBLE_UNIT, s.getUnit(), expected.get().baseUnit());
    }
  }

  private static String unitsOf(Dimension d) {
    return Units.symbols().stream().filter(s -> d == null || Units.find(s).get().dimension() == d)
        .collect(Collectors.joining(", ")); //$NON-NLS-1$
  }

  private static String format(double v) {
    return Numbers.plain(v);
  }

  // ------------------------------------------------------------------------------ repeated properties

  /**
   * A property that takes one value, given more than once ({@code takt 60 s ... takt 50 s}): the
   * parser would keep the last one without a word. Read from the element's own nodes, once each.
   */
  @Check
  public void checkRepeatedProperties(EObject o) {
    ICompositeNode node = NodeModelUtils.getNode(o);
    if (node != null) {
      repeated(o, node, new HashSet<>(), new HashSet<>());
    }
  }

  /** The values assigned among a node's children, and inside unassigned rule calls (a plant inside a top-level element). */
  private void repeated(EObject o, ICompositeNode parent, Set<String> seen, Set<INode> reported) {
    for (INode child : parent.getChildren()) {
      Assignment a = GrammarUtil.containingAssignment(child.getGrammarElement());
      if (a == null) {
        if (child instanceof ICompositeNode c) {
          repeated(o, c, seen, reported);
        }
        continue;
      }
      EStructuralFeature f = o.eClass().getEStructuralFeature(a.getFeature());
      if (f == null || f.isMany() || seen.add(f.getName())) {
        continue;
      }
      INode keyword = keywordBefore(child);
      INode start = keyword != null ? keyword : child;
      if (reported.add(start)) {
        String what = keyword != null ? keyword.getText() : f.getName();
        getMessageAcceptor().acceptError(NLS.bind(Messages.Property_repeated, what, describe(o)), o, start.getOffset(),
            child.getEndOffset() - start.getOffset(), IssueCodes.REPEATED_PROPERTY, what);
      }
    }
  }

  /**
   * The keyword that introduces a value ({@code takt} before {@code 60 s}; {@code risk} before
   * {@code S2 F1 P2}), skipping whitespace, comments and the values before it in the same clause.
   */
  private static INode keywordBefore(INode value) {
    for (INode n = value.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
      boolean hidden = n instanceof ILeafNode leaf && leaf.isHidden();
      if (hidden || GrammarUtil.containingAssignment(n.getGrammarElement()) != null) {
        continue;
      }
      return n.getGrammarElement() instanceof Keyword ? n : null;
    }
    return null;
  }

  // ------------------------------------------------------------------------------ names

  @Check
  public void checkUniqueNames(LineFile file) {
    unique(file.getElements(), file);
  }

  @Check
  public void checkUniqueNames(Plant plant) {
    unique(plant.getLines(), plant);
    unique(concat(plant.getDataSets(), plant.getDataFlows()), plant);
  }

  @Check
  public void checkUniqueNames(Station station) {
    unique(concat(station.getEquipment(), station.getZones(), station.getDevices(), station.getSafetyFunctions(),
        station.getSensors(), station.getModels()), station);
  }

  private void unique(Collection<? extends NamedElement> elements, EObject scope) {
    Map<String, NamedElement> seen = new HashMap<>();
    for (NamedElement e : elements) {
      if (e.getName() != null && seen.putIfAbsent(e.getName(), e) != null) {
        error(NLS.bind(Messages.DuplicateName, e.getName(), describe(scope)), e, L.getNamedElement_Name(),
            IssueCodes.DUPLICATE_NAME, e.getName());
      }
    }
  }

  @SafeVarargs
  private static List<NamedElement> concat(Collection<? extends NamedElement>... parts) {
    List<NamedElement> all = new ArrayList<>();
    for (Collection<? extends NamedElement> p : parts) {
      all.addAll(p);
    }
    return all;
  }

  private static String describe(EObject scope) {
    String type = Labels.typeName(scope.eClass().getName());
    return scope instanceof NamedElement n && n.getName() != null ? type + " '" + n.getName() + "'" : type; //$NON-NLS-1$ //$NON-NLS-2$
  }

  // ------------------------------------------------------------------------------ plant

  @Check
  public void checkJurisdiction(Plant plant) {
    if (plant.getJurisdiction() == null || plant.getJurisdiction().isBlank()) {
      error(NLS.bind(Messages.Plant_missingJurisdiction, plant.getName()), plant, L.getNamedElement_Name(),
          IssueCodes.MISSING_JURISDICTION);
    }
  }

  // ------------------------------------------------------------------------------ lines and material flow

  @Check
  public void checkLinePlant(Line line) {
    if (line.eContainer() instanceof Plant container) {
      if (line.getPlant() != null) {
        warning(NLS.bind(Messages.Line_plantRedundant, line.getName(), container.getName()), line, L.getLine_Plant(),
            IssueCodes.LINE_PLANT_REDUNDANT);
      }
    } else if (line.getPlant() == null) {
      error(NLS.bind(Messages.Line_withoutPlant, line.getName()), line, L.getNamedElement_Name(),
          IssueCodes.LINE_WITHOUT_PLANT);
    }
  }

  @Check
  public void checkLine(Line line) {
    List<FlowNode> nodes = concatNodes(line);
    unique(concat(nodes, line.getEmergencyStops()), line);
    if (line.getSources().isEmpty()) {
      error(NLS.bind(Messages.Line_noSource, line.getName()), line, L.getNamedElement_Name(), IssueCodes.NO_SOURCE);
    }
    if (line.getSinks().isEmpty()) {
      error(NLS.bind(Messages.Line_noSink, line.getName()), line, L.getNamedElement_Name(), IssueCodes.NO_SINK);
    }
    if (line.getTakt() == null) {
      warning(NLS.bind(Messages.Line_missingTakt, line.getName()), line, L.getNamedElement_Name(), IssueCodes.MISSING_TAKT);
    }

    Map<FlowNode, List<Flow>> out = new IdentityHashMap<>();
    Map<FlowNode, List<Flow>> in = new IdentityHashMap<>();
    for (Flow f : line.getFlows()) {
      FlowNode from = f.getFrom();
      FlowNode to = f.getTo();
      if (from == null || to == null || from.eIsProxy() || to.eIsProxy()) {
        continue; // unresolved: reported by the linker
      }
      boolean ok = true;
      for (FlowNode n : new FlowNode[] {from, to}) {
        if (n.eContainer() != line) {
          error(NLS.bind(Messages.Flow_outOfLine, n.getName()), f, n == from ? L.getFlow_From() : L.getFlow_To(),
              IssueCodes.FLOW_OUT_OF_LINE);
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      if (from == to) {
        error(NLS.bind(Messages.Flow_self, from.getName()), f, L.getFlow_To(), IssueCodes.SELF_FLOW);
        continue;
      }
      out.computeIfAbsent(from, k -> new ArrayList<>()).add(f);
      in.computeIfAbsent(to, k -> new ArrayList<>()).add(f);
    }

    Set<FlowNode> fromSources = reach(line.getSources(), out, true);
    Set<FlowNode> toSinks = reach(line.getSinks(), in, false);
    for (FlowNode n : nodes) {
      if (!line.getSources().isEmpty() && !(n instanceof Source) && !fromSources.contains(n)) {
        error(NLS.bind(Messages.Flow_unreachable, n.getName(), line.getName()), n, L.getNamedElement_Name(),
            IssueCodes.UNREACHABLE);
      }
      if (!line.getSinks().isEmpty() && !(n instanceof Sink) && !toSinks.contains(n)) {
        error(NLS.bind(Messages.Flow_deadEnd, n.getName(), line.getName()), n, L.getNamedElement_Name(),
            IssueCodes.DEAD_END);
      }
    }
    checkCycles(nodes, out);
    for (Flow f : line.getFlows()) {
      if (f.isRework() && out.containsKey(f.getFrom()) && !reach(List.of(f.getTo()), out, true).contains(f.getFrom())) {
        warning(NLS.bind(Messages.Flow_reworkNotALoop, f.getTo().getName(), f.getFrom().getName()), f,
            L.getFlow_Rework(), IssueCodes.REWORK_NOT_A_LOOP);
      }
    }
  }

  private static List<FlowNode> concatNodes(Line line) {
    List<FlowNode> nodes = new ArrayList<>(line.getSources());
    nodes.addAll(line.getStations());
    nodes.addAll(line.getBuffers());
    nodes.addAll(line.getSinks());
    return nodes;
  }

  /** Nodes reachable from the starts over all flows, forwards or backwards. */
  private static Set<FlowNode> reach(Collection<? extends FlowNode> starts, Map<FlowNode, List<Flow>> edges,
      boolean forward) {
    Set<FlowNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<FlowNode> todo = new ArrayDeque<>(starts);
    seen.addAll(starts);
    while (!todo.isEmpty()) {
      for (Flow f : edges.getOrDefault(todo.pop(), List.of())) {
        FlowNode next = forward ? f.getTo() : f.getFrom();
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }

  /** Iterative depth-first search over the flows not declared as rework; a back edge closes a cycle. */
  private void checkCycles(List<FlowNode> nodes, Map<FlowNode, List<Flow>> out) {
    Map<FlowNode, Integer> state = new IdentityHashMap<>(); // absent: new, 1: on the path, 2: done
    for (FlowNode root : nodes) {
      if (state.containsKey(root)) {
        continue;
      }
      Deque<FlowNode> path = new ArrayDeque<>();
      Deque<Iterator<Flow>> iterators = new ArrayDeque<>();
      state.put(root, 1);
      path.push(root);
      iterators.push(out.getOrDefault(root, List.of()).iterator());
      while (!path.isEmpty()) {
        Iterator<Flow> it = iterators.peek();
        if (!it.hasNext()) {
          state.put(path.pop(), 2);
          iterators.pop();
          continue;
        }
        Flow f = it.next();
        if (f.isRework()) {
          continue;
        }
        FlowNode next = f.getTo();
        Integer s = state.get(next);
        if (s == null) {
          state.put(next, 1);
          path.push(next);
          iterators.push(out.getOrDefault(next, List.of()).iterator());
        } else if (s == 1) {
          error(NLS.bind(Messages.Flow_cycle, cycleText(path, next)), f, L.getFlow_To(), IssueCodes.FLOW_CYCLE);
        }
      }
    }
  }

  private static String cycleText(Deque<FlowNode> path, FlowNode start) {
    List<String> names = new ArrayList<>();
    for (Iterator<FlowNode> it = path.descendingIterator(); it.hasNext();) {
      FlowNode n = it.next();
      if (n == start || !names.isEmpty()) {
        names.add(n.getName());
      }
    }
    names.add(start.getName());
    if (names.size() > 8) {
      names = List.of(names.get(0), names.get(1), "…", names.get(names.size() - 2), names.get(names.size() - 1)); //$NON-NLS-1$
    }
    return String.join(" → ", names); //$NON-NLS-1$
  }

  // ------------------------------------------------------------------------------ stations

  @Check
  public void checkStation(Station s) {
    StationKind kind = Effective.kind(s);
    Optional<Double> cycle = Units.seconds(Effective.cycleTime(s));
    if (Effective.cycleTime(s) == null) {
      error(NLS.bind(Messages.Station_missingCycleTime, s.getName()), s, L.getNamedElement_Name(),
          IssueCodes.MISSING_CYCLE_TIME);
    } else if (s.eContainer() instanceof Line line && cycle.isPresent()) {
      Optional<Double> takt = Units.seconds(line.getTakt());
      if (takt.isPresent() && cycle.get() > takt.get()) {
        EStructuralFeature where = s.getCycleTime() != null ? L.getStation_CycleTime() : L.getNamedElement_Name();
        error(NLS.bind(Messages.Station_cycleTimeExceedsTakt, new Object[] {s.getName(), format(cycle.get()),
            line.getName(), format(takt.get())}), s, where, IssueCodes.CYCLE_TIME_EXCEEDS_TAKT);
      }
    }
    if (kind == StationKind.MANUAL_WORKSTATION) {
      Integer operators = Effective.operators(s);
      if (operators == null || operators < 1) {
        error(NLS.bind(Messages.Station_missingOperators, s.getName()), s, L.getNamedElement_Name(),
            IssueCodes.MISSING_OPERATORS);
      }
    }
    if (kind == StationKind.ROBOT_CELL && s.getEquipment().stream().noneMatch(Robot.class::isInstance)) {
      error(NLS.bind(Messages.Station_missingRobot, s.getName()), s, L.getNamedElement_Name(), IssueCodes.MISSING_ROBOT);
    }
    if (Effective.isHazardous(kind) && s.getZones().isEmpty()) {
      error(NLS.bind(Messages.Station_missingHazardZone, s.getName(), kind.getLiteral()), s, L.getNamedElement_Name(),
          IssueCodes.MISSING_HAZARD_ZONE);
    }
    if (!s.getZones().isEmpty() && s.getStoppingTime() == null) {
      warning(NLS.bind(Messages.Station_missingStoppingTime, s.getName()), s, L.getNamedElement_Name(),
          IssueCodes.MISSING_STOPPING_TIME);
    }
  }

  @Check
  public void checkBuffer(Buffer b) {
    if (b.getCapacity() < 1) {
      error(NLS.bind(Messages.Buffer_capacity, b.getName(), b.getCapacity()), b, L.getBuffer_Capacity(),
          IssueCodes.BUFFER_CAPACITY);
    }
  }

  @Check
  public void checkEmergencyStop(EmergencyStop e) {
    Integer c = e.getCategory();
    if (c != null && (c < 0 || c > 2)) {
      error(NLS.bind(Messages.EmergencyStop_category, e.getName(), c), e, L.getEmergencyStop_Category(),
          IssueCodes.STOP_CATEGORY);
    }
  }

  @Check
  public void checkEquipmentType(Equipment e) {
    EquipmentType type = Effective.type(e);
    if (type == null) {
      return;
    }
    EquipmentKind needed = e instanceof Robot ? EquipmentKind.ROBOT
        : e instanceof Machine ? EquipmentKind.MACHINE : e instanceof Component ? EquipmentKind.COMPONENT : null;
    if (needed != null && type.getKind() != needed) {
      error(NLS.bind(Messages.Equipment_kind, new Object[] {type.getName(), type.getKind().getLiteral(),
          e.getName(), needed.getLiteral()}), e, L.getEquipment_Type(), IssueCodes.EQUIPMENT_KIND);
    }
  }
}
