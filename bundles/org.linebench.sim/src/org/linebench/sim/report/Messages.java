package org.linebench.sim.report;

import org.eclipse.osgi.util.NLS;

/** Texts of the simulation report; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.sim.report.messages"; //$NON-NLS-1$

  public static String Report_title;
  public static String Report_run;
  public static String Report_throughput;
  public static String Report_perShift;
  public static String Report_shift;
  public static String Report_wip;
  public static String Report_littleEdges;
  public static String Report_yield;
  public static String Report_lineOee;
  public static String Report_crew;
  public static String Report_lost;
  public static String Report_stations;
  public static String Report_bottleneck;
  public static String Report_noBottleneck;
  public static String Report_whatIfs;
  public static String WhatIf_BUFFER_PLACE;
  public static String WhatIf_NEW_BUFFER;
  public static String WhatIf_SHORTER_CYCLE;
  public static String Report_buffers;
  public static String Report_buffer;
  public static String Report_models;
  public static String Report_model;
  public static String Report_failures;
  public static String Report_mtbf;
  public static String Col_station;
  public static String Col_working;
  public static String Col_starved;
  public static String Col_blocked;
  public static String Col_failed;
  public static String Col_setup;
  public static String Col_offShift;
  public static String Col_utilisation;
  public static String Col_oee;
  public static String Col_availability;
  public static String Col_performance;
  public static String Col_quality;
  public static String Col_throughput;
  public static String Col_bottleneck;
  public static String Col_fill;
  public static String Col_share;
  public static String Html_legend;
  public static String Html_generated;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
