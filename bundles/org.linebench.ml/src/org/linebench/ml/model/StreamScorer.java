package org.linebench.ml.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.Schema;
import org.linebench.ml.card.SeriesSpec;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.WekaTables;
import org.linebench.ml.series.SeriesFeature;
import org.linebench.ml.series.SeriesFeatures;
import org.linebench.ml.series.SeriesStream;
import org.linebench.ml.train.TunedForest;
import org.linebench.ml.weka.WekaRuntime;

import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Scores a table, or the parts of a growing file one after the other: the series features of a
 * model trained with windows are computed row by row, each unit's history carried from one part to
 * the next, as in training ({@link SeriesStream}).
 */
public final class StreamScorer {
  static {
    WekaRuntime.start();
  }

  private final ModelArtifacts.Loaded model;
  private final List<SeriesFeature> features;
  /** The model's forest in flat arrays, or null: Weka scores. */
  private final FlatForest flat;
  private SeriesStream stream;
  private int rows;

  public StreamScorer(ModelArtifacts.Loaded model) {
    this(model, true);
  }

  /**
   * @param flatForest whether a random forest is scored from flat arrays ({@link FlatForest}: the
   *        same predictions, faster) rather than by Weka
   */
  public StreamScorer(ModelArtifacts.Loaded model, boolean flatForest) {
    this.model = model;
    this.features = Scorer.seriesFeatures(model.card());
    Classifier c = model.classifier();
    this.flat = flatForest ? FlatForest.of(c instanceof TunedForest tf ? tf.forest() : c) : null;
  }

  /** Whether the model's forest is scored from flat arrays. */
  public boolean flat() {
    return flat != null;
  }

  /**
   * The predictions for the next rows; they are numbered on from the rows scored before.
   *
   * @throws DataException when a column the model reads is missing or has the wrong type, or a
   *         unit's time goes back
   * @throws ModelException when the model fails on the data
   */
  public Scorer.Predictions score(CsvTable table) throws DataException, ModelException {
    Schema schema = model.card().schema();
    int[] unknown = new int[1];
    CsvTable withFeatures = withSeriesFeatures(table);
    // a flat forest reads the values alone; Weka reads instances
    Instances data = flat == null ? WekaTables.of(schema, withFeatures, false, unknown) : null;
    List<double[]> values = flat == null ? null : WekaTables.values(schema, withFeatures, false, unknown);
    int n = flat == null ? data.numInstances() : values.size();
    Classifier c = model.classifier();
    TunedForest tf = c instanceof TunedForest t ? t : null;
    List<Scorer.Row> out = new ArrayList<>(n);
    boolean numeric = schema.target().numeric();
    try {
      for (int i = 0; i < n; i++) {
        int r = ++rows;
        Instance in = data == null ? null : data.instance(i);
        if (numeric) {
          double y = flat != null ? flat.distribution(values.get(i))[0] : c.classifyInstance(in);
          out.add(new Scorer.Row(r, Scorer.format(y), new double[0]));
        } else {
          double[] shown = flat != null ? flat.distribution(values.get(i))
              : tf != null ? tf.forestDistribution(in) : c.distributionForInstance(in);
          double[] decision = tf != null ? tf.decide(shown.clone()) : shown;
          int best = 0;
          for (int k = 1; k < decision.length; k++) {
            if (decision[k] > decision[best]) {
              best = k;
            }
          }
          out.add(new Scorer.Row(r, schema.target().values().get(best), shown));
        }
      }
    } catch (Exception e) { // Weka declares Exception
      throw new ModelException(NLS.bind(Messages.Score_failed, table.file(), e.getMessage()), e);
    }
    return new Scorer.Predictions(schema.target().name(), schema.target().values(), out, unknown[0]);
  }

  /** The table with the model's series features, continuing each unit's history. */
  private CsvTable withSeriesFeatures(CsvTable table) throws DataException {
    if (features.isEmpty()) {
      return table;
    }
    SeriesSpec s = model.card().series();
    String unit = s == null ? null : s.unit();
    String time = s == null ? null : s.time();
    if (stream == null) {
      double spt = org.linebench.ml.series.SeriesTable.of(table, unit, time, false).secondsPerTimeUnit();
      stream = SeriesFeatures.stream(table, features, spt);
    }
    return SeriesFeatures.appendForScoring(table, unit, time, stream);
  }

  /** Rows scored so far. */
  public int rows() {
    return rows;
  }

  /** Bytes of series history kept (0 without series features). */
  public long historyBytes() {
    return stream == null ? 0 : stream.bytes();
  }
}
