package org.linebench.ml.series;

import org.eclipse.osgi.util.NLS;

/** Texts of series, windows and splits; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.series.messages"; //$NON-NLS-1$

  public static String Folds_fewTimes;
  public static String Folds_fewUnits;
  public static String Folds_gapTooLong;
  public static String Rul_noUnit;
  public static String Rul_noValues;
  public static String Series_noTime;
  public static String Series_noUnit;
  public static String Series_notTime;
  public static String Series_sameColumn;
  public static String Series_timeBack;
  public static String Series_timeBackOne;
  public static String Series_timeBackStream;
  public static String Window_badLag;
  public static String Window_badStat;
  public static String Window_needsTime;
  public static String Window_noTimeColumn;
  public static String Window_notNumeric;
  public static String Window_timeWithoutUnit;
  public static String Window_tooLong;
  public static String Window_tooLongTime;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
