package org.linebench.dsl.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linebench.model.line.FeatureBinding;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.Sensor;

/**
 * Where the data a maintenance model scores for a simulation comes from, and which column holds
 * which feature. A readings file names its columns after the model's features
 * ({@code Electrode temperature [°C]}) or after the sensors the features are bound to ({@code T21},
 * {@code T21 [°C]}); the model's training data names them after the features.
 */
public final class Readings {
  private Readings() {}

  /**
   * For each feature, the column that holds it, or null when none does.
   *
   * @param features the model's feature names, in its order
   * @param columns the data's column names
   */
  public static Map<String, String> columns(ModelAttachment model, List<String> features, List<String> columns) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String feature : features) {
      List<String> candidates = new ArrayList<>();
      candidates.add(feature);
      for (FeatureBinding b : model.getBindings()) {
        Sensor s = b.getSensor();
        if (feature.equals(b.getFeature()) && s != null && !s.eIsProxy() && s.getName() != null) {
          candidates.add(s.getName());
          if (s.getUnit() != null) {
            candidates.add(s.getName() + " [" + s.getUnit() + "]"); //$NON-NLS-1$ //$NON-NLS-2$
          }
        }
      }
      out.put(feature, candidates.stream().filter(columns::contains).findFirst().orElse(null));
    }
    return out;
  }

  /**
   * The model's training data, found by the file name its card records: beside the card, in the
   * folders above it (up to two), or in a {@code data} folder of any of them.
   */
  public static Optional<Path> trainingData(Path card, String fileName) {
    if (card == null || fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) { //$NON-NLS-1$ //$NON-NLS-2$
      return Optional.empty();
    }
    Path folder = card.toAbsolutePath().getParent();
    for (int up = 0; up < 3 && folder != null; up++, folder = folder.getParent()) {
      for (Path candidate : new Path[] {folder.resolve(fileName), folder.resolve("data").resolve(fileName)}) { //$NON-NLS-1$
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate.normalize());
        }
      }
    }
    return Optional.empty();
  }
}
