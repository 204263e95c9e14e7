package org.linebench.aml.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code linebench import} and {@code bench-aml}; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.aml.cli.messages"; //$NON-NLS-1$

  public static String Bench_badNumber;
  public static String Bench_result;
  public static String Bench_usage;
  public static String Import_cannot;
  public static String Import_changed;
  public static String Import_error;
  public static String Import_noSuchFile;
  public static String Import_notAFolder;
  public static String Import_nothing;
  public static String Import_oneFile;
  public static String Import_reading;
  public static String Import_summary;
  public static String Import_usage;
  public static String Import_warning;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
