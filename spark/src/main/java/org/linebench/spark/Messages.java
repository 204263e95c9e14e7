package org.linebench.spark;

import org.eclipse.osgi.util.NLS;

/** Texts of the job; {@code messages.properties} and {@code messages_zh.properties} (in the job jar, read by NLS outside OSGi). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.spark.messages"; //$NON-NLS-1$

  public static String Job_badNumber;
  public static String Job_badOption;
  public static String Job_emptyData;
  public static String Job_error;
  public static String Job_malformedCsv;
  public static String Job_modelFolder;
  public static String Job_needsOption;
  public static String Job_needsValue;
  public static String Job_noData;
  public static String Job_tableHeader;
  public static String Job_unexpected;
  public static String Job_unknownClassifier;
  public static String Job_unknownColumn;
  public static String Job_unknownCommand;
  public static String Job_unknownFormat;
  public static String Job_unknownRecipe;
  public static String Job_unreadable;
  public static String Job_usage;
  public static String Job_wrote;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
