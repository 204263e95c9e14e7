package org.linebench.sim.kernel;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap in parallel arrays (time, sequence number, payload), no
 * objects per event. Events at the same time leave in the order they were scheduled (FIFO by a
 * sequence number), so a run is the same on every machine.
 */
public final class EventQueue {
  private double[] time;
  private long[] seq;
  private int[] data;
  private int size;
  private long next;
  private double lastTime;

  public EventQueue(int initialCapacity) {
    int c = Math.max(16, initialCapacity);
    time = new double[c];
    seq = new long[c];
    data = new int[c];
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The time of the next event; +infinity when there is none. */
  public double peekTime() {
    return size == 0 ? Double.POSITIVE_INFINITY : time[0];
  }

  /** The time of the event {@link #pop()} returned last. */
  public double lastTime() {
    return lastTime;
  }

  /** Removes every event; sequence numbers go on. */
  public void clear() {
    size = 0;
  }

  /** Adds an event with its payload at an absolute time. */
  public void push(double t, int payload) {
    if (size == time.length) {
      grow();
    }
    long s = next++;
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      double pt = time[parent];
      if (pt < t || pt == t && seq[parent] < s) {
        break;
      }
      time[hole] = pt;
      seq[hole] = seq[parent];
      data[hole] = data[parent];
      hole = parent;
    }
    time[hole] = t;
    seq[hole] = s;
    data[hole] = payload;
  }

  /** Removes the earliest event and returns its payload; its time is {@link #lastTime()}. */
  public int pop() {
    if (size == 0) {
      throw new IllegalStateException("no events"); //$NON-NLS-1$
    }
    int result = data[0];
    lastTime = time[0];
    int n = --size;
    if (n > 0) {
      double t = time[n];
      long s = seq[n];
      int d = data[n];
      int hole = 0;
      int half = n >>> 1;
      while (hole < half) {
        int child = 2 * hole + 1;
        int right = child + 1;
        double ct = time[child];
        if (right < n) {
          double rt = time[right];
          if (rt < ct || rt == ct && seq[right] < seq[child]) {
            child = right;
            ct = rt;
          }
        }
        if (t < ct || t == ct && s < seq[child]) {
          break;
        }
        time[hole] = ct;
        seq[hole] = seq[child];
        data[hole] = data[child];
        hole = child;
      }
      time[hole] = t;
      seq[hole] = s;
      data[hole] = d;
    }
    return result;
  }

  private void grow() {
    int c = time.length * 2;
    time = Arrays.copyOf(time, c);
    seq = Arrays.copyOf(seq, c);
    data = Arrays.copyOf(data, c);
  }
}
