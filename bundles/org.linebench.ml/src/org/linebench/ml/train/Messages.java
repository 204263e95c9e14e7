package org.linebench.ml.train;

import org.eclipse.osgi.util.NLS;

/** Texts of training; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.train.messages"; //$NON-NLS-1$

  public static String Guard_eventFlag;
  public static String Guard_identifier;
  public static String Guard_kept;
  public static String Guard_labelForm;
  public static String Guard_nearPerfect;
  public static String Guard_nearPerfectNumeric;
  public static String Guard_userDropped;
  public static String Train_badClassifier;
  public static String Train_badFolds;
  public static String Train_cannotHandle;
  public static String Train_failed;
  public static String Train_foldsExceedRows;
  public static String Train_maintenanceNeedsTwo;
  public static String Train_noFeatures;
  public static String Train_notAClassifier;
  public static String Train_notLoadable;
  public static String Train_oneClass;
  public static String Train_outOfMemory;
  public static String Train_recipeTarget;
  public static String Train_stageFinal;
  public static String Train_stageGuard;
  public static String Train_tooManyClasses;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
