package org.linebench.sim.line;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.linebench.dsl.api.Readings;
import org.linebench.dsl.api.Timings;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.model.Scorer;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.ModelPurpose;
import org.linebench.model.line.PredictedFailures;
import org.linebench.model.line.Station;
import org.linebench.sim.model.SimModel.PredictedStops;
import org.linebench.sim.random.Sampler;

/**
 * A station's failures as its maintenance model predicts them: the model scores the station's
 * readings (or its own training data), and each row's predicted probability of the failure class
 * is the chance that the cycle that reads it ends in a stop.
 */
final class FailurePredictions {
  private FailurePredictions() {}

  static PredictedStops of(Station station, PredictedFailures f, Sampler repair, Consumer<String> notes) throws SimulationException {
    ModelAttachment m = f.getModel();
    String name = m == null ? "?" : m.getName(); //$NON-NLS-1$
    if (m == null || m.eIsProxy()) {
      throw new SimulationException(NLS.bind(Messages.Model_load, new Object[] {name, station.getName(), "?"}), f); //$NON-NLS-1$
    }
    if (m.getPurpose() != ModelPurpose.MAINTENANCE) {
      throw new SimulationException(NLS.bind(Messages.Model_notMaintenance, new Object[] {name, station.getName(),
          m.getPurpose().getLiteral()}), f);
    }
    Path card = Timings.file(m, m.getCard());
    ModelArtifacts.Loaded model;
    try {
      if (card == null) {
        throw new ModelException(String.valueOf(m.getCard()));
      }
      model = ModelArtifacts.load(card);
    } catch (ModelException e) {
      throw new SimulationException(NLS.bind(Messages.Model_load, new Object[] {name, station.getName(), e.getMessage()}), f);
    }
    ModelCard c = model.card();
    List<String> classes = c.schema().target().values();
    if (c.schema().target().numeric() || classes.size() != 2) {
      throw new SimulationException(NLS.bind(Messages.Model_classes, new Object[] {name, station.getName(),
          c.schema().target().name(), classes.size()}), f);
    }
    CsvTable data = readings(station, f, m, card, c, notes);
    List<String> features = c.schema().features().stream().map(x -> x.name()).toList();
    List<String> columns = data.columns().stream().map(CsvTable.Column::name).toList();
    Map<String, String> map = Readings.columns(m, features, columns);
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (e.getValue() == null) {
        throw new SimulationException(NLS.bind(Messages.Model_column, new Object[] {shown(f, c), station.getName(), e.getKey()}), f);
      }
    }
    try {
      CsvTable named = renamed(data, map);
      Scorer.Predictions p = Scorer.score(model, named);
      String majority = c.metrics() == null ? null : c.metrics().majorityClass();
      int failure = majority != null && classes.indexOf(majority) >= 0 ? 1 - classes.indexOf(majority) : 1;
      double[] probabilities = new double[p.rows().size()];
      for (int r = 0; r < probabilities.length; r++) {
        probabilities[r] = p.rows().get(r).probabilities()[failure];
      }
      PredictedStops stops = new PredictedStops(name, probabilities, repair);
      notes.accept(NLS.bind(Messages.Model_scored, new Object[] {name, probabilities.length, station.getName(),
          String.format(Locale.ROOT, "%.4f", stops.meanProbability())})); //$NON-NLS-1$
      return stops;
    } catch (DataException e) {
      throw new SimulationException(NLS.bind(Messages.Model_readings, new Object[] {name, station.getName(), e.describe()}), f);
    } catch (ModelException e) {
      throw new SimulationException(NLS.bind(Messages.Model_load, new Object[] {name, station.getName(), e.getMessage()}), f);
    }
  }

  private static String shown(PredictedFailures f, ModelCard c) {
    return f.getReadings() != null ? f.getReadings() : c.data() == null ? "?" : c.data().file(); //$NON-NLS-1$
  }

  private static CsvTable readings(Station station, PredictedFailures f, ModelAttachment m, Path card, ModelCard c,
      Consumer<String> notes) throws SimulationException {
    Path file;
    if (f.getReadings() != null) {
      file = Timings.file(f, f.getReadings());
      if (file == null || !Files.isRegularFile(file)) {
        throw new SimulationException(NLS.bind(Messages.Model_noReadings, new Object[] {f.getReadings(), station.getName(),
            file == null ? f.getReadings() : file}), f);
      }
    } else {
      String dataName = c.data() == null ? null : c.data().file();
      Optional<Path> found = Readings.trainingData(ModelFolder.cardOf(card), dataName);
      if (found.isEmpty()) {
        throw new SimulationException(NLS.bind(Messages.Model_noData, new Object[] {m.getName(), station.getName(), dataName,
            ModelFolder.cardOf(card).getParent()}), f);
      }
      file = found.get();
    }
    try {
      CsvTable t = CsvTable.readAny(file, null);
      if (f.getReadings() == null && c.data() != null && c.data().sha256() != null && !c.data().sha256().equalsIgnoreCase(t.sha256())
          && !t.sha256().isEmpty()) {
        notes.accept(NLS.bind(Messages.Model_dataChanged, m.getName(), file));
      }
      return t;
    } catch (DataException e) {
      throw new SimulationException(NLS.bind(Messages.Model_readings, new Object[] {m.getName(), station.getName(), e.describe()}), f);
    }
  }

  /** The table with its columns named after the model's features (a readings file may name them after sensors). */
  private static CsvTable renamed(CsvTable data, Map<String, String> featureToColumn) throws DataException {
    if (featureToColumn.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
      return data;
    }
    List<String> features = new ArrayList<>(featureToColumn.keySet());
    int[] index = new int[features.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = data.columnIndex(featureToColumn.get(features.get(i)));
    }
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", features.stream().map(FailurePredictions::quote).toList())).append('\n'); //$NON-NLS-1$
    for (int r = 0; r < data.rowCount(); r++) {
      for (int i = 0; i < index.length; i++) {
        if (i > 0) {
          csv.append(',');
        }
        csv.append(quote(data.value(r, index[i])));
      }
      csv.append('\n');
    }
    return CsvTable.parse(data.file(), StandardCharsets.UTF_8, csv.toString());
  }

  private static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
  }
}
