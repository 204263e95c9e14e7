package org.linebench.dsl.ml;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.linebench.dsl.api.Effective;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.dsl.validation.Labels;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.Schema;
import org.linebench.model.line.FeatureBinding;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.Sensor;
import org.linebench.model.line.Station;
import org.linebench.model.units.Dimension;
import org.linebench.model.units.Units;

/**
 * The model-attachment checks of line files, composed into the line language's validation
 * through the extension point {@code org.linebench.dsl.validators}: a model attachment names a
 * card that exists and verifies (the model file has the card's SHA-256), and binds every feature
 * the model reads to a sensor of its own station, in a unit of the same dimension. Reading a card
 * needs no Weka ({@code org.linebench.ml.card}).
 */
public class ModelAttachmentValidator extends AbstractDeclarativeValidator {
  private static final LinePackage L = LinePackage.eINSTANCE;

  @Override
  protected List<EPackage> getEPackages() {
    return List.of(LinePackage.eINSTANCE);
  }

  @Check
  public void checkModelAttachment(ModelAttachment m) {
    Path cardPath = ModelAttachments.cardPath(m.eResource(), m.getCard());
    if (cardPath == null) {
      return;
    }
    ModelCard card;
    try {
      card = ModelAttachments.verify(cardPath);
    } catch (ModelException e) {
      error(NLS.bind(Messages.Model_card, m.getName(), e.getMessage()), m, L.getModelAttachment_Card(), IssueCodes.MODEL_CARD);
      return;
    }
    Map<String, Schema.Feature> features = new LinkedHashMap<>();
    card.schema().features().forEach(f -> features.put(f.name(), f));
    Station station = EcoreUtil2.getContainerOfType(m, Station.class);
    Set<String> bound = new HashSet<>();
    for (FeatureBinding b : m.getBindings()) {
      Schema.Feature f = features.get(b.getFeature());
      if (f == null) {
        error(NLS.bind(Messages.Model_unknownFeature, b.getFeature(), String.join(", ", features.keySet())), b, //$NON-NLS-1$
            L.getFeatureBinding_Feature(), IssueCodes.MODEL_UNKNOWN_FEATURE);
        continue;
      }
      if (!bound.add(f.name())) {
        error(NLS.bind(Messages.Model_boundTwice, f.name()), b, L.getFeatureBinding_Feature(), IssueCodes.MODEL_FEATURE_BOUND_TWICE);
      }
      checkSensor(b, f, station);
    }
    for (FeatureBinding b : m.getBindings()) {
      checkWindows(card, m, b, features);
    }
    for (String name : features.keySet()) {
      if (!bound.contains(name)) {
        error(NLS.bind(Messages.Model_unboundFeature, name, m.getName()), m, L.getNamedElement_Name(), IssueCodes.MODEL_UNBOUND_FEATURE,
            name);
      }
    }
    if (m.getPurpose() != null && !card.serves(m.getPurpose().getLiteral())) {
      warning(NLS.bind(Messages.Model_purpose, m.getPurpose().getLiteral(), card.recipe()), m, L.getModelAttachment_Purpose(),
          IssueCodes.MODEL_PURPOSE);
    }
  }

  /** The windows of a series model against the sampling rate of a sensor it reads ({@link ModelWindows}). */
  private void checkWindows(ModelCard card, ModelAttachment m, FeatureBinding b, Map<String, Schema.Feature> features) {
    Sensor sensor = b.getSensor();
    if (sensor == null || sensor.eIsProxy() || sensor.getSamplingRate() == null || !features.containsKey(b.getFeature())) {
      return;
    }
    Units.dimension(sensor.getSamplingRate()).filter(d -> d == Dimension.FREQUENCY).flatMap(d -> Units.toBase(sensor.getSamplingRate()))
        .ifPresent(hz -> ModelWindows.check(card, m.getName(), sensor.getName(), hz)
            .forEach(w -> warning(w, b, L.getFeatureBinding_Sensor(), IssueCodes.MODEL_WINDOW_RATE)));
  }

  /** The bound sensor belongs to the model's station and measures in the feature's dimension and unit. */
  private void checkSensor(FeatureBinding b, Schema.Feature f, Station station) {
    Sensor sensor = b.getSensor();
    if (sensor == null || sensor.eIsProxy()) {
      return;
    }
    if (EcoreUtil2.getContainerOfType(sensor, Station.class) != station) {
      error(NLS.bind(Messages.Model_foreignSensor, sensor.getName(), station == null ? "" : station.getName()), b, //$NON-NLS-1$
          L.getFeatureBinding_Sensor(), IssueCodes.MODEL_FOREIGN_SENSOR);
      return;
    }
    if (!f.numeric()) {
      warning(NLS.bind(Messages.Model_nominalFeature, f.name(), sensor.getName()), b, L.getFeatureBinding_Sensor(),
          IssueCodes.MODEL_NOMINAL_FEATURE);
      return;
    }
    Optional<Units.Unit> featureUnit = f.unit() == null ? Optional.empty() : Units.find(f.unit());
    Optional<Units.Unit> sensorUnit = sensor.getUnit() == null ? Optional.empty() : Units.find(sensor.getUnit());
    Optional<Dimension> sensorDimension = sensorUnit.map(Units.Unit::dimension).or(() -> Effective.dimension(sensor.getQuantity()));
    if (featureUnit.isPresent() && sensorDimension.isPresent() && featureUnit.get().dimension() != sensorDimension.get()) {
      error(NLS.bind(Messages.Model_featureDimension, new Object[] {f.name(), Labels.dimension(featureUnit.get().dimension()),
          sensor.getName(), Labels.dimension(sensorDimension.get())}), b, L.getFeatureBinding_Sensor(), IssueCodes.MODEL_FEATURE_DIMENSION);
    } else if (featureUnit.isPresent() && sensorUnit.isPresent() && !featureUnit.get().symbol().equals(sensorUnit.get().symbol())) {
      warning(NLS.bind(Messages.Model_featureUnit, new Object[] {f.name(), f.unit(), sensor.getName(), sensor.getUnit()}), b,
          L.getFeatureBinding_Sensor(), IssueCodes.MODEL_FEATURE_UNIT);
    }
  }
}
