package org.linebench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's texts; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.cli.internal.messages"; //$NON-NLS-1$

  public static String Arguments_flagWithValue;
  public static String Arguments_missingOption;
  public static String Arguments_missingValue;
  public static String Arguments_unknownOption;
  public static String Cli_badCommandContribution;
  public static String Cli_badLanguage;
  public static String Cli_duplicateCommand;
  public static String Cli_error;
  public static String Cli_internalError;
  public static String Cli_missingLanguage;
  public static String Cli_outOfMemory;
  public static String Cli_seeDebug;
  public static String Cli_unknownCommand;
  public static String Help_commandUsage;
  public static String Help_commandsHeading;
  public static String Help_exitCodes;
  public static String Help_globalOptions;
  public static String Help_moreHelp;
  public static String Help_oneCommand;
  public static String Help_title;
  public static String Help_unknownCommand;
  public static String Help_usage;
  public static String Version_java;
  public static String Version_linebench;
  public static String Version_os;
  public static String Version_platform;
  public static String Version_usage;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
