package org.linebench.rules.internal.view;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.linebench.dsl.api.Effective;
import org.linebench.rules.api.line.CollaborativeMode;
import org.linebench.rules.api.line.Component;
import org.linebench.rules.api.line.ComponentCategory;
import org.linebench.rules.api.line.Equipment;
import org.linebench.rules.api.line.EquipmentKind;
import org.linebench.rules.api.line.EquipmentType;
import org.linebench.rules.api.line.Machine;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.Robot;

/** Equipment and its catalogue types, as the view shows them: effective values from {@link Effective}. */
final class Equipments {
  private Equipments() {}

  static final class TypeView extends Node.Named implements EquipmentType {
    private final EquipmentKind kind;
    private final Optional<String> maker;
    private final org.linebench.model.line.Quantity payload;
    private final org.linebench.model.line.Quantity reach;
    private final org.linebench.model.line.Quantity maxSpeed;
    private final org.linebench.model.line.Quantity power;
    private final Optional<ComponentCategory> category;
    private final Set<String> marks;
    private final List<CollaborativeMode> modes;

    TypeView(Views views, org.linebench.model.line.EquipmentType t) {
      super(views, t);
      kind = Enums.get(t.getKind(), EquipmentKind.class);
      maker = Optional.ofNullable(t.getMaker());
      payload = t.getPayload();
      reach = t.getReach();
      maxSpeed = t.getMaxSpeed();
      power = t.getPower();
      category = t.isSetCategory() ? Enums.of(t.getCategory(), ComponentCategory.class) : Optional.empty();
      marks = Collections.unmodifiableSet(new LinkedHashSet<>(t.getMarks()));
      modes = Enums.all(t.getCollaborativeModes(), CollaborativeMode.class);
    }

    @Override
    public EquipmentKind kind() {
      return kind;
    }

    @Override
    public Optional<String> maker() {
      return maker;
    }

    @Override
    public Optional<Quantity> payload() {
      return Quantities.of(payload);
    }

    @Override
    public Optional<Quantity> reach() {
      return Quantities.of(reach);
    }

    @Override
    public Optional<Quantity> maxSpeed() {
      return Quantities.of(maxSpeed);
    }

    @Override
    public Optional<Quantity> power() {
      return Quantities.of(power);
    }

    @Override
    public Optional<ComponentCategory> category() {
      return category;
    }

    @Override
    public Set<String> marks() {
      return marks;
    }

    @Override
    public List<CollaborativeMode> collaborativeModes() {
      return modes;
    }
  }

  abstract static class EquipmentView extends Node.Named implements Equipment {
    private final Optional<EquipmentType> type;
    private final Set<String> marks;
    private final Optional<ComponentCategory> category;

    EquipmentView(Views views, org.linebench.model.line.Equipment e) {
      super(views, e);
      type = Optional.ofNullable(views.equipmentType(Effective.type(e)));
      marks = Collections.unmodifiableSet(Effective.marks(e));
      category = Enums.of(Effective.category(e), ComponentCategory.class);
    }

    @Override
    public Optional<EquipmentType> type() {
      return type;
    }

    @Override
    public Set<String> marks() {
      return marks;
    }

    @Override
    public Optional<ComponentCategory> category() {
      return category;
    }
  }

  static final class RobotView extends EquipmentView implements Robot {
    private final org.linebench.model.line.Quantity payload;
    private final org.linebench.model.line.Quantity reach;
    private final org.linebench.model.line.Quantity maxSpeed;
    private final boolean collaborative;
    private final List<CollaborativeMode> modes;

    RobotView(Views views, org.linebench.model.line.Robot r) {
      super(views, r);
      payload = Effective.payload(r);
      reach = Effective.reach(r);
      maxSpeed = Effective.maxSpeed(r);
      collaborative = r.isCollaborative();
      modes = Enums.all(Effective.modes(r), CollaborativeMode.class);
    }

    @Override
    public Optional<Quantity> payload() {
      return Quantities.of(payload);
    }

    @Override
    public Optional<Quantity> reach() {
      return Quantities.of(reach);
    }

    @Override
    public Optional<Quantity> maxSpeed() {
      return Quantities.of(maxSpeed);
    }

    @Override
    public boolean collaborative() {
      return collaborative;
    }

    @Override
    public List<CollaborativeMode> collaborativeModes() {
      return modes;
    }
  }

  static final class MachineView extends EquipmentView implements Machine {
    private final org.linebench.model.line.Quantity power;

    MachineView(Views views, org.linebench.model.line.Machine m) {
      super(views, m);
      power = Effective.power(m);
    }

    @Override
    public Optional<Quantity> power() {
      return Quantities.of(power);
    }
  }

  static final class ComponentView extends EquipmentView implements Component {
    ComponentView(Views views, org.linebench.model.line.Component c) {
      super(views, c);
    }
  }
}
