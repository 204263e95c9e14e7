package org.linebench.ml.train;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.Schema;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.Memory;

/**
 * Estimates what training will take of the heap before it starts, so that data too large for it
 * stops at once with a message that says how much it needs, and decides on how many threads a
 * forest may grow its trees: as many as there are cores when memory allows, else one. With one,
 * an out-of-memory error reaches the training thread (and becomes that message too) instead of
 * being printed and swallowed in one of Weka's worker threads.
 *
 * <p>The model behind the figures (Weka 3.8): an instance takes {@link #INSTANCE_BYTES} plus 8 per
 * attribute; cross-validation holds the data, its shuffled copy, a fold's training and test
 * copies and the bagging copy of the forest; each tree being grown holds its bag and, per
 * attribute, sorted indices and weights (12 bytes a row); a grown tree takes {@link #NODE_BYTES}
 * per node, about twice the rows times the target's Gini impurity for classes, and as many nodes
 * as rows for numbers.
 */
final class TrainingMemory {
  private static final long INSTANCE_BYTES = 56;
  private static final long NODE_BYTES = 120;
  /** The guard: a column's values sorted by class and each row's class. */
  private static final long GUARD_BYTES_PER_ROW = 24;
  private static final long PREDICTION_BYTES = 120;
  /**
   * The figures above undercount what the heap holds at its fullest (Weka's temporary arrays,
   * garbage not yet collected): 150,000 rows of 34 attributes, maintenance recipe, took 1.03 GB
   * live after marking against 0.9 GB estimated.
   */
  private static final double MARGIN = 1.25;

  private TrainingMemory() {}

  /** Bytes of Weka instances of this many rows and attributes. */
  static long instances(long rows, int width) {
    return rows * (INSTANCE_BYTES + 8L * width);
  }

  /** Checks that the leakage guard's copies of one column fit. */
  static void checkGuard(CsvTable table) throws DataException {
    Memory.check(table.file(), GUARD_BYTES_PER_ROW * table.rowCount(), 0, table.rowCount(), table.columns().size());
  }

  /**
   * The threads a forest may use, after checking that training fits at all.
   *
   * @param classCounts rows per class, or null for a numeric target
   * @throws DataException "this data needs about N GB ..." when even one thread does not fit
   */
  static int slots(CsvTable table, Schema schema, Recipe recipe, int[] classCounts) throws DataException {
    long n = table.rowCount();
    int width = schema.features().size() + schema.derived().size() + 1;
    long inst = (long) (MARGIN * instances(n, width));
    long base = 4 * inst;
    int cores = Runtime.getRuntime().availableProcessors();
    if (recipe == Recipe.CUSTOM) {
      Memory.check(table.file(), base, 0, table.rowCount(), table.columns().size());
      return cores;
    }
    long perTree = inst + (long) (MARGIN * 12 * width * n);
    long forest = (long) (MARGIN * Trainer.TREES * NODE_BYTES * nodesPerTree(n, classCounts));
    long extra = forest + (recipe == Recipe.QUALITY ? inst : 0) + (recipe == Recipe.MAINTENANCE ? PREDICTION_BYTES * n : 0);
    for (int s = cores; s > 1; s--) {
      if (Memory.fits(base + extra + s * perTree)) {
        return s;
      }
    }
    Memory.check(table.file(), base + extra + perTree, 0, table.rowCount(), table.columns().size());
    return 1;
  }

  private static long nodesPerTree(long rows, int[] classCounts) {
    if (classCounts == null) {
      return rows;
    }
    long total = 0;
    for (int c : classCounts) {
      total += c;
    }
    double gini = 1;
    for (int c : classCounts) {
      double p = c / (double) Math.max(1, total);
      gini -= p * p;
    }
    return Math.min(2 * rows, 1 + (long) (2 * rows * gini));
  }

  /** The message for an out-of-memory error during training. */
  static DataException exhausted(CsvTable table) {
    return new DataException(table.file(), 0, 0, NLS.bind(Messages.Train_outOfMemory, table.rowCount(),
        Memory.gigabytes(Runtime.getRuntime().maxMemory())));
  }
}
