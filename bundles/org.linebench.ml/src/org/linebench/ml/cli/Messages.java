package org.linebench.ml.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the ML commands; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.cli.messages"; //$NON-NLS-1$

  public static String BenchMl_dropped;
  public static String BenchMl_header;
  public static String BenchMl_maintenance;
  public static String BenchMl_median;
  public static String BenchMl_round;
  public static String BenchMl_scoring;
  public static String BenchMl_warmup;
  public static String Bench_usage;
  public static String Cli_badEncoding;
  public static String Cli_badFolds;
  public static String Cli_badFormat;
  public static String Cli_badRecipe;
  public static String Cli_canceled;
  public static String Cli_cannotWrite;
  public static String Cli_classCount;
  public static String Cli_fold;
  public static String Cli_modelLoaded;
  public static String Cli_notANumber;
  public static String Cli_optionsWithoutClassifier;
  public static String Cli_read;
  public static String Cli_reading;
  public static String Cli_recipeOrClassifier;
  public static String Cli_removedLeftovers;
  public static String Cli_scored;
  public static String Cli_unexpected;
  public static String Cli_unknownValues;
  public static String Cli_warning;
  public static String Cli_wrote;
  public static String Report_accuracy;
  public static String Report_class;
  public static String Report_confusion;
  public static String Report_data;
  public static String Report_f1;
  public static String Report_features;
  public static String Report_model;
  public static String Report_prAuc;
  public static String Report_precision;
  public static String Report_recall;
  public static String Report_regression;
  public static String Report_regressionBaseline;
  public static String Report_rocAuc;
  public static String Report_support;
  public static String Report_threshold;
  public static String Score_usage;
  public static String Spark_badFormat;
  public static String Spark_badMode;
  public static String Spark_usage;
  public static String Train_usage;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
