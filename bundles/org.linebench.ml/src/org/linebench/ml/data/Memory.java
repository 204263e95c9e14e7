package org.linebench.ml.data;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * Says before a large allocation whether it fits the heap this Java may use, so that data too
 * large for it stops with a message that says how much it needs (and how to give it), not with an
 * out-of-memory error halfway.
 */
public final class Memory {
  /** Share of the free heap an estimate may take: estimates are rough, and the rest of the run needs room too. */
  private static final double HEADROOM = 0.85;

  private Memory() {}

  /** Bytes this Java may still allocate: the heap's maximum less what is in use. */
  public static long available() {
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  /** Whether {@code needed} bytes fit comfortably into what is free now. */
  public static boolean fits(long needed) {
    return needed <= HEADROOM * available();
  }

  /**
   * Checks that {@code needed} bytes fit.
   *
   * @param file the data file, for the message
   * @param rows its rows, for the message
   * @param columns its columns, for the message
   * @throws DataException "this data needs about N GB ..." when they do not
   */
  public static void check(String file, long needed, long fileBytes, int rows, int columns) throws DataException {
    long available = available();
    if (needed > HEADROOM * available) {
      System.gc(); // what is in use may be garbage: ask once before refusing
      available = available();
    }
    if (needed > HEADROOM * available) {
      long max = Runtime.getRuntime().maxMemory();
      long suggested = (long) Math.ceil((needed / HEADROOM + (max - available)) / (double) (1L << 30));
      throw new DataException(file, 0, 0, NLS.bind(Messages.Memory_tooLarge,
          new Object[] {gigabytes(needed), rows, columns, gigabytes(max), Math.max(suggested + 1, 2)}));
    }
  }

  /** Bytes in GB with one decimal. */
  public static String gigabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (double) (1L << 30)); //$NON-NLS-1$
  }
}
