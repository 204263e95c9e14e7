package org.linebench.sim.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.linebench.dsl.api.Readings;
import org.linebench.dsl.api.Timings;
import org.linebench.dsl.validation.simulation.SimulationIssueCodes;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.model.line.Distribution;
import org.linebench.model.line.DistributionKind;
import org.linebench.model.line.FeatureBinding;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.PredictedFailures;
import org.linebench.model.line.Station;

/**
 * The checks of the files a line's simulation reads: the data of an empirical distribution, and the
 * card and readings of a model that predicts a station's failures. Contributed to the line language
 * through {@code org.linebench.dsl.validators} (reading data is not the language's: the language
 * server checks the rest of a simulation without it); the language's own simulation checks (units,
 * distributions, the model's station and purpose) stay in
 * {@link org.linebench.dsl.validation.simulation.SimulationValidator}.
 */
public class SimulationDataValidator extends AbstractDeclarativeValidator {
  private static final LinePackage L = LinePackage.eINSTANCE;

  @Override
  protected List<EPackage> getEPackages() {
    return List.of(L);
  }

  @Check
  public void checkEmpirical(Distribution d) {
    if (d.getKind() != DistributionKind.EMPIRICAL) {
      return;
    }
    Path file = Timings.file(d, d.getData());
    if (file == null) {
      return; // not a file on disk (an editor buffer): nothing to look at
    }
    DataFiles.Summary s = DataFiles.read(file);
    if (s == null) {
      error(NLS.bind(Messages.Data_missing, d.getData(), file), d, L.getDistribution_Data(), SimulationIssueCodes.DATA_FILE);
    } else if (s.error() != null) {
      error(NLS.bind(Messages.Data_unreadable, d.getData(), s.error()), d, L.getDistribution_Data(), SimulationIssueCodes.DATA_FILE);
    } else if (d.getColumn() == null && s.numericNames().size() != 1) {
      error(s.numericNames().isEmpty() ? NLS.bind(Messages.Data_column, new Object[] {d.getData(), "", ""}) //$NON-NLS-1$ //$NON-NLS-2$
          : NLS.bind(Messages.Data_noColumn, d.getData(), String.join(", ", s.numericNames())), d, L.getDistribution_Data(), //$NON-NLS-1$
          SimulationIssueCodes.DATA_FILE);
    } else if (d.getColumn() != null && !s.numericNames().contains(d.getColumn())) {
      error(NLS.bind(Messages.Data_column, new Object[] {d.getData(), d.getColumn(), String.join(", ", s.numericNames())}), d, //$NON-NLS-1$
          L.getDistribution_Column(), SimulationIssueCodes.DATA_FILE);
    } else if (s.rows() == 0) {
      error(NLS.bind(Messages.Data_empty, d.getData(), d.getColumn() == null ? s.numericNames().get(0) : d.getColumn()), d,
          L.getDistribution_Data(), SimulationIssueCodes.DATA_FILE);
    }
  }

  @Check
  public void checkPredictedFailures(PredictedFailures f) {
    ModelAttachment m = f.getModel();
    if (m == null || m.eIsProxy() || EcoreUtil2.getContainerOfType(m, Station.class) != EcoreUtil2.getContainerOfType(f, Station.class)) {
      return; // unresolved or another station's: the language's checks say so
    }
    Path card = Timings.file(m, m.getCard());
    ModelCard c;
    try {
      c = card == null ? null : ModelFolder.readCard(ModelFolder.cardOf(card));
    } catch (ModelException e) {
      return; // the model attachment's checks report the card
    }
    if (c == null) {
      return;
    }
    if (c.schema().target().numeric() || c.schema().target().values().size() != 2) {
      error(NLS.bind(Messages.Failure_twoClasses, m.getName(), c.schema().target().name()), f, L.getPredictedFailures_Model(),
          SimulationIssueCodes.FAILURE_MODEL);
      return;
    }
    checkReadings(f, m, card, c);
  }

  private void checkReadings(PredictedFailures f, ModelAttachment m, Path card, ModelCard c) {
    EStructuralFeature where = f.getReadings() != null ? L.getPredictedFailures_Readings() : L.getPredictedFailures_Model();
    Path data;
    String shown;
    if (f.getReadings() != null) {
      data = Timings.file(f, f.getReadings());
      shown = f.getReadings();
      if (data == null) {
        return;
      }
    } else {
      String name = c.data() == null ? null : c.data().file();
      Optional<Path> found = Readings.trainingData(ModelFolder.cardOf(card), name);
      if (found.isEmpty()) {
        error(NLS.bind(Messages.Failure_noTrainingData, m.getName(), name), f, where, SimulationIssueCodes.FAILURE_DATA);
        return;
      }
      data = found.get();
      shown = name;
    }
    DataFiles.Summary s = DataFiles.read(data);
    if (s == null) {
      error(NLS.bind(Messages.Data_missing, shown, data), f, where, SimulationIssueCodes.FAILURE_DATA);
      return;
    }
    if (s.error() != null) {
      error(NLS.bind(Messages.Data_unreadable, shown, s.error()), f, where, SimulationIssueCodes.FAILURE_DATA);
      return;
    }
    List<String> features = c.schema().features().stream().map(x -> x.name()).toList();
    Map<String, String> columns = Readings.columns(m, features, s.names());
    for (Map.Entry<String, String> e : columns.entrySet()) {
      if (e.getValue() == null) {
        String sensor = m.getBindings().stream().filter(b -> e.getKey().equals(b.getFeature()) && b.getSensor() != null)
            .map(FeatureBinding::getSensor).map(x -> x.getName()).findFirst().orElse("?"); //$NON-NLS-1$
        error(NLS.bind(Messages.Failure_column, new Object[] {shown, e.getKey(), sensor}), f, where, SimulationIssueCodes.FAILURE_DATA);
      }
    }
  }
}
