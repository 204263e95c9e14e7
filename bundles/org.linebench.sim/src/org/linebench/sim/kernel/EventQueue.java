package org.linebench.sim.kernel;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap in two parallel arrays, the event's time and a key that
 * holds its sequence number (high 32 bits) and its payload (low 32 bits); no objects per event.
 * Events at the same time leave in the order they were scheduled (FIFO by sequence number), so a
 * run is the same on every machine. A pop leaves the root empty; the next push fills it and sinks
 * (the hold pattern of a simulation: take the next event, schedule the one it causes).
 */
public final class EventQueue {
  private final long seqLimit;

  private double[] time;
  private long[] key;
  private int size;
  /** The root slot is empty (the event there was popped); the events are at 1..size. */
  private boolean hole;
  private long next;
  private double lastTime;

  public EventQueue(int initialCapacity) {
    this(initialCapacity, 1L << 31);
  }

  /** With another limit of sequence numbers before they are renumbered (for tests). */
  EventQueue(int initialCapacity, long seqLimit) {
    this.seqLimit = seqLimit;
    int c = Math.max(16, initialCapacity);
    time = new double[c];
    key = new long[c];
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The time of the next event; +infinity when there is none. */
  public double peekTime() {
    if (hole) {
      fillRoot();
    }
    return size == 0 ? Double.POSITIVE_INFINITY : time[0];
  }

  /** The time of the event {@link #pop()} returned last. */
  public double lastTime() {
    return lastTime;
  }

  /**
   * Adds an event with its payload at an absolute time. Right after a {@link #pop()} the root is
   * empty: the new event goes there and sinks to its place (one pass instead of two).
   */
  public void push(double t, int payload) {
    if (size + 1 >= time.length) {
      time = Arrays.copyOf(time, time.length * 2);
      key = Arrays.copyOf(key, key.length * 2);
    }
    if (next == seqLimit) {
      if (hole) {
        fillRoot();
      }
      renumber();
    }
    long k = next++ << 32 | payload & 0xFFFFFFFFL;
    if (hole) {
      hole = false;
      size++;
      siftDown(t, k, size);
      return;
    }
    double[] tm = time;
    long[] ky = key;
    int h = size++;
    while (h > 0) {
      int parent = (h - 1) >>> 1;
      double pt = tm[parent];
      if (pt < t || pt == t && ky[parent] < k) {
        break;
      }
      tm[h] = pt;
      ky[h] = ky[parent];
      h = parent;
    }
    tm[h] = t;
    ky[h] = k;
  }

  /** Removes the earliest event and returns its payload; its time is {@link #lastTime()}. */
  public int pop() {
    if (hole) {
      fillRoot();
    }
    if (size == 0) {
      throw new IllegalStateException("no events"); //$NON-NLS-1$
    }
    int result = (int) key[0];
    lastTime = time[0];
    size--;
    hole = true; // the root stays empty until the next push or pop fills it
    return result;
  }

  /** Moves the last event into the empty root and lets it sink. */
  private void fillRoot() {
    hole = false;
    if (size > 0) {
      siftDown(time[size], key[size], size);
    }
  }

  /** Places an event at the root of a heap of {@code n} slots (the root free) and lets it sink to its place. */
  private void siftDown(double t, long k, int n) {
    double[] tm = time;
    long[] ky = key;
    int h = 0;
    int half = n >>> 1;
    while (h < half) {
      int child = 2 * h + 1;
      double ct = tm[child];
      long ck = ky[child];
      int right = child + 1;
      if (right < n) {
        double rt = tm[right];
        if (rt < ct || rt == ct && ky[right] < ck) {
          child = right;
          ct = rt;
          ck = ky[right];
        }
      }
      if (t < ct || t == ct && k < ck) {
        break;
      }
      tm[h] = ct;
      ky[h] = ck;
      h = child;
    }
    tm[h] = t;
    ky[h] = k;
  }

  /**
   * Gives the pending events new sequence numbers 0..n-1 in their order, so that numbering can go
   * on (after 2^31 events; the order of events does not change).
   */
  private void renumber() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> time[a] != time[b] ? Double.compare(time[a], time[b]) : Long.compare(key[a], key[b]));
    double[] t = new double[time.length];
    long[] k = new long[key.length];
    for (int i = 0; i < size; i++) {
      t[i] = time[order[i]];
      k[i] = (long) i << 32 | key[order[i]] & 0xFFFFFFFFL;
    }
    time = t; // sorted ascending: a valid heap
    key = k;
    next = size;
  }
}
