package org.linebench.ml.series;

/**
 * One window over one reading of one unit, updated one row at a time: mean, standard deviation,
 * minimum, maximum, least-squares slope and last value of the readings in the window, each in
 * constant time per row (running sums; minimum and maximum by monotone queues). The sums are kept
 * relative to an anchor that moves on once the window has been replaced, and recomputed then, so
 * that rounding neither grows with the length of a series nor depends on where it starts.
 *
 * <p>Missing readings (NaN) take their row in a row window but count in no figure.
 */
final class Rolling {
  private final int maxRows;
  private final double span;

  // the window's entries, a ring indexed by sequence number & mask
  private double[] xs = new double[8];
  private double[] ys = new double[8];
  private int mask = 7;
  private long first; // sequence number of the oldest entry
  private long next; // sequence number of the next entry

  // queues of sequence numbers: increasing values (minimum first), decreasing values (maximum first)
  private long[] minQ = new long[8];
  private long[] maxQ = new long[8];
  private long minHead;
  private long minTail;
  private long maxHead;
  private long maxTail;

  private long lastPresent = -1;
  private long anchorSeq = -1;
  private double anchorX;
  private double anchorY;
  private int n;
  private double sx;
  private double sxx;
  private double sy;
  private double syy;
  private double sxy;

  /**
   * @param maxRows the rows it holds, or 0 for a span
   * @param span the span of x it holds (readings with x > newest x - span), when maxRows is 0
   */
  Rolling(int maxRows, double span) {
    this.maxRows = maxRows;
    this.span = span;
    if (maxRows > 0) {
      grow(Integer.highestOneBit(Math.max(4, maxRows)) * 2);
    }
  }

  /** Adds a row: its position x (row number or time) and its reading y (NaN when missing). */
  void add(double x, double y) {
    if (next - first == xs.length) {
      grow(xs.length * 2);
    }
    long s = next++;
    xs[(int) (s & mask)] = x;
    ys[(int) (s & mask)] = y;
    if (!Double.isNaN(y)) {
      if (anchorSeq < 0) {
        anchor(s);
      } else {
        include(x, y, 1);
      }
      while (maxTail > maxHead && ys[(int) (maxQ[(int) ((maxTail - 1) & mask)] & mask)] <= y) {
        maxTail--;
      }
      maxQ[(int) (maxTail++ & mask)] = s;
      while (minTail > minHead && ys[(int) (minQ[(int) ((minTail - 1) & mask)] & mask)] >= y) {
        minTail--;
      }
      minQ[(int) (minTail++ & mask)] = s;
      lastPresent = s;
    }
    if (maxRows > 0) {
      while (next - first > maxRows) {
        evict();
      }
    } else {
      while (xs[(int) (first & mask)] <= x - span) {
        evict();
      }
    }
    if (anchorSeq >= 0 && anchorSeq < first && n > 0) {
      anchor(first); // every reading the sums started from has left: start afresh
    }
  }

  private void evict() {
    long s = first++;
    double y = ys[(int) (s & mask)];
    if (!Double.isNaN(y)) {
      include(xs[(int) (s & mask)], y, -1);
      if (n == 0) { // exactly nothing, not the sums' rounding
        anchorSeq = -1;
        sx = sxx = sy = syy = sxy = 0;
      }
      if (maxTail > maxHead && maxQ[(int) (maxHead & mask)] == s) {
        maxHead++;
      }
      if (minTail > minHead && minQ[(int) (minHead & mask)] == s) {
        minHead++;
      }
    }
  }

  private void include(double x, double y, int sign) {
    double dx = x - anchorX;
    double dy = y - anchorY;
    n += sign;
    sx += sign * dx;
    sxx += sign * dx * dx;
    sy += sign * dy;
    syy += sign * dy * dy;
    sxy += sign * dx * dy;
  }

  /** Makes entry {@code from} (or the first present one after it) the anchor and sums the window again. */
  private void anchor(long from) {
    long a = from;
    while (a < next && Double.isNaN(ys[(int) (a & mask)])) {
      a++;
    }
    n = 0;
    sx = sxx = sy = syy = sxy = 0;
    if (a == next) {
      anchorSeq = -1;
      return;
    }
    anchorSeq = a;
    anchorX = xs[(int) (a & mask)];
    anchorY = ys[(int) (a & mask)];
    for (long s = a; s < next; s++) {
      double y = ys[(int) (s & mask)];
      if (!Double.isNaN(y)) {
        include(xs[(int) (s & mask)], y, 1);
      }
    }
  }

  private void grow(int capacity) {
    double[] nx = new double[capacity];
    double[] ny = new double[capacity];
    long[] nmin = new long[capacity];
    long[] nmax = new long[capacity];
    int m = capacity - 1;
    for (long s = first; s < next; s++) {
      nx[(int) (s & m)] = xs[(int) (s & mask)];
      ny[(int) (s & m)] = ys[(int) (s & mask)];
    }
    for (long q = minHead; q < minTail; q++) {
      nmin[(int) (q & m)] = minQ[(int) (q & mask)];
    }
    for (long q = maxHead; q < maxTail; q++) {
      nmax[(int) (q & m)] = maxQ[(int) (q & mask)];
    }
    xs = nx;
    ys = ny;
    minQ = nmin;
    maxQ = nmax;
    mask = m;
  }

  /** Readings present in the window. */
  int count() {
    return n;
  }

  double mean() {
    return n == 0 ? Double.NaN : anchorY + sy / n;
  }

  /** The sample standard deviation; NaN below two readings. */
  double std() {
    if (n < 2) {
      return Double.NaN;
    }
    double v = (syy - sy * sy / n) / (n - 1);
    return v <= 0 ? 0 : Math.sqrt(v);
  }

  double min() {
    return minTail == minHead ? Double.NaN : ys[(int) (minQ[(int) (minHead & mask)] & mask)];
  }

  double max() {
    return maxTail == maxHead ? Double.NaN : ys[(int) (maxQ[(int) (maxHead & mask)] & mask)];
  }

  /** The least-squares slope of the readings over x; NaN below two readings or two positions. */
  double slope() {
    if (n < 2) {
      return Double.NaN;
    }
    double d = n * sxx - sx * sx;
    return d <= 0 ? Double.NaN : (n * sxy - sx * sy) / d;
  }

  /** The newest reading in the window, or NaN. */
  double last() {
    return lastPresent >= first ? ys[(int) (lastPresent & mask)] : Double.NaN;
  }

  /** Bytes this window keeps, for the memory figures. */
  long bytes() {
    return 4L * 8 * xs.length + 96;
  }
}
