package org.linebench.rules.internal.view;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Component;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Guard;
import org.linebench.model.line.InterlockedDoor;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.Machine;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SafetyDevice;
import org.linebench.model.line.StationType;
import org.linebench.rules.PlantModel;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.internal.Locations;

/**
 * Builds the read-only view of a plant ({@code org.linebench.rules.api.line}) from the loaded
 * model, in one go and in one thread: containment first, then the references between elements,
 * so that rules running side by side afterwards never touch the model (no proxy resolution, no
 * lazy lists). References to elements outside the plant (other than catalogue types) are not
 * followed.
 */
public final class Views {
  private final Map<EObject, Node> nodes = new IdentityHashMap<>();
  private final Map<Resource, Optional<Path>> files = new ConcurrentHashMap<>();

  private Views() {}

  /** The view of a plant with its lines. */
  public static Plant of(PlantModel model) {
    return new Views().build(model);
  }

  private Plant build(PlantModel model) {
    Structure.PlantView plant = put(new Structure.PlantView(this, model.plant()));
    for (org.linebench.model.line.Line l : model.lines()) {
      plant.lines.add(line(plant, l));
    }
    plant.lines.forEach(l -> plant.stations.addAll(l.stations()));
    model.plant().getTexts().forEach(t -> plant.texts.add(new Data.TextView(this, t)));
    // references: devices (zones) and models (sensors); then what refers to devices and models
    for (org.linebench.model.line.Line l : model.lines()) {
      for (org.linebench.model.line.Station s : l.getStations()) {
        Structure.StationView st = (Structure.StationView) nodes.get(s);
        s.getDevices().forEach(d -> st.devices.add(put(device(d))));
        s.getModels().forEach(m -> st.models.add(put(new Data.ModelView(this, m))));
      }
    }
    model.plant().getDataSets().forEach(d -> plant.dataSets.add(put(new Data.DataSetView(this, d))));
    for (org.linebench.model.line.Line l : model.lines()) {
      Structure.LineView line = (Structure.LineView) nodes.get(l);
      for (org.linebench.model.line.Station s : l.getStations()) {
        Structure.StationView st = (Structure.StationView) nodes.get(s);
        s.getSafetyFunctions().forEach(f -> st.safetyFunctions.add(put(new Safety.FunctionView(this, f))));
      }
      l.getFlows().forEach(f -> line.flows.add(new Structure.FlowView(this, f)));
      l.getEmergencyStops().forEach(e -> line.emergencyStops.add(put(new Safety.EmergencyStopView(this, e))));
    }
    model.plant().getDataFlows().forEach(f -> plant.dataFlows.add(put(new Data.DataFlowView(this, f))));
    return plant;
  }

  private Structure.LineView line(Plant plant, org.linebench.model.line.Line l) {
    Structure.LineView line = put(new Structure.LineView(this, l, plant));
    l.getSources().forEach(s -> line.sources.add(put(new Structure.SourceView(this, s))));
    for (org.linebench.model.line.Station s : l.getStations()) {
      Structure.StationView st = put(new Structure.StationView(this, s, line));
      s.getEquipment().forEach(e -> st.equipment.add(put(equipment(e))));
      s.getZones().forEach(z -> st.zones.add(put(new Safety.ZoneView(this, z))));
      s.getSensors().forEach(x -> st.sensors.add(put(new Data.SensorView(this, x))));
      s.getTexts().forEach(t -> st.texts.add(new Data.TextView(this, t)));
      line.stations.add(st);
    }
    l.getBuffers().forEach(b -> line.buffers.add(put(new Structure.BufferView(this, b))));
    l.getSinks().forEach(s -> line.sinks.add(put(new Structure.SinkView(this, s))));
    return line;
  }

  private Equipments.EquipmentView equipment(Equipment e) {
    if (e instanceof Robot r) {
      return new Equipments.RobotView(this, r);
    }
    if (e instanceof Machine m) {
      return new Equipments.MachineView(this, m);
    }
    return new Equipments.ComponentView(this, (Component) e);
  }

  private Safety.DeviceView device(SafetyDevice d) {
    if (d instanceof Guard g) {
      return new Safety.GuardView(this, g);
    }
    if (d instanceof LightCurtain c) {
      return new Safety.CurtainView(this, c);
    }
    return new Safety.DoorView(this, (InterlockedDoor) d);
  }

  private <N extends Node> N put(N node) {
    nodes.put(node.model, node);
    return node;
  }

  /** The view of a catalogue station type, made once; null for null. */
  Structure.StationTypeView stationType(StationType t) {
    return t == null ? null : (Structure.StationTypeView) nodes.computeIfAbsent(t, k -> new Structure.StationTypeView(this, t));
  }

  /** The view of a catalogue equipment type, made once; null for null. */
  Equipments.TypeView equipmentType(EquipmentType t) {
    return t == null ? null : (Equipments.TypeView) nodes.computeIfAbsent(t, k -> new Equipments.TypeView(this, t));
  }

  /** The view of a model object already built, if it is one of the given kind. */
  <T> Optional<T> find(EObject model, Class<T> type) {
    Node n = model == null ? null : nodes.get(Effective.resolved(model));
    return type.isInstance(n) ? Optional.of(type.cast(n)) : Optional.empty();
  }

  /** The file an element was loaded from, looked up once per resource. */
  Path file(EObject model) {
    Resource r = model.eResource();
    return r == null ? null : files.computeIfAbsent(r, k -> Optional.ofNullable(Locations.file(model))).orElse(null);
  }
}
