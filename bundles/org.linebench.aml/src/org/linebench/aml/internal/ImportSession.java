package org.linebench.aml.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.linebench.aml.AmlException;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.EmergencyStop;
import org.linebench.model.line.Flow;
import org.linebench.model.line.Hazard;
import org.linebench.model.line.Line;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Station;
import org.linebench.model.line.TopLevelElement;

/**
 * Turns what the instance reader passes on into line files: plants and lines are opened and closed
 * in their files as they stream, stations and the other members of a line are written when they
 * have been read, material flows when the line's links are read; emergency stops and data wait
 * for the links that tell what they cover or hold. Elements outside a line get one made up for
 * them. Every interface that a later link may end at is remembered with the path of its element.
 */
final class ImportSession implements InstanceReader.Handler {
  /** An interface a link may end at: its element's path from its plant, kind, and the element when it waits for links. */
  private record Target(List<String> path, String iface, Kind kind, Elements.Direction direction, EObject waiting) {}

  /** An open plant or line (or a plant or line inside another, passed through). */
  private static final class Container {
    final Kind kind;
    final List<String> path;
    final OutputFiles.Output out;
    final Set<String> names = new HashSet<>();
    final List<EObject> waiting = new ArrayList<>();
    final boolean madeUp;

    Container(Kind kind, List<String> path, OutputFiles.Output out, boolean madeUp) {
      this.kind = kind;
      this.path = path;
      this.out = out;
      this.madeUp = madeUp;
    }
  }

  private final ImportContext context;
  private final OutputFiles files;
  private final Elements elements;
  private final StationBuilder stations;
  private final Map<String, Target> targets = new HashMap<>();
  /** Where the elements that wait for links stand in the file, for the report when none comes. */
  private final Map<EObject, CaexNode> waitingAt = new HashMap<>();
  private final Deque<Container> open = new ArrayDeque<>();
  private String hierarchy;
  private OutputFiles.Output file;

  ImportSession(ImportContext context, OutputFiles files) {
    this.context = context;
    this.files = files;
    this.elements = new Elements(context, this::cardPath);
    this.stations = new StationBuilder(context, this::cardPath);
  }

