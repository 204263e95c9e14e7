package org.linebench.ml.model;

import java.lang.reflect.Field;

import weka.classifiers.Classifier;
import weka.classifiers.meta.Bagging;
import weka.classifiers.trees.RandomForest;
import weka.classifiers.trees.RandomTree;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A random forest of Weka's ({@link RandomForest}: bagged {@link RandomTree}s) copied into flat
 * arrays, for scoring many rows: the nodes of all trees side by side instead of one object each,
 * a row as a {@code double[]} instead of a Weka instance. It computes what Weka 3.8's
 * {@code RandomTree.Tree.distributionForInstance} and {@code Bagging.distributionForInstance}
 * compute, with the same arithmetic in the same order, so that the predictions are Weka's bit for
 * bit (tested): a row goes down each tree to a leaf; where a value is missing, the distributions
 * of all branches are added, each weighted by its share of the training rows; a branch that
 * learned nothing gives its parent's distribution; the forest averages its trees' predictions
 * (numeric target) or adds and normalizes their distributions (classes).
 *
 * <p>The trees' fields are protected in Weka: they are read once, by reflection, when the model is
 * loaded. A forest this class does not know (another Weka version's, a tree with a ZeroR
 * fallback) gives null from {@link #of}: the model is then scored by Weka itself.
 */
public final class FlatForest {
  private final int classes;
  private final boolean numericClass;
  private final int[] roots;
  /** Per node: the attribute it splits on, or -1 at a leaf. */
  private final int[] attribute;
  private final double[] split;
  /** Per node: its first successor (the others follow it) and their number. */
  private final int[] first;
  private final int[] successors;
  /** Per node: its parent's weight of it when a value is missing (the parent's {@code m_Prop}). */
  private final double[] share;
  /** Per node: whether it has a distribution of its own, and that distribution ({@code classes} values). */
  private final boolean[] has;
  private final double[] own;
  /** Per attribute: whether it is nominal (a branch per value). */
  private final boolean[] nominal;

  private FlatForest(int classes, boolean numericClass, int[] roots, Nodes n, boolean[] nominal) {
    this.classes = classes;
    this.numericClass = numericClass;
    this.roots = roots;
    this.attribute = java.util.Arrays.copyOf(n.attribute, n.size);
    this.split = java.util.Arrays.copyOf(n.split, n.size);
    this.first = java.util.Arrays.copyOf(n.first, n.size);
    this.successors = java.util.Arrays.copyOf(n.successors, n.size);
    this.share = java.util.Arrays.copyOf(n.share, n.size);
    this.has = java.util.Arrays.copyOf(n.has, n.size);
    this.own = java.util.Arrays.copyOf(n.own, n.size * classes);
    this.nominal = nominal;
  }

  /** The nodes while they are collected, in arrays that grow. */
  private static final class Nodes {
    final int classes;
    int size;
    int[] attribute = new int[1024];
    double[] split = new double[1024];
    int[] first = new int[1024];
    int[] successors = new int[1024];
    double[] share = new double[1024];
    boolean[] has = new boolean[1024];
    double[] own;

    Nodes(int classes) {
      this.classes = classes;
      own = new double[1024 * classes];
    }

    int add(double weight) {
      if (size == attribute.length) {
        int n = size * 2;
        attribute = java.util.Arrays.copyOf(attribute, n);
        split = java.util.Arrays.copyOf(split, n);
        first = java.util.Arrays.copyOf(first, n);
        successors = java.util.Arrays.copyOf(successors, n);
        share = java.util.Arrays.copyOf(share, n);
        has = java.util.Arrays.copyOf(has, n);
        own = java.util.Arrays.copyOf(own, n * classes);
      }
      attribute[size] = -1;
      first[size] = -1;
      share[size] = weight;
      return size++;
    }
  }

  /**
   * The flat copy of a {@link RandomForest} (for a tuned forest, give the forest inside it); null
   * for another classifier, or a forest this class cannot copy.
   */
  public static FlatForest of(Classifier model) {
    if (!(model instanceof RandomForest forest) || forest.getClass() != RandomForest.class) {
      return null;
    }
    try {
      Classifier[] members = (Classifier[]) field(weka.classifiers.IteratedSingleClassifierEnhancer.class, "m_Classifiers").get(forest); //$NON-NLS-1$
      if (members == null || members.length == 0 || members.length != ((Bagging) forest).getNumIterations()) {
        return null;
      }
      Field tree = field(RandomTree.class, "m_Tree"); //$NON-NLS-1$
      Field info = field(RandomTree.class, "m_Info"); //$NON-NLS-1$
      Field zeroR = field(RandomTree.class, "m_zeroR"); //$NON-NLS-1$
      Nodes nodes = null;
      TreeFields fields = null;
      int[] roots = new int[members.length];
      Instances header = null;
      for (int t = 0; t < members.length; t++) {
        if (!(members[t] instanceof RandomTree rt) || rt.getClass() != RandomTree.class || zeroR.get(rt) != null || tree.get(rt) == null) {
          return null;
        }
        Instances h = (Instances) info.get(rt);
        if (header == null) {
          header = h;
          nodes = new Nodes(h.numClasses());
        } else if (h.numAttributes() != header.numAttributes() || h.classIndex() != header.classIndex()) {
          return null;
        }
        roots[t] = nodes.add(Double.NaN);
        Object root = tree.get(rt);
        fields = fields != null ? fields : new TreeFields(root.getClass());
        copy(root, roots[t], nodes, fields, h, rt.getAllowUnclassifiedInstances());
      }
      boolean[] nominal = new boolean[header.numAttributes()];
      for (int a = 0; a < nominal.length; a++) {
        nominal[a] = header.attribute(a).isNominal();
      }
      return new FlatForest(header.numClasses(), header.classAttribute().isNumeric(), roots, nodes, nominal);
    } catch (ReflectiveOperationException | RuntimeException e) { // not the Weka this was written for
      return null;
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** The fields of Weka's tree nodes ({@code RandomTree.Tree}), looked up once. */
  private static final class TreeFields {
    final Field attribute;
    final Field distribution;
    final Field successors;
    final Field prop;
    final Field split;

    TreeFields(Class<?> type) throws NoSuchFieldException {
      attribute = field(type, "m_Attribute"); //$NON-NLS-1$
      distribution = field(type, "m_ClassDistribution"); //$NON-NLS-1$
      successors = field(type, "m_Successors"); //$NON-NLS-1$
      prop = field(type, "m_Prop"); //$NON-NLS-1$
      split = field(type, "m_SplitPoint"); //$NON-NLS-1$
    }
  }

  /** Copies a tree's node into {@code index}, then its successors (side by side) and theirs. */
  private static void copy(Object node, int index, Nodes nodes, TreeFields f, Instances header, boolean allowUnclassified)
      throws ReflectiveOperationException {
    int attribute = f.attribute.getInt(node);
    double[] distribution = (double[]) f.distribution.get(node);
    double[] own;
    if (distribution != null) {
      own = distribution.clone();
      if (header.classAttribute().isNominal()) {
        Utils.normalize(own);
      }
    } else if (allowUnclassified) {
      own = new double[header.numClasses()];
      if (header.classAttribute().isNumeric()) {
        own[0] = Utils.missingValue();
      }
    } else {
      own = null;
    }
    if (own != null) {
      nodes.has[index] = true;
      System.arraycopy(own, 0, nodes.own, index * nodes.classes, nodes.classes);
    }
    if (attribute <= -1) {
      return;
    }
    Object[] children = (Object[]) f.successors.get(node);
    double[] prop = (double[]) f.prop.get(node);
    nodes.attribute[index] = attribute;
    nodes.split[index] = f.split.getDouble(node);
    nodes.successors[index] = children.length;
    int firstChild = -1;
    for (int i = 0; i < children.length; i++) {
      int c = nodes.add(prop[i]);
      firstChild = i == 0 ? c : firstChild;
    }
    nodes.first[index] = firstChild;
    for (int i = 0; i < children.length; i++) {
      copy(children[i], firstChild + i, nodes, f, header, allowUnclassified);
    }
  }

  /**
   * The forest's distribution for a row (Weka's {@code distributionForInstance}): for a numeric
   * target one value, the prediction.
   *
   * @param values the row's attribute values as Weka holds them (missing as NaN, a nominal value as
   *        its index), the class's place included
   * @throws IllegalStateException where Weka would fail: a tree that gives no distribution
   */
  public double[] distribution(double[] values) {
    double[] sums = new double[classes];
    double predictions = 0;
    for (int root : roots) {
      int at = leaf(root, values);
      double[] d;
      int offset;
      if (at >= 0) {
        d = own;
        offset = at * classes;
      } else if (at == -1) {
        throw new IllegalStateException("Null distribution predicted"); //$NON-NLS-1$
      } else {
        d = missing(-at - 2, values);
        offset = 0;
      }
      if (numericClass) {
        double p = d[offset];
        if (!Utils.isMissingValue(p)) {
          sums[0] += p;
          predictions++;
        }
      } else {
        for (int j = 0; j < classes; j++) {
          sums[j] += d[offset + j];
        }
      }
    }
    if (numericClass) {
      sums[0] = predictions == 0 ? Utils.missingValue() : sums[0] / predictions;
    } else if (!Utils.eq(Utils.sum(sums), 0)) {
      Utils.normalize(sums);
    }
    return sums;
  }

  /**
   * Goes down from a node: the node whose distribution the row gets (the deepest on its way that
   * has one), -1 when none has, or {@code -(node + 2)} when a value the node splits on is missing.
   */
  private int leaf(int node, double[] values) {
    int best = -1;
    int n = node;
    while (true) {
      if (has[n]) {
        best = n;
      }
      int a = attribute[n];
      if (a < 0) {
        return best;
      }
      double v = values[a];
      if (v != v) { // missing
        return -n - 2;
      }
      n = nominal[a] ? first[n] + (int) v : v < split[n] ? first[n] : first[n] + 1;
    }
  }

  /** The distribution of a node whose value is missing: its branches' weighted by their shares. */
  private double[] missing(int node, double[] values) {
    double[] d = new double[classes];
    for (int i = 0; i < successors[node]; i++) {
      int c = first[node] + i;
      int at = leaf(c, values);
      double[] help;
      int offset;
      if (at >= 0) {
        help = own;
        offset = at * classes;
      } else if (at == -1) {
        continue;
      } else {
        help = missing(-at - 2, values);
        offset = 0;
      }
      for (int j = 0; j < classes; j++) {
        d[j] += share[c] * help[offset + j];
      }
    }
    return d;
  }
}
