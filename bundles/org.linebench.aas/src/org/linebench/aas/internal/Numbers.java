package org.linebench.aas.internal;

/** Numbers as xs:double text: whole numbers without a fraction, others in Java's shortest form. */
final class Numbers {
  private Numbers() {}

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
