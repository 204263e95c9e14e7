package org.linebench.sim.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the simulation in the workbench; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.sim.ui.internal.messages"; //$NON-NLS-1$

  public static String Dialog_title;
  public static String Dialog_message;
  public static String Dialog_line;
  public static String Dialog_horizon;
  public static String Dialog_warmup;
  public static String Dialog_replications;
  public static String Dialog_seed;
  public static String Dialog_whatIfs;
  public static String Dialog_durationHint;
  public static String Dialog_badDuration;
  public static String Dialog_badNumber;
  public static String Dialog_replicationsRange;
  public static String Dialog_warmupTooLong;
  public static String Handler_noLineEditor;
  public static String Handler_noLines;
  public static String Job_name;
  public static String Job_loading;
  public static String Job_compiling;
  public static String Job_running;
  public static String Job_failed;
  public static String Job_error;
  public static String Job_invalid;
  public static String Job_estimateTitle;
  public static String Job_estimate;
  public static String View_empty;
  public static String View_title;
  public static String View_throughput;
  public static String View_station;
  public static String View_bottleneck;
  public static String View_buffer;
  public static String View_saveReport;
  public static String View_saveReportTip;
  public static String View_saveFailed;
  public static String View_again;
  public static String View_againTip;
  public static String Overlay_title;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
