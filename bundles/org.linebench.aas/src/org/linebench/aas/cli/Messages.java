package org.linebench.aas.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code linebench export}; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.aas.cli.messages"; //$NON-NLS-1$

  public static String Export_aasDone;
  public static String Export_amlDone;
  public static String Export_badFormat;
  public static String Export_cannotRead;
  public static String Export_cannotWrite;
  public static String Export_error;
  public static String Export_errors;
  public static String Export_loading;
  public static String Export_noFiles;
  public static String Export_noPaths;
  public static String Export_noSuchPath;
  public static String Export_notLinked;
  public static String Export_unknownPack;
  public static String Export_usage;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
