package org.linebench.aas.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.digitaltwin.aas4j.v3.model.AssetAdministrationShell;
import org.eclipse.digitaltwin.aas4j.v3.model.AssetKind;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultAssetAdministrationShell;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultAssetInformation;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultEnvironment;
import org.eclipse.emf.ecore.EObject;
import org.linebench.aas.SafetyFinding;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Component;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Flow;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Machine;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Robot;
import org.linebench.model.line.Station;
import org.linebench.model.line.TopLevelElement;

/**
 * The AAS environment of line files: a shell per line, per station and per piece of equipment, each
 * for its asset (an instance), with the submodels LineBench has data for: Digital Nameplate and
 * Technical Data (IDTA templates), LineBench's safety and machine-learning submodels, and a line's
 * structure (takt, stations, material flows, and in a package the AutomationML file of the line).
 */
public final class EnvironmentBuilder {
  static final String LINE_SUBMODEL = Ids.concept("submodel:line:1"); //$NON-NLS-1$
  /** The media type of AutomationML documents. */
  static final String AML_TYPE = "application/automationml-aml+xml"; //$NON-NLS-1$

  /** The environment, and the files an AASX package carries beside it (model cards). */
  public record Result(Environment environment, List<MlModels.Attached> files) {}

  private final List<AssetAdministrationShell> shells = new ArrayList<>();
  private final List<Submodel> submodels = new ArrayList<>();
  private final Concepts concepts = new Concepts();
  private final List<MlModels.Attached> attached = new ArrayList<>();
  private final List<SafetyFinding> findings;
  private final String amlPath;
  private final String validDate;
  private final Map<LineFile, Path> paths = new LinkedHashMap<>();

  private EnvironmentBuilder(List<SafetyFinding> findings, String amlPath, String validDate) {
    this.findings = findings;
    this.amlPath = amlPath;
    this.validDate = validDate;
  }

  /**
   * Builds the environment of the plants and lines of the files (types come with the elements of
   * those types).
   *
   * @param amlPath where the package holds the lines' AutomationML file, or null (JSON, XML)
   * @param validDate the Technical Data's ValidDate, ISO (2026-11-29)
   */
  public static Result build(Map<Path, LineFile> files, List<SafetyFinding> findings, String amlPath, String validDate) {
    EnvironmentBuilder b = new EnvironmentBuilder(findings, amlPath, validDate);
    files.forEach((p, f) -> b.paths.put(f, p));
    Map<Plant, Set<Line>> lines = new LinkedHashMap<>();
    for (LineFile f : files.values()) {
      for (TopLevelElement e : f.getElements()) {
        if (e instanceof Plant p) {
          lines.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(p.getLines());
        } else if (e instanceof Line l && Effective.plant(l) != null) {
          lines.computeIfAbsent(Effective.plant(l), k -> new LinkedHashSet<>()).add(l);
        }
      }
    }
    lines.forEach((plant, ls) -> ls.forEach(l -> b.line(plant, l)));
    Environment env = new DefaultEnvironment.Builder().assetAdministrationShells(b.shells).submodels(b.submodels)
        .conceptDescriptions(b.concepts.descriptions()).build();
    return new Result(env, b.attached);
  }

