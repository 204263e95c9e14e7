package org.linebench.project.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.project.cli.messages"; //$NON-NLS-1$

  public static String Bench_badNumber;
  public static String Bench_cannotWrite;
  public static String Bench_edit;
  public static String Bench_failed;
  public static String Bench_full;
  public static String Bench_generated;
  public static String Bench_memory;
  public static String Bench_noWorkspace;
  public static String Bench_open;
  public static String Bench_tooFewStations;
  public static String Bench_usage;
  public static String Bench_workspaceInUse;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
