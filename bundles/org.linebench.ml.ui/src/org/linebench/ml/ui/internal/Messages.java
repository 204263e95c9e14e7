package org.linebench.ml.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the machine-learning workbench; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.ui.internal.messages"; //$NON-NLS-1$

  public static String Common_browse;
  public static String DataPage_column;
  public static String DataPage_description;
  public static String DataPage_encoding;
  public static String DataPage_encodingAuto;
  public static String DataPage_file;
  public static String DataPage_info;
  public static String DataPage_noFile;
  public static String DataPage_nominal;
  public static String DataPage_numeric;
  public static String DataPage_target;
  public static String DataPage_title;
  public static String DataPage_type;
  public static String DataPage_unit;
  public static String DataPage_values;
  public static String Metrics_actualPredicted;
  public static String Metrics_class;
  public static String Metrics_confusion;
  public static String Metrics_empty;
  public static String Metrics_evaluatedOnHoldout;
  public static String Metrics_f1;
  public static String Metrics_prAuc;
  public static String Metrics_precision;
  public static String Metrics_recall;
  public static String Metrics_regression;
  public static String Metrics_rocAuc;
  public static String Metrics_summary;
  public static String Metrics_support;
  public static String Metrics_threshold;
  public static String Metrics_title;
  public static String Open_failed;
  public static String Roc_fpr;
  public static String Roc_title;
  public static String Roc_tpr;
  public static String Score_chooseData;
  public static String Score_chooseModel;
  public static String Score_done;
  public static String Score_doneTitle;
  public static String Score_job;
  public static String TrainJob_cannotWrite;
  public static String TrainJob_fold;
  public static String TrainJob_name;
  public static String TrainingPage_classifier;
  public static String TrainingPage_description;
  public static String TrainingPage_folds;
  public static String TrainingPage_options;
  public static String TrainingPage_output;
  public static String TrainingPage_recipe;
  public static String TrainingPage_recipeAuto;
  public static String TrainingPage_recipeCustom;
  public static String TrainingPage_recipeMaintenance;
  public static String TrainingPage_recipeQuality;
  public static String TrainingPage_recipeRegression;
  public static String TrainingPage_seed;
  public static String TrainingPage_title;
  public static String Wizard_title;

  public static String Metrics_rul;
  public static String Metrics_splitForward;
  public static String Metrics_splitGrouped;
  public static String Metrics_splitHoldout;
  public static String Metrics_splitShuffled;
  public static String Metrics_splitStratified;
  public static String Metrics_warning;
  public static String TrainingPage_none;
  public static String TrainingPage_seriesHint;
  public static String TrainingPage_time;
  public static String TrainingPage_unit;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