  private void line(Plant plant, Line line) {
    List<SubmodelElement> e = new ArrayList<>();
    Safety.add(e, concepts.quantity("Takt", Concepts.TAKT, line.getTakt())); //$NON-NLS-1$
    List<SubmodelElement> stations = new ArrayList<>();
    for (Station s : line.getStations()) {
      stations.add(Sm.collection("Station", Ids.concept("line-station"), List.of( //$NON-NLS-1$ //$NON-NLS-2$
          Sm.text("Name", Ids.concept("name"), s.getName()), Sm.text("Shell", Ids.concept("shell-id"), Ids.shell(s))))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
    if (!stations.isEmpty()) {
      e.add(Sm.list("Stations", Ids.concept("line-stations"), stations)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    List<SubmodelElement> flows = new ArrayList<>();
    for (Flow f : line.getFlows()) {
      if (f.getFrom() != null && f.getTo() != null) {
        flows.add(Sm.collection("Flow", Ids.concept("material-flow"), List.of( //$NON-NLS-1$ //$NON-NLS-2$
            Sm.text("From", Ids.concept("flow-from"), f.getFrom().getName()), Sm.text("To", Ids.concept("flow-to"), f.getTo().getName()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Sm.flag("Rework", Ids.concept("flow-rework"), f.isRework())))); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    if (!flows.isEmpty()) {
      e.add(Sm.list("Flows", Ids.concept("material-flows"), flows)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (amlPath != null) {
      e.add(Sm.file("AutomationML", Ids.concept("automationml"), amlPath, AML_TYPE)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    Submodel structure = Sm.submodel(Ids.submodel(line, "Line"), "LineBenchLine", LINE_SUBMODEL, e); //$NON-NLS-1$ //$NON-NLS-2$
    List<SafetyFinding> own = findings.stream().filter(f -> belongsToLine(f, plant, line)).toList();
    shell(line, structure, Safety.ofLine(line, line.getEmergencyStops(), line.getHazards(), own));
    for (Station s : line.getStations()) {
      station(plant, s);
    }
  }

  /** A finding about the line, or about the plant (then it goes to the plant's first line). */
  private boolean belongsToLine(SafetyFinding f, Plant plant, Line line) {
    String element = f.element() == null ? "" : f.element(); //$NON-NLS-1$
    for (Station s : line.getStations()) {
      if (within(element, key(s))) {
        return false;
      }
    }
    if (within(element, key(line))) {
      return true;
    }
    List<Line> plantLines = plant.getLines().isEmpty() ? List.of(line) : plant.getLines();
    return plantLines.get(0) == line && (element.isEmpty() || within(element, key(plant)));
  }

  private static boolean within(String element, String key) {
    return element.equals(key) || element.startsWith(key + "."); //$NON-NLS-1$
  }

  private static String key(EObject e) {
    return String.join(".", Ids.names(e)); //$NON-NLS-1$
  }

  private void station(Plant plant, Station s) {
    String language = plant.getLanguage() == null ? "en" : plant.getLanguage(); //$NON-NLS-1$
    String type = s.getType() == null ? null : s.getType().getName();
    Templates.Product product = new Templates.Product(plant.getMaker(), s.getLabel() != null ? s.getLabel() : s.getName(), language, type,
        plant.getJurisdiction(), List.of());
    List<SubmodelElement> props = new ArrayList<>();
    if (Effective.kind(s) != null) {
      props.add(Sm.text("StationKind", Ids.concept("station-kind"), Effective.kind(s).getLiteral())); //$NON-NLS-1$ //$NON-NLS-2$
    }
    props.add(concepts.quantity("CycleTime", Concepts.CYCLE_TIME, Effective.cycleTime(s))); //$NON-NLS-1$
    props.add(concepts.count("Operators", Concepts.OPERATORS, Effective.operators(s))); //$NON-NLS-1$
    props.add(concepts.quantity("MTBF", Concepts.MTBF, Effective.mtbf(s))); //$NON-NLS-1$
    props.add(concepts.quantity("MTTR", Concepts.MTTR, Effective.mttr(s))); //$NON-NLS-1$
    props.add(concepts.quantity("StoppingTime", Concepts.STOPPING_TIME, s.getStoppingTime())); //$NON-NLS-1$
    String key = key(s);
    List<SafetyFinding> own = findings.stream().filter(f -> within(f.element() == null ? "" : f.element(), key)).toList(); //$NON-NLS-1$
    LineFile file = (LineFile) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(s);
    shell(s, Templates.nameplate(s, product), technical(s, product, props), Safety.of(s, own, concepts),
        MlModels.of(s, paths.get(file), attached));
    for (Equipment q : s.getEquipment()) {
      equipment(q);
    }
  }

  private void equipment(Equipment q) {
    EquipmentType t = q.getType() == null || q.getType().eIsProxy() ? null : q.getType();
    Set<String> marks = new LinkedHashSet<>(q.getMarks());
    if (t != null) {
      marks.addAll(t.getMarks());
    }
    String designation = t != null && t.getLabel() != null ? t.getLabel() : t != null ? t.getName() : q.getLabel() != null ? q.getLabel() : q.getName();
    Templates.Product product = new Templates.Product(t == null ? null : t.getMaker(), designation, "en", t == null ? null : t.getName(), //$NON-NLS-1$
        null, new ArrayList<>(marks));
    List<SubmodelElement> props = new ArrayList<>();
    props.add(Sm.text("EquipmentKind", Ids.concept("equipment-kind"), q.eClass().getName().toLowerCase(java.util.Locale.ROOT))); //$NON-NLS-1$ //$NON-NLS-2$
    if (q instanceof Robot r) {
      props.add(concepts.quantity("Payload", Concepts.PAYLOAD, r.getPayload() != null ? r.getPayload() : t == null ? null : t.getPayload())); //$NON-NLS-1$
      props.add(concepts.quantity("Reach", Concepts.REACH, r.getReach() != null ? r.getReach() : t == null ? null : t.getReach())); //$NON-NLS-1$
      props.add(concepts.quantity("MaxSpeed", Concepts.MAX_SPEED, r.getMaxSpeed() != null ? r.getMaxSpeed() : t == null ? null : t.getMaxSpeed())); //$NON-NLS-1$
      props.add(Sm.flag("Collaborative", Ids.concept("collaborative"), r.isCollaborative())); //$NON-NLS-1$ //$NON-NLS-2$
      List<?> modes = !r.getCollaborativeModes().isEmpty() || t == null ? r.getCollaborativeModes() : t.getCollaborativeModes();
      if (!modes.isEmpty()) {
        props.add(Sm.text("CollaborativeModes", Ids.concept("collaborative-modes"), modes.toString().replaceAll("[\\[\\]]", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
    } else if (q instanceof Machine m) {
      props.add(concepts.quantity("Power", Concepts.POWER, m.getPower() != null ? m.getPower() : t == null ? null : t.getPower())); //$NON-NLS-1$
    } else if (q instanceof Component c) {
      Object category = c.isSetCategory() ? c.getCategory() : t != null && t.isSetCategory() ? t.getCategory() : null;
      if (category != null) {
        props.add(Sm.text("ComponentCategory", Ids.concept("component-category"), category.toString())); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    shell(q, Templates.nameplate(q, product), technical(q, product, props));
  }

  private Submodel technical(EObject asset, Templates.Product product, List<SubmodelElement> props) {
    return Templates.technicalData(asset, product, props, "Exported by LineBench from the line model; values in the units of their concept descriptions.", //$NON-NLS-1$
        validDate);
  }

  private void shell(EObject asset, Submodel... submodelsOfShell) {
    List<Submodel> own = java.util.Arrays.stream(submodelsOfShell).filter(Objects::nonNull).toList();
    submodels.addAll(own);
    shells.add(new DefaultAssetAdministrationShell.Builder().id(Ids.shell(asset)).idShort(Ids.idShort(asset))
        .assetInformation(new DefaultAssetInformation.Builder().assetKind(AssetKind.INSTANCE).globalAssetId(Ids.asset(asset)).build())
        .submodels(own.stream().map(Sm::to).toList()).build());
  }
}
