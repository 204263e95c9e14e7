package org.linebench.dsl.ml;

import org.eclipse.osgi.util.NLS;

/** Texts of the model-attachment checks; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.ml.messages"; //$NON-NLS-1$

  public static String Model_boundTwice;
  public static String Model_card;
  public static String Model_featureDimension;
  public static String Model_featureUnit;
  public static String Model_foreignSensor;
  public static String Model_nominalFeature;
  public static String Model_purpose;
  public static String Model_unboundFeature;
  public static String Model_unknownFeature;
  public static String Model_windowFewReadings;
  public static String Model_windowRate;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
