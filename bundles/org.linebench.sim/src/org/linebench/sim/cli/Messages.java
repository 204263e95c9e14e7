package org.linebench.sim.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the simulation commands; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.sim.cli.messages"; //$NON-NLS-1$

  public static String Simulate_usage;
  public static String Simulate_noPaths;
  public static String Simulate_noSuchPath;
  public static String Simulate_cannotRead;
  public static String Simulate_noFiles;
  public static String Simulate_loading;
  public static String Simulate_error;
  public static String Simulate_invalid;
  public static String Simulate_noLine;
  public static String Simulate_unknownLine;
  public static String Simulate_whichLine;
  public static String Simulate_badDuration;
  public static String Simulate_badNumber;
  public static String Simulate_badFormat;
  public static String Simulate_warmupTooLong;
  public static String Simulate_tooManyReplications;
  public static String Simulate_estimate;
  public static String Simulate_estimateWhatIfs;
  public static String Simulate_starting;
  public static String Simulate_progress;
  public static String Simulate_written;
  public static String Simulate_cannotWrite;
  public static String Simulate_cancelled;
  public static String Bench_usage;
  public static String Bench_hold;
  public static String Bench_holdCpu;
  public static String Bench_line;
  public static String Bench_cores;
  public static String Bench_memory;
  public static String Bench_badNumber;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
