package org.linebench.ml.train;

import java.util.List;

/**
 * What to train.
 *
 * @param target the target column's name
 * @param drop columns the user excludes
 * @param keep columns the leakage guard would drop but the user keeps
 * @param recipe the recipe, or null to choose one from the target
 * @param classifier a Weka classifier's class name for {@link Recipe#CUSTOM}, or null
 * @param options the classifier's options as Weka's command line takes them ("" for none)
 * @param folds the number of cross-validation folds (at least 2)
 * @param seed the seed of the fold split and of the learner
 */
public record TrainingOptions(String target, List<String> drop, List<String> keep, Recipe recipe, String classifier,
    String options, int folds, int seed) {

  public TrainingOptions {
    drop = List.copyOf(drop);
    keep = List.copyOf(keep);
    options = options == null ? "" : options; //$NON-NLS-1$
  }

  /** The defaults: the recipe chosen from the target, 10 folds, seed 1. */
  public static TrainingOptions of(String target) {
    return new TrainingOptions(target, List.of(), List.of(), null, null, "", 10, 1); //$NON-NLS-1$
  }

  public TrainingOptions withRecipe(Recipe r) {
    return new TrainingOptions(target, drop, keep, r, classifier, options, folds, seed);
  }

  public TrainingOptions withClassifier(String className, String classifierOptions) {
    return new TrainingOptions(target, drop, keep, Recipe.CUSTOM, className, classifierOptions, folds, seed);
  }

  public TrainingOptions withDrop(List<String> columns) {
    return new TrainingOptions(target, columns, keep, recipe, classifier, options, folds, seed);
  }

  public TrainingOptions withFolds(int k, int s) {
    return new TrainingOptions(target, drop, keep, recipe, classifier, options, k, s);
  }
}
