package org.linebench.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.TrainingOptions;

import weka.classifiers.Classifier;

/**
 * One column of the grid: a recipe, or a Weka classifier with its options.
 *
 * @param recipe a recipe's id ({@code maintenance}, {@code quality}, {@code regression}), or null
 * @param classifier a Weka classifier's class name when no recipe is given
 * @param options its options
 */
public record GridConfig(String recipe, String classifier, String options) implements Serializable {
  private static final String RECIPES = Arrays.stream(Recipe.values()).filter(r -> r != Recipe.CUSTOM).map(Recipe::id)
      .collect(Collectors.joining(", ")); //$NON-NLS-1$

  /**
   * Parses {@code maintenance}, or {@code weka.classifiers.trees.J48 -C 0.25 -M 2} (a class name,
   * then its options).
   *
   * @throws JobException for a word that is no recipe, or a class that is no Weka classifier
   */
  public static GridConfig parse(String text) {
    String t = text.strip();
    if (Recipe.of(t) != null && Recipe.of(t) != Recipe.CUSTOM) {
      return new GridConfig(t, null, ""); //$NON-NLS-1$
    }
    int space = t.indexOf(' ');
    String name = space < 0 ? t : t.substring(0, space);
    if (!name.contains(".")) { //$NON-NLS-1$
      // a word: meant as a recipe
      throw new JobException(NLS.bind(Messages.Job_unknownRecipe, t, RECIPES));
    }
    try {
      if (!Classifier.class.isAssignableFrom(Class.forName(name, false, GridConfig.class.getClassLoader()))) {
        throw new JobException(NLS.bind(Messages.Job_unknownClassifier, name));
      }
    } catch (ClassNotFoundException | LinkageError e) {
      throw new JobException(NLS.bind(Messages.Job_unknownClassifier, name));
    }
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
