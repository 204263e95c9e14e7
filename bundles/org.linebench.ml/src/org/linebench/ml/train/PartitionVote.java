package org.linebench.ml.train;

import java.util.List;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Models trained on disjoint partitions of the data, combined into one: the average of their
 * class distributions (a soft vote), or of their predictions for a numeric target. What Weka's
 * distributed packages do with models that cannot be merged, without Weka's {@code Vote}, which
 * may also load pre-built models from files it names (and so is not allowed in a model file).
 * It is assembled from trained models, never trained itself.
 */
public final class PartitionVote extends AbstractClassifier {
  private static final long serialVersionUID = 1L;

  private final Classifier[] members;

  /** @param members the partitions' models, trained on instances of one schema */
  public PartitionVote(List<Classifier> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("no models to combine"); //$NON-NLS-1$
    }
    this.members = members.toArray(Classifier[]::new);
  }

  /** The number of models combined. */
  public int size() {
    return members.length;
  }

  @Override
  public void buildClassifier(Instances data) {
    throw new UnsupportedOperationException("a partition vote is combined from trained models"); //$NON-NLS-1$
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    double[] sum = null;
    for (Classifier m : members) {
      double[] d = m.distributionForInstance(instance);
      if (sum == null) {
        sum = new double[d.length];
      }
      for (int i = 0; i < d.length; i++) {
        sum[i] += d[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= members.length;
    }
    return sum;
  }

  @Override
  public String toString() {
    return "PartitionVote of " + members.length + " models"; //$NON-NLS-1$ //$NON-NLS-2$
  }
}