  /**
   * Writes the station and equipment types of the system unit class libraries, each library into
   * its file: LineBench's own types as they were, other tools' classes that are stations or
   * equipment by their roles or names. Classes that are neither are reported.
   */
  void types() throws IOException {
    for (CaexNode d : context.index.duplicates) {
      context.unmapped(d, NLS.bind(Messages.Import_duplicateClass, d.path));
    }
    for (Map.Entry<String, List<String>> lib : context.index.unitLibraries.entrySet()) {
      if (lib.getKey().equals(Caex.LB_UNITS)) {
        continue;
      }
      CaexNode.FileInfo info = context.index.libraryFiles.get(lib.getKey());
      OutputFiles.Output out = null;
      for (String path : lib.getValue()) {
        CaexNode suc = context.index.units.get(path);
        Kind kind = context.classifier.classify(new CaexNode(suc.name, suc.id, path, suc.at));
        if (kind != Kind.STATION && (kind == null || !kind.isEquipment())) {
          context.unmapped(suc, NLS.bind(Messages.Import_classUnmapped, suc.name));
          continue;
        }
        if (out == null) {
          out = files.get(FilePaths.file(info, lib.getKey()), FilePaths.namespace(info, lib.getKey()), List.of());
          if (info == null) {
            context.typeNamespaces.add(out.namespace);
          }
        }
        TopLevelElement t = elements.type(suc, kind, out.names);
        context.types.put(path, new ImportContext.TypeRef(kind, t.getName()));
        out.text.topLevel(t);
        out.elements++;
        context.report.mapped(kind == Kind.STATION ? "station-type" : "equipment-type"); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }

  @Override
  public void hierarchy(String name, CaexNode.FileInfo info, CaexNode.Position at) throws IOException {
    hierarchy = name;
    List<String> imports = info != null ? info.imports() : context.typeNamespaces.stream().map(ns -> ns + ".*").toList(); //$NON-NLS-1$
    file = files.get(FilePaths.file(info, name), FilePaths.namespace(info, name), imports);
  }

  @Override
  public void open(CaexNode node, Kind kind) throws IOException {
    context.checkClasses(node);
    if (kind == Kind.PLANT) {
      if (real(Kind.PLANT) != null) {
        passThrough(node, kind);
        return;
      }
      closeMadeUp();
      Plant p = elements.plant(node, file.names);
      file.text.openPlant(p);
      file.elements++;
      context.report.mapped(kind.keyword());
      open.push(new Container(Kind.PLANT, List.of(p.getName()), file, false));
      return;
    }
    if (real(Kind.LINE) != null && !real(Kind.LINE).madeUp) {
      passThrough(node, kind);
      return;
    }
    if (real(Kind.LINE) != null) {
      closeContainer();
    }
    Container plant = plant(node);
    Line l = elements.line(node, plant.names);
    OutputFiles.Output out = plant.out;
    String of = null;
    if (node.fileInfo != null && node.fileInfo.file() != null) {
      out = files.get(FilePaths.file(node.fileInfo, l.getName()), FilePaths.namespace(node.fileInfo, hierarchy), node.fileInfo.imports());
      if (out != plant.out) {
        of = (out.namespace != null && out.namespace.equals(plant.out.namespace)) || plant.out.namespace == null ? plant.path.get(0)
            : plant.out.namespace + "." + plant.path.get(0); //$NON-NLS-1$
        out.elements++;
      }
    }
    if (of != null) {
      out.text.openLine(l, of);
    } else {
      out.text.openLine(l);
    }
    context.report.mapped(kind.keyword());
    List<String> path = append(plant.path, l.getName());
    open.push(new Container(Kind.LINE, path, out, false));
    List<Elements.Registered> registered = new ArrayList<>();
    elements.ports(node, Kind.LINE, List.of(), registered);
    for (Elements.Registered r : registered) {
      targets.put(r.id(), new Target(path, r.iface(), Kind.LINE, r.direction(), null));
    }
  }

  private void passThrough(CaexNode node, Kind kind) {
    context.unmapped(node, NLS.bind(Messages.Import_nestedContainer, kind.keyword()));
    Container outer = open.peek();
    open.push(new Container(null, outer.path, outer.out, false));
  }

  @Override
  public void element(CaexNode n) throws IOException {
    context.checkClasses(n);
    Kind kind = n.kind;
    if (kind == Kind.PLANT || kind == Kind.LINE) {
      open(n, kind);
      for (CaexNode c : n.children) {
        element(c);
      }
      for (CaexNode.Link l : n.links) {
        link(n, l);
      }
      close(n);
      return;
    }
    if (kind != null && (kind.isFlowNode() || kind == Kind.EMERGENCY_STOP || kind == Kind.HAZARD || kind == Kind.VARIANT)) {
      Container line = line(n);
      List<Elements.Registered> registered = new ArrayList<>();
      NamedElement e = switch (kind) {
        case STATION -> stations.station(n, line.names, registered);
        case EMERGENCY_STOP -> elements.stop(n, line.names, registered);
        case HAZARD -> elements.hazard(n, line.names, registered);
        case VARIANT -> elements.variant(n, line.names);
        default -> elements.node(n, kind, line.names, registered);
      };
      remember(line.path, e, kind, registered);
      context.report.mapped(kind.keyword());
      if (e instanceof Station s) {
        count(s);
      }
      if (kind == Kind.EMERGENCY_STOP || kind == Kind.HAZARD) {
        line.waiting.add(e);
        waitingAt.put(e, n);
      } else {
        line.out.text.member(e);
      }
      return;
    }
    if (kind == Kind.CALENDAR) {
      Container plant = plant(n);
      List<Elements.Registered> registered = new ArrayList<>();
      NamedElement e = elements.calendar(n, plant.names, registered);
      remember(plant.path, e, kind, registered);
      context.report.mapped(kind.keyword());
      plant.out.text.member(e);
      return;
    }
    if (kind == Kind.DATA_SET || kind == Kind.DATA_FLOW) {
      Container plant = plant(n);
      List<Elements.Registered> registered = new ArrayList<>();
      NamedElement e = kind == Kind.DATA_SET ? elements.dataSet(n, plant.names, registered) : elements.dataFlow(n, plant.names, registered);
      remember(plant.path, e, kind, registered);
      context.report.mapped(kind.keyword());
      plant.waiting.add(e);
      waitingAt.put(e, n);
      return;
    }
    context.unmapped(n, kind == null ? Messages.Import_elementUnmapped : NLS.bind(Messages.Import_misplaced, kind.keyword(), kind.place()));
    for (CaexNode c : n.children) {
      element(c);
    }
    for (CaexNode.Link l : n.links) {
      link(n, l);
    }
  }

  private void count(Station s) {
    for (EObject o : (Iterable<EObject>) s::eAllContents) {
      Kind k = Kind.of(o);
      if (k != null) {
        context.report.mapped(k.keyword());
      }
    }
  }

  private void remember(List<String> base, NamedElement e, Kind kind, List<Elements.Registered> registered) {
    List<String> path = append(base, e.getName());
    boolean waits = kind == Kind.EMERGENCY_STOP || kind == Kind.HAZARD || kind == Kind.DATA_SET || kind == Kind.DATA_FLOW;
    for (Elements.Registered r : registered) {
      List<String> p = new ArrayList<>(path);
      p.addAll(r.path());
      targets.put(r.id(), new Target(p, r.iface(), r.kind(), r.direction(), waits && r.path().isEmpty() ? e : null));
    }
  }

  @Override
  public void link(CaexNode holder, CaexNode.Link l) throws IOException {
    Target a = targets.get(l.sideA());
    Target b = targets.get(l.sideB());
    String where = holder.path + "/" + l.name(); //$NON-NLS-1$
    if (a == null || b == null) {
      context.unmapped(l.at(), where, NLS.bind(Messages.Import_linkPartnerMissing, a == null ? l.sideA() : l.sideB()));
      return;
    }
    if (a.kind().isFlowNode() && b.kind().isFlowNode()) {
      flow(l, where, a, b);
    } else if (!waiting(a, b) && !waiting(b, a) && !calendar(a, b) && !calendar(b, a)) {
      context.unmapped(l.at(), where, NLS.bind(Messages.Import_linkUnmapped, l.name()));
    }
  }

  private void flow(CaexNode.Link l, String where, Target a, Target b) throws IOException {
    Target from = a;
    Target to = b;
    if (a.direction() == Elements.Direction.IN || a.direction() == Elements.Direction.REWORK || b.direction() == Elements.Direction.OUT) {
      from = b;
      to = a;
    }
    Container line = real(Kind.LINE);
    String f = line == null ? null : relative(from.path(), line.path);
    String t = line == null ? null : relative(to.path(), line.path);
    if (f == null || t == null) {
      context.unmapped(l.at(), where, Messages.Import_flowBetweenLines);
      return;
    }
    Flow flow = Elements.F.createFlow();
    flow.setFrom(standIn(Elements.F.createSource(), f));
    flow.setTo(standIn(Elements.F.createSource(), t));
    flow.setRework(to.direction() == Elements.Direction.REWORK);
    org.linebench.model.line.Quantity share = context.shares.get(from == a ? l.sideA() : l.sideB());
    if (share != null) {
      flow.setProbability(EcoreUtil.copy(share));
    }
    line.out.text.member(flow);
    context.report.mapped("flow"); //$NON-NLS-1$
  }

  /** Writes the calendar a line works by, when the link is held by that line while it is open; false if it means nothing. */
  private boolean calendar(Target line, Target calendar) throws IOException {
    Container open = real(Kind.LINE);
    if (line.kind() != Kind.LINE || calendar.kind() != Kind.CALENDAR || !References.SHIFTS.equals(line.iface()) || open == null
        || !open.path.equals(line.path())) {
      return false;
    }
    String name = relative(calendar.path(), open.path.subList(0, open.path.size() - 1));
    if (name == null) {
      return false;
    }
    open.out.text.shifts(name);
    return true;
  }

  /** Gives a waiting emergency stop, data set or data flow the element a link connects it to; false if it means nothing. */
  private boolean waiting(Target w, Target other) {
    if (w.waiting() == null) {
      return false;
    }
    Container holder = containerOf(w.waiting());
    String name = holder == null ? null : relative(other.path(), holder.path);
    if (name == null) {
      return false;
    }
    if (w.waiting() instanceof EmergencyStop e && other.kind() == Kind.ZONE) {
      e.getCovers().add(standIn(Elements.F.createHazardZone(), name));
      return true;
    }
    if (w.waiting() instanceof Hazard h && References.ZONE.equals(w.iface()) && other.kind() == Kind.ZONE) {
      h.setZone(standIn(Elements.F.createHazardZone(), name));
      return true;
    }
    if (w.waiting() instanceof Hazard h && References.MEASURES.equals(w.iface())) {
      h.getMeasures().add(standIn(Elements.F.createHazardZone(), name));
      return true;
    }
    if (w.waiting() instanceof DataSet d && other.kind() == Kind.SENSOR) {
      d.getSensors().add(standIn(Elements.F.createSensor(), name));
      return true;
    }
    if (w.waiting() instanceof DataFlow d && other.kind() == Kind.DATA_SET) {
      d.setData(standIn(Elements.F.createDataSet(), name));
      return true;
    }
    return false;
  }

  private Container containerOf(EObject waiting) {
    for (Container c : open) {
      if (c.waiting.contains(waiting)) {
        return c;
      }
    }
    return null;
  }

  /** An element written elsewhere, standing in for it by the name that reaches it. */
  private static <T extends NamedElement> T standIn(T e, String name) {
    e.setName(name);
    return e;
  }

  @Override
  public void close(CaexNode node) throws IOException {
    closeMadeUpLine();
    closeContainer();
  }

  private void closeContainer() throws IOException {
    Container c = open.pop();
    if (c.kind == null) {
      return;
    }
    for (EObject w : c.waiting) {
      if (w instanceof EmergencyStop || w instanceof DataSet || w instanceof DataFlow d && d.getData() != null
          || w instanceof Hazard h && h.getZone() != null) {
        c.out.text.member(w);
      } else {
        String name = ((NamedElement) w).getName();
        CaexNode n = waitingAt.get(w);
        context.unmapped(n.at, n.path, NLS.bind(w instanceof Hazard ? Messages.Import_hazardWithoutZone : Messages.Import_dataFlowWithoutData, name));
      }
      waitingAt.remove(w);
    }
    c.out.text.close();
  }

  @Override
  public void endHierarchy() throws IOException {
    while (!open.isEmpty()) {
      closeContainer();
    }
  }

  private void closeMadeUp() throws IOException {
    while (!open.isEmpty() && open.peek().madeUp) {
      closeContainer();
    }
  }

  private void closeMadeUpLine() throws IOException {
    if (!open.isEmpty() && open.peek().madeUp && open.peek().kind == Kind.LINE) {
      closeContainer();
    }
  }

  /** The innermost open container of this kind that is no pass-through. */
  private Container real(Kind kind) {
    for (Container c : open) {
      if (c.kind == kind) {
        return c;
      }
    }
    return null;
  }

  /** The open plant, or one made up (named after the hierarchy) for an element outside any. */
  private Container plant(CaexNode n) throws IOException {
    Container p = real(Kind.PLANT);
    if (p != null) {
      return p;
    }
    Plant made = Elements.F.createPlant();
    made.setName(Names.unique(file.names, Names.identifier(hierarchy, "Plant"))); //$NON-NLS-1$
    file.text.openPlant(made);
    file.elements++;
    context.changed(n, NLS.bind(Messages.Import_madeUpPlant, made.getName()));
    Container c = new Container(Kind.PLANT, List.of(made.getName()), file, true);
    open.push(c);
    return c;
  }

  /** The open line, or one made up for a station, source, sink or buffer outside any. */
  private Container line(CaexNode n) throws IOException {
    Container l = real(Kind.LINE);
    if (l != null) {
      return l;
    }
    Container plant = plant(n);
    Line made = Elements.F.createLine();
    made.setName(Names.unique(plant.names, Names.identifier(hierarchy, "Line"))); //$NON-NLS-1$
    plant.out.text.openLine(made);
    context.changed(n, NLS.bind(Messages.Import_madeUpLine, made.getName()));
    Container c = new Container(Kind.LINE, append(plant.path, made.getName()), plant.out, true);
    open.push(c);
    return c;
  }

  /** The part of a path below a base path, as a qualified name; null when it does not lie below it. */
  private static String relative(List<String> path, List<String> base) {
    if (path.size() <= base.size() || !path.subList(0, base.size()).equals(base)) {
      return null;
    }
    return String.join(".", path.subList(base.size(), path.size())); //$NON-NLS-1$
  }

  private static List<String> append(List<String> path, String name) {
    List<String> p = new ArrayList<>(path);
    p.add(name);
    return List.copyOf(p);
  }

  /** The path to write for a model's card (or a data file): the refURI, relative to the AutomationML file, from the line file being written. */
  private String cardPath(String refUri) {
    Container line = real(Kind.LINE);
    if (line == null && file == null) {
      return refUri; // a type's, before any hierarchy: as written
    }
    Path lineFolder = (line == null ? file : line.out).path().getParent();
    try {
      URI uri = new URI(refUri.trim());
      Path card = uri.isAbsolute() && "file".equals(uri.getScheme()) ? Path.of(uri) //$NON-NLS-1$
          : context.aml.toAbsolutePath().getParent().resolve(uri.getPath()).normalize();
      Path relative = lineFolder.relativize(card);
      // a way up to the root of the file system and down again is no relative path worth writing
      boolean toRoot = relative.getNameCount() > 0 && relative.getName(0).toString().equals("..") //$NON-NLS-1$
          && lineFolder.getRoot() != null && card.getNameCount() > 0 && !card.getName(0).equals(lineFolder.getName(0));
      return (toRoot ? card : relative).toString().replace('\\', '/');
    } catch (URISyntaxException | IllegalArgumentException e) {
      return refUri;
    }
  }
}
