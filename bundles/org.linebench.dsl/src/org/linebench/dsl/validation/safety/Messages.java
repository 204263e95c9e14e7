package org.linebench.dsl.validation.safety;

import org.eclipse.osgi.util.NLS;

/** Texts of the safety findings of the line language; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.validation.safety.messages"; //$NON-NLS-1$

  public static String Category_unknown;
  public static String Value_range;
  public static String Value_positive;
  public static String Feature_mttfd;
  public static String Feature_dcAvg;
  public static String Feature_ccf;
  public static String Beams_order;
  public static String Beams_detection;
  public static String Unit_length;
  public static String Clearance_date;
  public static String Clearance_reference;
  public static String Hazard_measure;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
