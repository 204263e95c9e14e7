package org.linebench.sim.random;

import java.util.SplittableRandom;

/** Draws durations (seconds) from a distribution. */
public interface Sampler {
  double sample(SplittableRandom random);

  /** The distribution's mean. */
  double mean();

  /** A short description for reports, e.g. {@code triangular(50, 55, 62)}. */
  String describe();
}
