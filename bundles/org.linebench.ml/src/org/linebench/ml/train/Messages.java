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

  public static String Series_badGap;
  public static String Series_badSplit;
  public static String Series_forwardNeedsTime;
  public static String Series_gapNeedsTimeUnit;
  public static String Series_groupedNeedsUnit;
  public static String Series_holdoutNeedsTest;
  public static String Series_nameTaken;
  public static String Series_noSources;
  public static String Series_rulNeedsUnit;
  public static String Series_shuffled;
  public static String Series_shuffledRows;
  public static String Series_shuffledUnits;
  public static String Series_stageFeatures;
  public static String Series_stageTest;
  public static String Series_stratified;
  public static String Series_truthNeedsTest;
  public static String Series_truthNeedsUnit;

  public static String Series_badHorizon;
  public static String Series_eventsNeedHorizon;
  public static String Series_eventsNeedUnitTime;
  public static String Series_eventsTarget;
  public static String Series_eventsRecipe;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
