package org.linebench.sim.validation;

import org.eclipse.osgi.util.NLS;

/** Texts of the findings on the files a line's simulation reads; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.sim.validation.messages"; //$NON-NLS-1$

  public static String Data_missing;
  public static String Data_unreadable;
  public static String Data_column;
  public static String Data_noColumn;
  public static String Data_empty;
  public static String Failure_twoClasses;
  public static String Failure_noTrainingData;
  public static String Failure_column;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
