package org.linebench.aml.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.Clearance;
import org.linebench.model.line.Component;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.model.line.Distribution;
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
 * Writes line models as text of the line language, laid out as the line formatter lays it out
 * (one declaration per line, blocks indented by a tab, blank lines between groups), so that a
 * written file is already formatted. Written piecewise for the import, which streams: a plant or
 * line is opened, its members follow as they are read, then it is closed.
 *
 * <p>References are written as the names that resolve from where they stand: the part of the
 * target's qualified name below the element both lie in ({@code OP20.Z20} from a line's emergency
 * stop). An element outside any container (an import's stand-in for an element already written)
 * is written by its name, which then holds that relative name.
 */
public final class LineText {
  private enum Group { HEADER, VARIANT, NODE, BLOCK, FLOW, STOP, HAZARD, DATA, TYPE }

  private final Appendable out;
  private final Syntax syntax = Syntax.get();
  private int depth;
  private Group last;
  private boolean first = true;

  public LineText(Appendable out) {
    this.out = out;
  }

  /** The whole file: namespace, imports and every element. */
  public static String write(LineFile file) {
    StringBuilder b = new StringBuilder();
    try {
      LineText t = new LineText(b);
      t.header(file.getNamespace(), file.getImports().stream().map(i -> i.getImportedNamespace()).toList());
      for (TopLevelElement e : file.getElements()) {
        t.topLevel(e);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringBuilder does not fail
    }
    return b.toString();
  }

  public void header(String namespace, List<String> imports) throws IOException {
    if (namespace != null) {
      out.append("namespace ").append(qualified(namespace)).append('\n'); //$NON-NLS-1$
      first = false;
    }
    for (int i = 0; i < imports.size(); i++) {
      out.append(i == 0 && !first ? "\n" : "").append("import ").append(importName(imports.get(i))).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      first = false;
    }
  }

  /** A top-level element: a type on one line, a plant or line with all it holds. */
  public void topLevel(TopLevelElement e) throws IOException {
    switch (e) {
      case Plant p -> {
        openPlant(p);
        for (ShiftCalendar c : p.getCalendars()) {
          member(c);
        }
        for (Line l : p.getLines()) {
          openLine(l);
          for (EObject m : lineMembers(l)) {
            member(m);
          }
          close();
        }
        for (DataSet d : p.getDataSets()) {
          member(d);
        }
        for (DataFlow d : p.getDataFlows()) {
          member(d);
        }
        close();
      }
      case Line l -> {
        openLine(l);
        for (EObject m : lineMembers(l)) {
          member(m);
        }
        close();
      }
      default -> {
        separate(Group.TYPE);
        line(type(e));
        last = Group.TYPE;
      }
    }
  }

  private static List<EObject> lineMembers(Line l) {
    List<EObject> members = new ArrayList<>();
    members.addAll(l.getVariants());
    members.addAll(l.getSources());
    members.addAll(l.getStations());
    members.addAll(l.getBuffers());
    members.addAll(l.getSinks());
    members.addAll(l.getFlows());
    members.addAll(l.getEmergencyStops());
    members.addAll(l.getHazards());
    return members;
  }

  /** Opens a plant: its header, values and texts; its lines and data follow. */
  public void openPlant(Plant p) throws IOException {
    separate(Group.BLOCK);
    line("plant " + named(p) + " {"); //$NON-NLS-1$ //$NON-NLS-2$
    depth++;
    last = null;
    if (p.getSite() != null || p.getJurisdiction() != null || p.getLanguage() != null || p.getMaker() != null || p.getAddress() != null
        || !p.getTexts().isEmpty() || !p.getEditions().isEmpty() || p.isCriticalInfrastructure()) {
      last = Group.HEADER;
    }
    if (p.getSite() != null) {
      line("site " + syntax.string(p.getSite())); //$NON-NLS-1$
    }
    if (p.getJurisdiction() != null) {
      line("country " + syntax.id(p.getJurisdiction())); //$NON-NLS-1$
    }
    if (p.getLanguage() != null) {
      line("language " + syntax.id(p.getLanguage())); //$NON-NLS-1$
    }
    if (p.getMaker() != null) {
      line("maker " + syntax.string(p.getMaker())); //$NON-NLS-1$
    }
    if (p.getAddress() != null) {
      line("address " + syntax.string(p.getAddress())); //$NON-NLS-1$
    }
    for (String e : p.getEditions()) {
      line("edition " + syntax.string(e)); //$NON-NLS-1$
    }
    if (p.isCriticalInfrastructure()) {
      line("ciio"); //$NON-NLS-1$
    }
    for (OperatorText t : p.getTexts()) {
      line(text(t));
    }
  }

  /**
   * Opens a line: header and takt; its members follow. A line of a plant of another file names
   * it with {@code of}; {@code plantName} overrides the name written there (null: from the model).
   */
  public void openLine(Line l) throws IOException {
    openLine(l, null);
  }

  public void openLine(Line l, String plantName) throws IOException {
    separate(Group.BLOCK);
    String of = plantName != null ? plantName : l.getPlant() != null && !(l.eContainer() instanceof Plant) ? ref(l, l.getPlant()) : null;
    line("line " + named(l) + (of != null ? " of " + of : "") + " {"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    depth++;
    last = null;
    if (l.getTakt() != null) {
      line("takt " + quantity(l.getTakt())); //$NON-NLS-1$
      last = Group.HEADER;
    }
    if (l.getCalendar() != null) {
      line("shifts " + ref(l, l.getCalendar())); //$NON-NLS-1$
      last = Group.HEADER;
    }
    if (l.getCrew() != null) {
      line("crew " + l.getCrew()); //$NON-NLS-1$
      last = Group.HEADER;
    }
  }

  /** The calendar the open line works by, by the name that reaches it from the line. */
  public void shifts(String calendar) throws IOException {
    single(Group.HEADER, "shifts " + qualified(calendar)); //$NON-NLS-1$
  }

  /** Closes the plant or line opened last. */
  public void close() throws IOException {
    depth--;
    line("}"); //$NON-NLS-1$
    last = Group.BLOCK;
  }

  /** A member of a line (source, station, buffer, sink, flow, emergency stop) or of a plant (data, data flow). */
  public void member(EObject m) throws IOException {
    switch (m) {
      case Station s -> station(s);
      case Source s -> single(Group.NODE, "source " + named(s) + timed(" every ", s.getInterarrival(), s.getInterarrivalVariation())); //$NON-NLS-1$ //$NON-NLS-2$
      case Sink s -> single(Group.NODE, "sink " + named(s)); //$NON-NLS-1$
      case Buffer b -> single(Group.NODE, "buffer " + named(b) + " capacity " + b.getCapacity()); //$NON-NLS-1$ //$NON-NLS-2$
      case Flow f -> single(Group.FLOW, "flow " + ref(f, f.getFrom()) + " -> " + ref(f, f.getTo()) + (f.isRework() ? " rework" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          + opt(" probability ", f.getProbability())); //$NON-NLS-1$
      case Variant v -> single(Group.VARIANT, "variant " + named(v) + opt(" share ", v.getShare()) + (v.getLot() != null ? " lot " + v.getLot() : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      case Hazard h -> single(Group.HAZARD, hazard(h));
      case ShiftCalendar c -> calendar(c);
      case EmergencyStop e -> single(Group.STOP, emergencyStop(e));
      case DataSet d -> single(Group.DATA, dataSet(d));
      case DataFlow d -> single(Group.DATA, "data-flow " + named(d) + " " + ref(d, d.getData()) + " to " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + syntax.string(d.getDestination()) + " in " + syntax.id(d.getCountry()) + clearance(d.getClearance())); //$NON-NLS-1$
      default -> throw new IllegalArgumentException(m.eClass().getName());
    }
  }

  private void single(Group group, String text) throws IOException {
    separate(group);
    line(text);
    last = group;
  }

  private void station(Station s) throws IOException {
    StringBuilder head = new StringBuilder("station ").append(named(s)); //$NON-NLS-1$
    if (s.getType() != null) {
      head.append(" : ").append(ref(s, s.getType())); //$NON-NLS-1$
    } else {
      head.append(' ').append(syntax.word(s.getKind()));
    }
    List<String> body = new ArrayList<>();
    if (s.getCycleTime() != null) {
      body.add("cycle-time " + quantity(s.getCycleTime()) + variation(s.getCycleVariation())); //$NON-NLS-1$
    }
    if (s.getOperators() != null) {
      body.add("operators " + s.getOperators()); //$NON-NLS-1$
    }
    if (s.getMtbf() != null) {
      body.add("mtbf " + quantity(s.getMtbf()) + variation(s.getMtbfVariation())); //$NON-NLS-1$
    }
    if (s.getMttr() != null) {
      body.add("mttr " + quantity(s.getMttr()) + variation(s.getMttrVariation())); //$NON-NLS-1$
    }
    if (s.getSetupTime() != null) {
      body.add("setup-time " + quantity(s.getSetupTime()) + variation(s.getSetupVariation())); //$NON-NLS-1$
    }
    if (s.getStoppingTime() != null) {
      body.add("stopping-time " + quantity(s.getStoppingTime())); //$NON-NLS-1$
    }
    List<EObject> members = new ArrayList<>();
    members.addAll(s.getEquipment());
    members.addAll(s.getZones());
    members.addAll(s.getDevices());
    members.addAll(s.getSafetyFunctions());
    members.addAll(s.getSensors());
    members.addAll(s.getModels());
    for (EObject m : members) {
      body.add(stationMember(m));
    }
    if (s.getFailures() != null) {
      PredictedFailures f = s.getFailures();
      body.add("failures predicted-by " + ref(s, f.getModel()) + (f.getReadings() != null ? " readings " + syntax.string(f.getReadings()) : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + timed(" repair ", f.getRepair(), f.getRepairVariation())); //$NON-NLS-1$
    }
    for (OperatorText t : s.getTexts()) {
      body.add(text(t));
    }
    if (body.isEmpty()) {
      single(Group.NODE, head.toString());
      return;
    }
    separate(Group.BLOCK);
    line(head + " {"); //$NON-NLS-1$
    depth++;
    for (String b : body) {
      for (String l : b.split("\n", -1)) { //$NON-NLS-1$
        if (l.startsWith("\t")) { //$NON-NLS-1$
          depth++;
          line(l.substring(1));
          depth--;
        } else {
          line(l);
        }
      }
    }
    depth--;
    line("}"); //$NON-NLS-1$
    last = Group.BLOCK;
  }

  private String stationMember(EObject m) {
    return switch (m) {
      case Robot r -> robot(r);
      case Machine x -> equipment("machine", x) + opt(" power ", x.getPower()) + marks(x.getMarks()); //$NON-NLS-1$ //$NON-NLS-2$
      case Component c -> equipment("component", c) + (c.isSetCategory() ? " category " + syntax.word(c.getCategory()) : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + marks(c.getMarks());
      case HazardZone z -> "zone " + named(z) + opt(" height ", z.getHeight()); //$NON-NLS-1$ //$NON-NLS-2$
      case Guard g -> "guard " + named(g) + " protects " + ref(g, g.getZone()) + opt(" height ", g.getHeight()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + opt(" distance ", g.getDistance()) + opt(" opening ", g.getOpening()) + opt(" ground-clearance ", g.getGroundClearance()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      case InterlockedDoor d -> "interlocked-door " + named(d) + " protects " + ref(d, d.getZone()) + opt(" response ", d.getResponseTime()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + opt(" distance ", d.getDistance()) + opt(" opening ", d.getOpening()) + (d.isLocking() ? " locking" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      case LightCurtain c -> "light-curtain " + named(c) + " protects " + ref(c, c.getZone()) + opt(" detection ", c.getDetection()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + (c.getBeams().isEmpty() ? "" : " beams " + c.getBeams().stream().map(this::quantity).collect(Collectors.joining(", "))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + opt(" response ", c.getResponseTime()) + opt(" distance ", c.getDistance()) + opt(" top ", c.getTop()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      case PressureMat p -> "pressure-mat " + named(p) + " protects " + ref(p, p.getZone()) + opt(" response ", p.getResponseTime()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + opt(" distance ", p.getDistance()) + opt(" step ", p.getStep()); //$NON-NLS-1$ //$NON-NLS-2$
      case TwoHandControl t -> "two-hand-control " + named(t) + " protects " + ref(t, t.getZone()) + opt(" response ", t.getResponseTime()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + opt(" distance ", t.getDistance()) + (t.isShielded() ? " shielded" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      case SafetyFunction f -> safetyFunction(f);
      case Sensor s -> "sensor " + named(s) + " measures " + syntax.word(s.getQuantity()) //$NON-NLS-1$ //$NON-NLS-2$
          + (s.getUnit() != null ? " unit " + s.getUnit() : "") + opt(" rate ", s.getSamplingRate()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      case ModelAttachment a -> model(a);
      default -> throw new IllegalArgumentException(m.eClass().getName());
    };
  }

  private String robot(Robot r) {
    StringBuilder b = new StringBuilder(equipment("robot", r)); //$NON-NLS-1$
    b.append(opt(" payload ", r.getPayload())).append(opt(" reach ", r.getReach())).append(opt(" speed ", r.getMaxSpeed())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (r.isCollaborative()) {
      b.append(" collaborative"); //$NON-NLS-1$
      if (!r.getCollaborativeModes().isEmpty()) {
        b.append(" modes ").append(words(r.getCollaborativeModes())); //$NON-NLS-1$
      }
    }
    return b.append(marks(r.getMarks())).toString();
  }

  private String equipment(String keyword, Equipment e) {
    return keyword + " " + named(e) + (e.getType() != null ? " : " + ref(e, e.getType()) : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private String marks(List<String> marks) {
    return marks.isEmpty() ? "" : " marks " + marks.stream().map(syntax::id).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private String safetyFunction(SafetyFunction f) {
    StringBuilder b = new StringBuilder("safety-function ").append(named(f)); //$NON-NLS-1$
    if (f.isSetSeverity() && f.isSetFrequency() && f.isSetAvoidance()) {
      b.append(" risk ").append(syntax.word(f.getSeverity())).append(' ').append(syntax.word(f.getFrequency())).append(' ') //$NON-NLS-1$
          .append(syntax.word(f.getAvoidance()));
    }
    if (f.isSetAchievedPl()) {
      b.append(" achieved ").append(syntax.word(f.getAchievedPl())); //$NON-NLS-1$
    }
    if (f.getPfhd() != null) {
      b.append(" pfhd ").append(syntax.number(f.getPfhd())); //$NON-NLS-1$
    }
    if (f.getCategory() != null) {
      b.append(" category ").append(f.getCategory().matches("\\d+") ? f.getCategory() : syntax.id(f.getCategory())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (f.getMttfd() != null) {
      b.append(" mttfd ").append(syntax.number(f.getMttfd())).append(" years"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (f.getDcAvg() != null) {
      b.append(" dc-avg ").append(syntax.number(f.getDcAvg())).append(" %"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (f.getCcf() != null) {
      b.append(" ccf ").append(f.getCcf()); //$NON-NLS-1$
    }
    if (!f.getDevices().isEmpty()) {
      b.append(" devices ").append(f.getDevices().stream().map(d -> ref(f, d)).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (f.getModel() != null) {
      b.append(" uses-model ").append(ref(f, f.getModel())); //$NON-NLS-1$
    }
    return b.toString();
  }

  /** A model attachment; its feature bindings on lines of their own, marked by a leading tab. */
  private String model(ModelAttachment m) {
    StringBuilder b = new StringBuilder("model ").append(named(m)).append(" card ").append(syntax.string(m.getCard() == null ? "" : m.getCard())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        .append(" purpose ").append(syntax.word(m.getPurpose())); //$NON-NLS-1$
    if (!m.getBindings().isEmpty()) {
      b.append(" {"); //$NON-NLS-1$
      for (FeatureBinding f : m.getBindings()) {
        b.append("\n\tfeature ").append(syntax.string(f.getFeature())).append(" -> ").append(ref(f, f.getSensor())); //$NON-NLS-1$ //$NON-NLS-2$
      }
      b.append("\n}"); //$NON-NLS-1$
    }
    if (m.isHumanOverride()) {
      b.append(" human-override"); //$NON-NLS-1$
    }
    return b.toString();
  }

  private String emergencyStop(EmergencyStop e) {
    return "emergency-stop " + named(e) + (e.getCategory() != null ? " category " + e.getCategory() : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        + (e.getCovers().isEmpty() ? "" : " covers " + e.getCovers().stream().map(z -> ref(e, z)).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private String hazard(Hazard h) {
    StringBuilder b = new StringBuilder("hazard ").append(named(h)).append(" in ").append(ref(h, h.getZone())); //$NON-NLS-1$ //$NON-NLS-2$
    if (h.isSetKind()) {
      b.append(" kind ").append(syntax.word(h.getKind())); //$NON-NLS-1$
    }
    if (!h.getPhases().isEmpty()) {
      b.append(" phase ").append(words(h.getPhases())); //$NON-NLS-1$
    }
    if (!h.getPersons().isEmpty()) {
      b.append(" persons ").append(words(h.getPersons())); //$NON-NLS-1$
    }
    if (h.isSetSeverity() && h.isSetFrequency() && h.isSetAvoidance()) {
      b.append(" risk ").append(syntax.word(h.getSeverity())).append(' ').append(syntax.word(h.getFrequency())).append(' ') //$NON-NLS-1$
          .append(syntax.word(h.getAvoidance()));
    }
    if (h.getDesign() != null) {
      b.append(" design ").append(syntax.string(h.getDesign())); //$NON-NLS-1$
    }
    if (!h.getMeasures().isEmpty()) {
      b.append(" measures ").append(h.getMeasures().stream().map(m -> ref(h, m)).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (h.isSetResidual()) {
      b.append(" residual ").append(syntax.word(h.getResidual())); //$NON-NLS-1$
    }
    return b.toString();
  }

  /** A shift calendar: a block of shifts (with their breaks), days and planned stops. */
  private void calendar(ShiftCalendar c) throws IOException {
    separate(Group.BLOCK);
    line("calendar " + named(c) + " {"); //$NON-NLS-1$ //$NON-NLS-2$
    depth++;
    for (Shift s : c.getShifts()) {
      StringBuilder b = new StringBuilder("shift ").append(named(s)).append(' ').append(s.getStart()).append(" to ").append(s.getEnd()); //$NON-NLS-1$ //$NON-NLS-2$
      for (PlannedStop p : s.getBreaks()) {
        b.append(" break ").append(p.getStart()).append(" for ").append(quantity(p.getDuration())); //$NON-NLS-1$ //$NON-NLS-2$
      }
      line(b.toString());
    }
    if (!c.getDays().isEmpty()) {
      line("days " + words(c.getDays())); //$NON-NLS-1$
    }
    for (PlannedStop p : c.getStops()) {
      line("planned-stop " + named(p) + (p.isSetDay() ? " " + syntax.word(p.getDay()) : "") + " " + p.getStart() + " for " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
          + quantity(p.getDuration()));
    }
    depth--;
    line("}"); //$NON-NLS-1$
    last = Group.BLOCK;
  }

  /** A time with how it varies, after its keyword; empty when there is none. */
  private String timed(String keyword, Quantity q, Distribution variation) {
    return q == null ? "" : keyword + quantity(q) + variation(variation); //$NON-NLS-1$
  }

  /** How a time varies, written after it: {@code  triangular 50 s to 58 s}, {@code  lognormal sd 3 s}; empty for none. */
  private String variation(Distribution d) {
    if (d == null) {
      return ""; //$NON-NLS-1$
    }
    StringBuilder b = new StringBuilder(" ").append(syntax.word(d.getKind())); //$NON-NLS-1$
    switch (d.getKind()) {
      case TRIANGULAR -> b.append(opt(" ", d.getLow())).append(opt(" to ", d.getHigh())); //$NON-NLS-1$ //$NON-NLS-2$
      case LOGNORMAL, NORMAL -> b.append(opt(" sd ", d.getSd())); //$NON-NLS-1$
      case WEIBULL -> b.append(d.getShape() == null ? "" : " shape " + syntax.number(d.getShape())); //$NON-NLS-1$ //$NON-NLS-2$
      case EMPIRICAL -> b.append(' ').append(syntax.string(d.getData() == null ? "" : d.getData())) //$NON-NLS-1$
          .append(d.getColumn() == null ? "" : " column " + syntax.string(d.getColumn())); //$NON-NLS-1$ //$NON-NLS-2$
      default -> {
        // exponential: no parameter
      }
    }
    return b.toString();
  }

  private String clearance(Clearance c) {
    return c == null ? "" : " cleared-by " + syntax.word(c.getKind()) + " " + syntax.string(c.getReference()) + " on " + syntax.string(c.getDate()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }

  private String dataSet(DataSet d) {
    StringBuilder b = new StringBuilder("data ").append(named(d)).append(" class ").append(syntax.word(d.getClassification())); //$NON-NLS-1$ //$NON-NLS-2$
    if (d.getStoredIn() != null) {
      b.append(" stored-in ").append(syntax.id(d.getStoredIn())); //$NON-NLS-1$
    }
    if (d.isPersonalInformation()) {
      b.append(" personal-information"); //$NON-NLS-1$
    }
    if (!d.getSensors().isEmpty()) {
      b.append(" sensors ").append(d.getSensors().stream().map(s -> ref(d, s)).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return b.append(clearance(d.getClearance())).toString();
  }

  private String type(TopLevelElement e) {
    if (e instanceof StationType t) {
      return "station-type " + named(t) + " kind " + syntax.word(t.getKind()) + timed(" cycle-time ", t.getCycleTime(), t.getCycleVariation()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + (t.getOperators() != null ? " operators " + t.getOperators() : "") + timed(" mtbf ", t.getMtbf(), t.getMtbfVariation()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          + timed(" mttr ", t.getMttr(), t.getMttrVariation()) + opt(" setup-time ", t.getSetupTime()); //$NON-NLS-1$ //$NON-NLS-2$
    }
    EquipmentType t = (EquipmentType) e;
    StringBuilder b = new StringBuilder("equipment-type ").append(named(t)).append(" kind ").append(syntax.word(t.getKind())); //$NON-NLS-1$ //$NON-NLS-2$
    if (t.getMaker() != null) {
      b.append(" maker ").append(syntax.string(t.getMaker())); //$NON-NLS-1$
    }
    b.append(opt(" payload ", t.getPayload())).append(opt(" reach ", t.getReach())).append(opt(" speed ", t.getMaxSpeed())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        .append(opt(" power ", t.getPower())); //$NON-NLS-1$
    if (t.isSetCategory()) {
      b.append(" category ").append(syntax.word(t.getCategory())); //$NON-NLS-1$
    }
    b.append(marks(t.getMarks()));
    if (!t.getCollaborativeModes().isEmpty()) {
      b.append(" modes ").append(words(t.getCollaborativeModes())); //$NON-NLS-1$
    }
    return b.toString();
  }

  private String text(OperatorText t) {
    return "text " + syntax.word(t.getKind()) + " " + syntax.id(t.getLanguage()) + " " + syntax.string(t.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private String named(NamedElement e) {
    return syntax.id(e.getName()) + (e.getLabel() != null ? " " + syntax.string(e.getLabel()) : ""); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private String words(List<? extends Enumerator> values) {
    return values.stream().map(syntax::word).collect(Collectors.joining(", ")); //$NON-NLS-1$
  }

  private String opt(String keyword, Quantity q) {
    return q == null ? "" : keyword + quantity(q); //$NON-NLS-1$
  }

  private String quantity(Quantity q) {
    return syntax.number(q.getValue()) + (q.getUnit() != null ? " " + q.getUnit() : ""); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private String qualified(String name) {
    List<String> parts = new ArrayList<>();
    for (String p : name.split("\\.")) { //$NON-NLS-1$
      parts.add(syntax.id(p));
    }
    return String.join(".", parts); //$NON-NLS-1$
  }

  private String importName(String imported) {
    return imported.endsWith(".*") ? qualified(imported.substring(0, imported.length() - 2)) + ".*" : qualified(imported); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The name by which {@code target} is reached from {@code context}. */
  String ref(EObject context, EObject target) {
    if (!(target instanceof NamedElement n)) {
      return "?"; //$NON-NLS-1$
    }
    if (target instanceof TopLevelElement || parent(target) == null) {
      return qualified(n.getName());
    }
    Set<EObject> around = new HashSet<>();
    for (EObject x = context; x != null; x = parent(x)) {
      around.add(x);
    }
    List<String> names = new ArrayList<>();
    for (EObject x = target; x != null && !around.contains(x); x = parent(x)) {
      names.add(0, ((NamedElement) x).getName());
    }
    return qualified(String.join(".", names)); //$NON-NLS-1$
  }

  private static EObject parent(EObject e) {
    if (e instanceof Line l && !(l.eContainer() instanceof Plant)) {
      return Effective.plant(l);
    }
    EObject c = e.eContainer();
    return c instanceof LineFile ? null : c;
  }

  /** A blank line before a member: between groups, around blocks, between top-level elements. */
  private void separate(Group group) throws IOException {
    if (first) {
      first = false;
      return;
    }
    if (depth == 0) {
      out.append('\n');
      return;
    }
    if (last != null && (group != last || group == Group.BLOCK || last == Group.BLOCK)) {
      out.append('\n');
    }
  }

  private void line(String text) throws IOException {
    for (int i = 0; i < depth; i++) {
      out.append('\t');
    }
    out.append(text).append('\n');
  }
}
