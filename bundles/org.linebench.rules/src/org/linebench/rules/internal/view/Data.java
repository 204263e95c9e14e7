package org.linebench.rules.internal.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.linebench.rules.api.line.DataClass;
import org.linebench.rules.api.line.DataFlow;
import org.linebench.rules.api.line.DataSet;
import org.linebench.rules.api.line.FeatureBinding;
import org.linebench.rules.api.line.ModelAttachment;
import org.linebench.rules.api.line.ModelPurpose;
import org.linebench.rules.api.line.OperatorText;
import org.linebench.rules.api.line.Quantity;
import org.linebench.rules.api.line.Sensor;
import org.linebench.rules.api.line.SensorQuantity;
import org.linebench.rules.api.line.TextKind;

/** Sensors, models, data sets and flows, and operator texts, as the view shows them. */
final class Data {
  private Data() {}

  private static String orEmpty(String s) {
    return s == null ? "" : s; //$NON-NLS-1$
  }

  static final class SensorView extends Node.Named implements Sensor {
    private final SensorQuantity quantity;
    private final Optional<String> unit;
    private final org.linebench.model.line.Quantity samplingRate;

    SensorView(Views views, org.linebench.model.line.Sensor s) {
      super(views, s);
      quantity = Enums.get(s.getQuantity(), SensorQuantity.class);
      unit = Optional.ofNullable(s.getUnit());
      samplingRate = s.getSamplingRate();
    }

    @Override
    public SensorQuantity quantity() {
      return quantity;
    }

    @Override
    public Optional<String> unit() {
      return unit;
    }

    @Override
    public Optional<Quantity> samplingRate() {
      return Quantities.of(samplingRate);
    }
  }

  static final class ModelView extends Node.Named implements ModelAttachment {
    private final Optional<String> card;
    private final ModelPurpose purpose;
    private final List<FeatureBinding> bindings = new ArrayList<>();
    private final boolean humanOverride;

    ModelView(Views views, org.linebench.model.line.ModelAttachment m) {
      super(views, m);
      card = Optional.ofNullable(m.getCard());
      purpose = Enums.get(m.getPurpose(), ModelPurpose.class);
      humanOverride = m.isHumanOverride();
      m.getBindings().forEach(b -> bindings.add(new BindingView(views, b)));
    }

    @Override
    public Optional<String> card() {
      return card;
    }

    @Override
    public ModelPurpose purpose() {
      return purpose;
    }

    @Override
    public List<FeatureBinding> bindings() {
      return Collections.unmodifiableList(bindings);
    }

    @Override
    public boolean humanOverride() {
      return humanOverride;
    }
  }

  static final class BindingView extends Node implements FeatureBinding {
    private final String feature;
    private final Optional<Sensor> sensor;

    BindingView(Views views, org.linebench.model.line.FeatureBinding b) {
      super(views, b);
      feature = orEmpty(b.getFeature());
      sensor = views.find(b.getSensor(), Sensor.class);
    }

    @Override
    public String feature() {
      return feature;
    }

    @Override
    public Optional<Sensor> sensor() {
      return sensor;
    }
  }

  static final class DataSetView extends Node.Named implements DataSet {
    private final DataClass classification;
    private final Optional<String> storedIn;
    private final boolean personal;
    private final List<Sensor> sensors = new ArrayList<>();

    DataSetView(Views views, org.linebench.model.line.DataSet d) {
      super(views, d);
      classification = Enums.get(d.getClassification(), DataClass.class);
      storedIn = Optional.ofNullable(d.getStoredIn());
      personal = d.isPersonalInformation();
      d.getSensors().forEach(s -> views.find(s, Sensor.class).ifPresent(sensors::add));
    }

    @Override
    public DataClass classification() {
      return classification;
    }

    @Override
    public Optional<String> storedIn() {
      return storedIn;
    }

    @Override
    public boolean personalInformation() {
      return personal;
    }

    @Override
    public List<Sensor> sensors() {
      return Collections.unmodifiableList(sensors);
    }
  }

  static final class DataFlowView extends Node.Named implements DataFlow {
    private final Optional<DataSet> data;
    private final String destination;
    private final Optional<String> country;

    DataFlowView(Views views, org.linebench.model.line.DataFlow f) {
      super(views, f);
      data = views.find(f.getData(), DataSet.class);
      destination = orEmpty(f.getDestination());
      country = Optional.ofNullable(f.getCountry());
    }

    @Override
    public Optional<DataSet> data() {
      return data;
    }

    @Override
    public String destination() {
      return destination;
    }

    @Override
    public Optional<String> country() {
      return country;
    }
  }

  static final class TextView extends Node implements OperatorText {
    private final TextKind kind;
    private final String language;
    private final String text;

    TextView(Views views, org.linebench.model.line.OperatorText t) {
      super(views, t);
      kind = Enums.get(t.getKind(), TextKind.class);
      language = orEmpty(t.getLanguage());
      text = t.getText() == null ? "" : t.getText(); //$NON-NLS-1$
    }

    @Override
    public TextKind kind() {
      return kind;
    }

    @Override
    public String language() {
      return language;
    }

    @Override
    public String text() {
      return text;
    }
  }
}
