package org.linebench.dsl.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code linebench validate}; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.cli.messages"; //$NON-NLS-1$

  public static String Bench_badNumber;
  public static String Bench_coldJvm;
  public static String Bench_coldSize;
  public static String Bench_result;
  public static String Bench_usage;
  public static String Validate_cannotRead;
  public static String Validate_error;
  public static String Validate_info;
  public static String Validate_loading;
  public static String Validate_noFiles;
  public static String Validate_noPaths;
  public static String Validate_noSuchPath;
  public static String Validate_summary;
  public static String Validate_usage;
  public static String Validate_warning;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
