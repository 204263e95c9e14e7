package org.linebench.rules.internal.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.linebench.dsl.api.Effective;
import org.linebench.rules.api.line.Buffer;
import org.linebench.rules.api.line.DataFlow;
import org.linebench.rules.api.line.DataSet;
import org.linebench.rules.api.line.EmergencyStop;
import org.linebench.rules.api.line.Equipment;
import org.linebench.rules.api.line.Flow;
import org.linebench.rules.api.line.FlowNode;
import org.linebench.rules.api.line.HazardZone;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.ModelAttachment;
import org.linebench.rules.api.line.OperatorText;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Sensor;
import org.linebench.rules.api.line.Sink;
import org.linebench.rules.api.line.Source;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.api.line.StationKind;
import org.linebench.rules.api.line.StationType;

/** The plant, its lines, their flow nodes and flows, and catalogue station types, as the view shows them. */
final class Structure {
  private Structure() {}

  static final class PlantView extends Node.Named implements Plant {
    private final Optional<String> country;
    private final Optional<String> language;
    private final Optional<String> site;
    private final Optional<String> maker;
    private final Optional<String> address;
    final List<Line> lines = new ArrayList<>();
    final List<Station> stations = new ArrayList<>();
    final List<DataSet> dataSets = new ArrayList<>();
    final List<DataFlow> dataFlows = new ArrayList<>();
    final List<OperatorText> texts = new ArrayList<>();

    PlantView(Views views, org.linebench.model.line.Plant p) {
      super(views, p);
      country = Optional.ofNullable(p.getJurisdiction());
      language = Optional.ofNullable(p.getLanguage());
      site = Optional.ofNullable(p.getSite());
      maker = Optional.ofNullable(p.getMaker());
      address = Optional.ofNullable(p.getAddress());
    }

    @Override
    public Optional<String> country() {
      return country;
    }

    @Override
    public Optional<String> language() {
      return language;
    }

    @Override
    public Optional<String> site() {
      return site;
    }

    @Override
    public Optional<String> maker() {
      return maker;
    }

    @Override
    public Optional<String> address() {
      return address;
    }

    @Override
    public List<Line> lines() {
      return Collections.unmodifiableList(lines);
    }

    @Override
    public List<Station> stations() {
      return Collections.unmodifiableList(stations);
    }

    @Override
    public List<DataSet> dataSets() {
      return Collections.unmodifiableList(dataSets);
    }

    @Override
    public List<DataFlow> dataFlows() {
      return Collections.unmodifiableList(dataFlows);
    }

    @Override
    public List<OperatorText> texts() {
      return Collections.unmodifiableList(texts);
    }
  }

  static final class LineView extends Node.Named implements Line {
    private final Plant plant;
    private final org.linebench.model.line.Quantity takt;
    final List<Source> sources = new ArrayList<>();
    final List<Station> stations = new ArrayList<>();
    final List<Buffer> buffers = new ArrayList<>();
    final List<Sink> sinks = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final List<EmergencyStop> emergencyStops = new ArrayList<>();

    LineView(Views views, org.linebench.model.line.Line l, Plant plant) {
      super(views, l);
      this.plant = plant;
      this.takt = l.getTakt();
    }

    @Override
    public Plant plant() {
      return plant;
    }

    @Override
    public Optional<Quantity> takt() {
      return Quantities.of(takt);
    }

    @Override
    public List<Source> sources() {
      return Collections.unmodifiableList(sources);
    }

    @Override
    public List<Station> stations() {
      return Collections.unmodifiableList(stations);
    }

    @Override
    public List<Buffer> buffers() {
      return Collections.unmodifiableList(buffers);
    }

    @Override
    public List<Sink> sinks() {
      return Collections.unmodifiableList(sinks);
    }

    @Override
    public List<Flow> flows() {
      return Collections.unmodifiableList(flows);
    }

    @Override
    public List<EmergencyStop> emergencyStops() {
      return Collections.unmodifiableList(emergencyStops);
    }
  }

  static final class SourceView extends Node.Named implements Source {
    SourceView(Views views, org.linebench.model.line.Source s) {
      super(views, s);
    }
  }

  static final class SinkView extends Node.Named implements Sink {
    SinkView(Views views, org.linebench.model.line.Sink s) {
      super(views, s);
    }
  }

  static final class BufferView extends Node.Named implements Buffer {
    private final int capacity;

    BufferView(Views views, org.linebench.model.line.Buffer b) {
      super(views, b);
      capacity = b.getCapacity();
    }

    @Override
    public int capacity() {
      return capacity;
    }
  }

