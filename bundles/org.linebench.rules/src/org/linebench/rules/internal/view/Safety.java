package org.linebench.rules.internal.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.linebench.model.line.SafetyFunction;
import org.linebench.rules.api.line.EmergencyStop;
import org.linebench.rules.api.line.Guard;
import org.linebench.rules.api.line.HazardZone;
import org.linebench.rules.api.line.InterlockedDoor;
import org.linebench.rules.api.line.LightCurtain;
import org.linebench.rules.api.line.ModelAttachment;
import org.linebench.rules.api.line.PerformanceLevel;
import org.linebench.rules.api.line.PressureMat;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.Risk;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.TwoHandControl;

/** Hazard zones, safety devices, safety functions and emergency stops, as the view shows them. */
final class Safety {
  private Safety() {}

  static final class ZoneView extends Node.Named implements HazardZone {
    private final org.linebench.model.line.Quantity height;

    ZoneView(Views views, org.linebench.model.line.HazardZone z) {
      super(views, z);
      height = z.getHeight();
    }

    @Override
    public Optional<Quantity> height() {
      return Quantities.of(height);
    }
  }

  abstract static class DeviceView extends Node.Named implements SafetyDevice {
    private final Optional<HazardZone> zone;

    DeviceView(Views views, org.linebench.model.line.SafetyDevice d) {
      super(views, d);
      zone = views.find(d.getZone(), HazardZone.class);
    }

    @Override
    public Optional<HazardZone> zone() {
      return zone;
    }
  }

  /** A device placed at a distance from its hazard, which stops the machine after its response time. */
  abstract static class StoppingDeviceView extends DeviceView {
    private final org.linebench.model.line.Quantity responseTime;
    private final org.linebench.model.line.Quantity distance;

    StoppingDeviceView(Views views, org.linebench.model.line.SafetyDevice d, org.linebench.model.line.Quantity responseTime,
        org.linebench.model.line.Quantity distance) {
      super(views, d);
      this.responseTime = responseTime;
      this.distance = distance;
    }

    public Optional<Quantity> responseTime() {
      return Quantities.of(responseTime);
    }

    public Optional<Quantity> distance() {
      return Quantities.of(distance);
    }
  }

  static final class GuardView extends DeviceView implements Guard {
    private final org.linebench.model.line.Quantity height;
    private final org.linebench.model.line.Quantity distance;
    private final org.linebench.model.line.Quantity opening;
    private final org.linebench.model.line.Quantity groundClearance;

    GuardView(Views views, org.linebench.model.line.Guard g) {
      super(views, g);
      height = g.getHeight();
      distance = g.getDistance();
      opening = g.getOpening();
      groundClearance = g.getGroundClearance();
    }

    @Override
    public Optional<Quantity> groundClearance() {
      return Quantities.of(groundClearance);
    }

    @Override
    public Optional<Quantity> height() {
      return Quantities.of(height);
    }

    @Override
    public Optional<Quantity> distance() {
      return Quantities.of(distance);
    }

    @Override
    public Optional<Quantity> opening() {
      return Quantities.of(opening);
    }
  }

  static final class DoorView extends StoppingDeviceView implements InterlockedDoor {
    private final org.linebench.model.line.Quantity opening;
    private final boolean locking;

    DoorView(Views views, org.linebench.model.line.InterlockedDoor d) {
      super(views, d, d.getResponseTime(), d.getDistance());
      opening = d.getOpening();
      locking = d.isLocking();
    }

    @Override
    public Optional<Quantity> opening() {
      return Quantities.of(opening);
    }

    @Override
    public boolean locking() {
      return locking;
    }
  }

  static final class MatView extends StoppingDeviceView implements PressureMat {
    private final org.linebench.model.line.Quantity step;

    MatView(Views views, org.linebench.model.line.PressureMat m) {
      super(views, m, m.getResponseTime(), m.getDistance());
      step = m.getStep();
    }

    @Override
    public Optional<Quantity> step() {
      return Quantities.of(step);
    }
  }

  static final class TwoHandView extends StoppingDeviceView implements TwoHandControl {
    private final boolean shielded;

    TwoHandView(Views views, org.linebench.model.line.TwoHandControl t) {
      super(views, t, t.getResponseTime(), t.getDistance());
      shielded = t.isShielded();
    }

    @Override
    public boolean shielded() {
      return shielded;
    }
  }

  static final class CurtainView extends StoppingDeviceView implements LightCurtain {
    private final org.linebench.model.line.Quantity detection;
    private final List<org.linebench.model.line.Quantity> beams;
    private final org.linebench.model.line.Quantity top;

    CurtainView(Views views, org.linebench.model.line.LightCurtain c) {
      super(views, c, c.getResponseTime(), c.getDistance());
      detection = c.getDetection();
      beams = List.copyOf(c.getBeams());
      top = c.getTop();
    }

    @Override
    public List<Quantity> beams() {
      return beams.stream().map(b -> Quantities.of(b).orElseThrow()).toList();
    }

    @Override
    public Optional<Quantity> top() {
      return Quantities.of(top);
    }

    @Override
    public Optional<Quantity> detection() {
      return Quantities.of(detection);
    }
  }

