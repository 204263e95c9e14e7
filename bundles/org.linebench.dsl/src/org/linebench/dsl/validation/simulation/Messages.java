package org.linebench.dsl.validation.simulation;

import org.eclipse.osgi.util.NLS;

/** Texts of the simulation findings; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.validation.simulation.messages"; //$NON-NLS-1$

  public static String Unit_incompatible;
  public static String Distribution_triangular;
  public static String Distribution_sd;
  public static String Distribution_shape;
  public static String Distribution_kind;
  public static String Flow_probabilitySum;
  public static String Flow_probabilityRest;
  public static String Flow_probabilityTooHigh;
  public static String Flow_probabilityAlone;
  public static String Shift_time;
  public static String Shift_empty;
  public static String Shift_break;
  public static String Shift_overlap;
  public static String Calendar_empty;
  public static String Variant_shares;
  public static String Variant_lot;
  public static String Setup_unused;
  public static String Failure_purpose;
  public static String Failure_foreignModel;
  public static String Failure_noRepair;
  public static String Crew_size;
  public static String Crew_tooSmall;
  public static String Mtbf_withoutMttr;
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
