package org.linebench.ml.data;

import org.eclipse.osgi.util.NLS;

/** Texts of the data import; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.data.messages"; //$NON-NLS-1$

  public static String Arff_invalid;
  public static String Csv_badBytes;
  public static String Csv_binary;
  public static String Csv_cannotRead;
  public static String Csv_changed;
  public static String Csv_duplicateHeader;
  public static String Csv_empty;
  public static String Csv_notFinite;
  public static String Csv_notNumeric;
  public static String Csv_notUtf8OrGb;
  public static String Csv_outOfMemory;
  public static String Csv_ragged;
  public static String Csv_textAfterQuote;
  public static String Csv_unterminatedQuote;
  public static String Memory_tooLarge;
  public static String Schema_noColumn;
  public static String Schema_notNumeric;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
