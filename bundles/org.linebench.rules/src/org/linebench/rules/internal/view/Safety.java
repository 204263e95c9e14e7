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
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.Risk;
import org.linebench.rules.api.line.SafetyDevice;

/** Hazard zones, safety devices, safety functions and emergency stops, as the view shows them. */
final class Safety {
  private Safety() {}

  static final class ZoneView extends Node.Named implements HazardZone {
    ZoneView(Views views, org.linebench.model.line.HazardZone z) {
      super(views, z);
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

  static final class GuardView extends DeviceView implements Guard {
    private final org.linebench.model.line.Quantity height;
    private final org.linebench.model.line.Quantity distance;
    private final org.linebench.model.line.Quantity opening;

    GuardView(Views views, org.linebench.model.line.Guard g) {
      super(views, g);
      height = g.getHeight();
      distance = g.getDistance();
      opening = g.getOpening();
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

  static final class DoorView extends DeviceView implements InterlockedDoor {
    DoorView(Views views, org.linebench.model.line.InterlockedDoor d) {
      super(views, d);
    }
  }

  static final class CurtainView extends DeviceView implements LightCurtain {
    private final org.linebench.model.line.Quantity detection;
    private final org.linebench.model.line.Quantity responseTime;
    private final org.linebench.model.line.Quantity distance;

    CurtainView(Views views, org.linebench.model.line.LightCurtain c) {
      super(views, c);
      detection = c.getDetection();
      responseTime = c.getResponseTime();
      distance = c.getDistance();
    }

    @Override
    public Optional<Quantity> detection() {
      return Quantities.of(detection);
    }

    @Override
    public Optional<Quantity> responseTime() {
      return Quantities.of(responseTime);
    }

    @Override
    public Optional<Quantity> distance() {
      return Quantities.of(distance);
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
