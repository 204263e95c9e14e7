package org.linebench.ml.model;

import org.eclipse.osgi.util.NLS;

/** Texts of model files and scoring; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.model.messages"; //$NON-NLS-1$

  public static String Model_arrayTooLong;
  public static String Model_contains;
  public static String Model_hashBomb;
  public static String Model_location;
  public static String Model_memory;
  public static String Model_notAClassifier;
  public static String Model_refused;
  public static String Model_tooDeep;
  public static String Model_tooDeepForStack;
  public static String Model_tooManyReferences;
  public static String Model_tooSlow;
  public static String Model_unreadable;
  public static String Output_locked;
  public static String Output_notAFolder;
  public static String Output_refused;
  public static String Score_failed;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
