package org.linebench.sim.line;

import org.eclipse.osgi.util.NLS;

/** Texts of why a line cannot be simulated; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.sim.line.messages"; //$NON-NLS-1$

  public static String Line_noSource;
  public static String Line_noSink;
  public static String Line_noStation;
  public static String Station_noCycle;
  public static String Station_zeroCycle;
  public static String Station_crew;
  public static String Node_noRoute;
  public static String Source_toSink;
  public static String Time_notATime;
  public static String Variation_bad;
  public static String Data_missing;
  public static String Data_bad;
  public static String Data_column;
  public static String Data_noValues;
  public static String Model_load;
  public static String Model_noData;
  public static String Model_noReadings;
  public static String Model_readings;
  public static String Model_column;
  public static String Model_classes;
  public static String Model_noRepair;
  public static String Model_notMaintenance;
  public static String Model_dataChanged;
  public static String Model_scored;
  public static String Calendar_bad;
  public static String Time_cycle;
  public static String Time_mtbf;
  public static String Time_mttr;
  public static String Time_setup;
  public static String Time_repair;
  public static String Time_interarrival;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
