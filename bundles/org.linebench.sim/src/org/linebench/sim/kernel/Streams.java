package org.linebench.sim.kernel;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random streams: one per element of the line and purpose (cycle times, failures, routing, ...),
 * derived from the seed, the replication and the element's name. Two variants of a line run with
 * the same seed draw the same numbers at the elements they share (common random numbers), so
 * their difference is measured with little noise.
 */
public final class Streams {
  private final long seed;
  private final int replication;

  public Streams(long seed, int replication) {
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream of one element and purpose. */
  public SplittableRandom stream(String element, int purpose) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h + replication);
    for (byte b : element.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h + (b & 0xff));
    }
    h = mix(h + purpose);
    return new SplittableRandom(h);
  }

  /** SplitMix64's finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