  static final class HazardView extends Node.Named implements org.linebench.rules.api.line.Hazard {
    private final Optional<HazardZone> zone;
    private final Optional<org.linebench.rules.api.line.Station> station;
    private final Optional<String> kind;
    private final List<String> phases = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private final Optional<Risk> risk;
    private final Optional<String> design;
    private final List<org.linebench.rules.api.line.NamedElement> measures = new ArrayList<>();
    private final Optional<Boolean> residualAcceptable;

    HazardView(Views views, org.linebench.model.line.Hazard h) {
      super(views, h);
      zone = views.find(h.getZone(), HazardZone.class);
      station = h.getZone() == null || h.getZone().eIsProxy() ? Optional.empty()
          : views.find(h.getZone().eContainer(), org.linebench.rules.api.line.Station.class);
      kind = h.isSetKind() ? Optional.of(h.getKind().getLiteral()) : Optional.empty();
      h.getPhases().forEach(p -> phases.add(p.getLiteral()));
      h.getPersons().forEach(p -> persons.add(p.getLiteral()));
      risk = h.isSetSeverity() && h.isSetFrequency() && h.isSetAvoidance()
          ? Optional.of(new Risk(Risk.S.valueOf(h.getSeverity().getName()), Risk.F.valueOf(h.getFrequency().getName()),
              Risk.P.valueOf(h.getAvoidance().getName())))
          : Optional.empty();
      design = Optional.ofNullable(h.getDesign()).filter(d -> !d.isBlank());
      h.getMeasures().forEach(m -> views.find(m, org.linebench.rules.api.line.NamedElement.class).ifPresent(measures::add));
      residualAcceptable = h.isSetResidual() ? Optional.of(h.getResidual() == org.linebench.model.line.ResidualRisk.ACCEPTABLE)
          : Optional.empty();
    }

    @Override
    public Optional<HazardZone> zone() {
      return zone;
    }

    @Override
    public Optional<org.linebench.rules.api.line.Station> station() {
      return station;
    }

    @Override
    public Optional<String> type() {
      return kind;
    }

    @Override
    public List<String> phases() {
      return Collections.unmodifiableList(phases);
    }

    @Override
    public List<String> persons() {
      return Collections.unmodifiableList(persons);
    }

    @Override
    public Optional<Risk> risk() {
      return risk;
    }

    @Override
    public Optional<String> design() {
      return design;
    }

    @Override
    public List<org.linebench.rules.api.line.NamedElement> measures() {
      return Collections.unmodifiableList(measures);
    }

    @Override
    public Optional<Boolean> residualAcceptable() {
      return residualAcceptable;
    }
  }

  static final class EmergencyStopView extends Node.Named implements EmergencyStop {
    private final Optional<Integer> category;
    private final List<HazardZone> covers = new ArrayList<>();

    EmergencyStopView(Views views, org.linebench.model.line.EmergencyStop e) {
      super(views, e);
      category = Optional.ofNullable(e.getCategory());
      e.getCovers().forEach(z -> views.find(z, HazardZone.class).ifPresent(covers::add));
    }

    @Override
    public Optional<Integer> category() {
      return category;
    }

    @Override
    public List<HazardZone> covers() {
      return Collections.unmodifiableList(covers);
    }
  }

  static final class FunctionView extends Node.Named implements org.linebench.rules.api.line.SafetyFunction {
    private final Optional<Risk> risk;
    private final Optional<PerformanceLevel> achievedPl;
    private final Optional<Double> pfhd;
    private final Optional<String> category;
    private final List<SafetyDevice> devices = new ArrayList<>();
    private final Optional<ModelAttachment> model;
    private final Optional<Double> mttfd;
    private final Optional<Double> dcAvg;
    private final Optional<Integer> ccf;

    FunctionView(Views views, SafetyFunction f) {
      super(views, f);
      risk = f.isSetSeverity() && f.isSetFrequency() && f.isSetAvoidance()
          ? Optional.of(new Risk(Risk.S.valueOf(f.getSeverity().getName()), Risk.F.valueOf(f.getFrequency().getName()),
              Risk.P.valueOf(f.getAvoidance().getName())))
          : Optional.empty();
      achievedPl = f.isSetAchievedPl() ? Enums.of(f.getAchievedPl(), PerformanceLevel.class) : Optional.empty();
      pfhd = Optional.ofNullable(f.getPfhd());
      category = Optional.ofNullable(f.getCategory());
      f.getDevices().forEach(d -> views.find(d, SafetyDevice.class).ifPresent(devices::add));
      model = views.find(f.getModel(), ModelAttachment.class);
      mttfd = Optional.ofNullable(f.getMttfd());
      dcAvg = Optional.ofNullable(f.getDcAvg());
      ccf = Optional.ofNullable(f.getCcf());
    }

    @Override
    public Optional<Double> mttfdYears() {
      return mttfd;
    }

    @Override
    public Optional<Double> dcAvgPercent() {
      return dcAvg;
    }

    @Override
    public Optional<Integer> ccfPoints() {
      return ccf;
    }

    @Override
    public Optional<Risk> risk() {
      return risk;
    }

    @Override
    public Optional<PerformanceLevel> achievedPl() {
      return achievedPl;
    }

    @Override
    public Optional<Double> pfhd() {
      return pfhd;
    }

    @Override
    public Optional<String> category() {
      return category;
    }

    @Override
    public List<SafetyDevice> devices() {
      return Collections.unmodifiableList(devices);
    }

    @Override
    public Optional<ModelAttachment> model() {
      return model;
    }
  }
}