  static final class FlowView extends Node implements Flow {
    private final Optional<FlowNode> from;
    private final Optional<FlowNode> to;
    private final boolean rework;

    FlowView(Views views, org.linebench.model.line.Flow f) {
      super(views, f);
      from = views.find(Effective.resolved(f.getFrom()), FlowNode.class);
      to = views.find(Effective.resolved(f.getTo()), FlowNode.class);
      rework = f.isRework();
    }

    @Override
    public Optional<FlowNode> from() {
      return from;
    }

    @Override
    public Optional<FlowNode> to() {
      return to;
    }

    @Override
    public boolean rework() {
      return rework;
    }
  }

  static final class StationView extends Node.Named implements Station {
    private final Line line;
    private final Optional<StationType> type;
    private final Optional<StationKind> kind;
    private final org.linebench.model.line.Quantity cycleTime;
    private final Optional<Integer> operators;
    private final org.linebench.model.line.Quantity mtbf;
    private final org.linebench.model.line.Quantity mttr;
    private final org.linebench.model.line.Quantity stoppingTime;
    final List<Equipment> equipment = new ArrayList<>();
    final List<HazardZone> zones = new ArrayList<>();
    final List<SafetyDevice> devices = new ArrayList<>();
    final List<SafetyFunction> safetyFunctions = new ArrayList<>();
    final List<Sensor> sensors = new ArrayList<>();
    final List<OperatorText> texts = new ArrayList<>();
    final List<ModelAttachment> models = new ArrayList<>();

    StationView(Views views, org.linebench.model.line.Station s, Line line) {
      super(views, s);
      this.line = line;
      type = Optional.ofNullable(views.stationType(Effective.type(s)));
      kind = Enums.of(Effective.kind(s), StationKind.class);
      cycleTime = Effective.cycleTime(s);
      operators = Optional.ofNullable(Effective.operators(s));
      mtbf = Effective.mtbf(s);
      mttr = Effective.mttr(s);
      stoppingTime = s.getStoppingTime();
    }

    @Override
    public Line line() {
      return line;
    }

    @Override
    public Optional<StationType> type() {
      return type;
    }

    @Override
    public Optional<StationKind> kind() {
      return kind;
    }

    @Override
    public Optional<Quantity> cycleTime() {
      return Quantities.of(cycleTime);
    }

    @Override
    public Optional<Integer> operators() {
      return operators;
    }

    @Override
    public Optional<Quantity> mtbf() {
      return Quantities.of(mtbf);
    }

    @Override
    public Optional<Quantity> mttr() {
      return Quantities.of(mttr);
    }

    @Override
    public Optional<Quantity> stoppingTime() {
      return Quantities.of(stoppingTime);
    }

    @Override
    public List<Equipment> equipment() {
      return Collections.unmodifiableList(equipment);
    }

    @Override
    public List<HazardZone> zones() {
      return Collections.unmodifiableList(zones);
    }

    @Override
    public List<SafetyDevice> devices() {
      return Collections.unmodifiableList(devices);
    }

    @Override
    public List<SafetyFunction> safetyFunctions() {
      return Collections.unmodifiableList(safetyFunctions);
    }

    @Override
    public List<Sensor> sensors() {
      return Collections.unmodifiableList(sensors);
    }

    @Override
    public List<OperatorText> texts() {
      return Collections.unmodifiableList(texts);
    }

    @Override
    public List<ModelAttachment> models() {
      return Collections.unmodifiableList(models);
    }
  }

  static final class StationTypeView extends Node.Named implements StationType {
    private final Optional<StationKind> kind;
    private final org.linebench.model.line.Quantity cycleTime;
    private final Optional<Integer> operators;
    private final org.linebench.model.line.Quantity mtbf;
    private final org.linebench.model.line.Quantity mttr;

    StationTypeView(Views views, org.linebench.model.line.StationType t) {
      super(views, t);
      kind = Enums.of(t.getKind(), StationKind.class);
      cycleTime = t.getCycleTime();
      operators = Optional.ofNullable(t.getOperators());
      mtbf = t.getMtbf();
      mttr = t.getMttr();
    }

    @Override
    public Optional<StationKind> kind() {
      return kind;
    }

    @Override
    public Optional<Quantity> cycleTime() {
      return Quantities.of(cycleTime);
    }

    @Override
    public Optional<Integer> operators() {
      return operators;
    }

    @Override
    public Optional<Quantity> mtbf() {
      return Quantities.of(mtbf);
    }

    @Override
    public Optional<Quantity> mttr() {
      return Quantities.of(mttr);
    }
  }
}
