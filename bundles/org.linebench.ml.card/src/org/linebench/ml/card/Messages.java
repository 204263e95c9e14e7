package org.linebench.ml.card;

import org.eclipse.osgi.util.NLS;

/** Texts of model cards and folders; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.card.messages"; //$NON-NLS-1$

  public static String Model_badCard;
  public static String Model_badModelName;
  public static String Model_cannotRead;
  public static String Model_hashMismatch;
  public static String Model_isData;
  public static String Model_isFile;
  public static String Model_noCard;
  public static String Model_noModel;
  public static String Model_notACard;
  public static String Model_tooLarge;
  public static String Window_bad;
  public static String Window_badRows;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
