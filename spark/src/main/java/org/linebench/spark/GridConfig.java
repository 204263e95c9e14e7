package org.linebench.spark;

import java.io.Serializable;
import java.util.List;

import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.TrainingOptions;

/**
 * One column of the grid: a recipe, or a Weka classifier with its options.
 *
 * @param recipe a recipe's id ({@code maintenance}, {@code quality}, {@code regression}), or null
 * @param classifier a Weka classifier's class name when no recipe is given
 * @param options its options
 */
public record GridConfig(String recipe, String classifier, String options) implements Serializable {

  /**
   * Parses {@code maintenance}, or {@code weka.classifiers.trees.J48 -C 0.25 -M 2} (a class name,
   * then its options).
   */
  public static GridConfig parse(String text) {
    String t = text.strip();
    if (Recipe.of(t) != null && Recipe.of(t) != Recipe.CUSTOM) {
      return new GridConfig(t, null, ""); //$NON-NLS-1$
    }
    int space = t.indexOf(' ');
    return space < 0 ? new GridConfig(null, t, "") : new GridConfig(null, t.substring(0, space), t.substring(space + 1).strip()); //$NON-NLS-1$
  }

  /** The training options of this configuration. */
  public TrainingOptions options(String target, List<String> drop, int folds, int seed) {
    TrainingOptions o = TrainingOptions.of(target).withDrop(drop).withFolds(folds, seed);
    return recipe != null ? o.withRecipe(Recipe.of(recipe)) : o.withClassifier(classifier, options);
  }

  /** As the comparison table shows it. */
  public String label() {
    if (recipe != null) {
      return recipe;
    }
    String simple = classifier.substring(classifier.lastIndexOf('.') + 1);
    return options.isEmpty() ? simple : simple + " " + options; //$NON-NLS-1$
  }
}
