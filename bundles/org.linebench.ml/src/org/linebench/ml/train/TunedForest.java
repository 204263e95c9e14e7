package org.linebench.ml.train;

import java.util.List;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.classifiers.trees.RandomForest;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A random forest for a rare class whose decision threshold is tuned for that class's F1 on the
 * forest's own out-of-bag predictions (no data is held out, no second forest is grown). The
 * distribution it returns is the forest's, mapped monotonically so that the tuned threshold
 * becomes 0.5: the ranking (ROC and PR curves) is the forest's, the decision is the tuned one.
 */
public final class TunedForest extends AbstractClassifier {
  private static final long serialVersionUID = 1L;
  private static final double STEP = 0.01;

  private final int trees;
  private final int seed;
  private final int slots;
  private RandomForest forest;
  private int rareClass;
  private double threshold = 0.5;

  /**
   * @param trees the number of trees
   * @param seed the forest's seed
   * @param slots threads to grow trees on
   */
  public TunedForest(int trees, int seed, int slots) {
    this.trees = trees;
    this.seed = seed;
    this.slots = slots;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    if (data.numClasses() != 2) {
      throw new IllegalArgumentException("a tuned forest needs two classes"); //$NON-NLS-1$
    }
    int[] counts = new int[2];
    for (Instance in : data) {
      if (!in.classIsMissing()) {
        counts[(int) in.classValue()]++;
      }
    }
    rareClass = counts[0] <= counts[1] ? 0 : 1;
    forest = new RandomForest();
    forest.setNumIterations(trees);
    forest.setSeed(seed);
    forest.setNumExecutionSlots(slots);
    forest.setCalcOutOfBag(true);
    forest.setStoreOutOfBagPredictions(true);
    forest.buildClassifier(data);
    threshold = bestThreshold(forest.getOutOfBagEvaluationObject().predictions(), rareClass);
    // the out-of-bag evaluation holds a copy of every prediction: not part of the model
    forest.setStoreOutOfBagPredictions(false);
  }

  /** The threshold on the rare class's probability with the best F1 on these predictions. */
  static double bestThreshold(List<Prediction> predictions, int rare) {
    double best = -1;
    double bestThreshold = 0.5;
    for (double t = STEP; t < 1 - STEP / 2; t += STEP) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Prediction p : predictions) {
        double[] d = ((NominalPrediction) p).distribution();
        boolean predicted = d[rare] >= t;
        boolean actual = (int) p.actual() == rare;
        if (predicted && actual) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (actual) {
          fn++;
        }
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      // ties go to the threshold nearest 0.5
      if (f1 > best + 1e-12 || (Math.abs(f1 - best) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(bestThreshold - 0.5))) {
        best = f1;
        bestThreshold = t;
      }
    }
    return Math.round(bestThreshold * 100) / 100.0;
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    return decide(forest.distributionForInstance(instance));
  }

  /**
   * The forest's class probabilities mapped so that the tuned threshold falls on 0.5: what
   * {@link #distributionForInstance} returns (the array given is changed and returned).
   */
  public double[] decide(double[] d) {
    double p = d[rareClass];
    double q = p < threshold ? p / (2 * threshold) : 0.5 + (p - threshold) / (2 * (1 - threshold));
    d[rareClass] = q;
    d[1 - rareClass] = 1 - q;
    return d;
  }

  /** The forest's own class probabilities, before the threshold's mapping. */
  public double[] forestDistribution(Instance instance) throws Exception {
    return forest.distributionForInstance(instance);
  }

  /** The forest, for scoring it without Weka's instances ({@code FlatForest}). */
  public RandomForest forest() {
    return forest;
  }

  /** The tuned threshold on the rare class's forest probability. */
  public double threshold() {
    return threshold;
  }

  public int rareClass() {
    return rareClass;
  }

  @Override
  public String toString() {
    return "TunedForest(trees=" + trees + ", threshold=" + threshold + ")\n" + forest; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
