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

  public static String Cli_badStat;
  public static String Cli_notANumberList;
  public static String Report_forwardGap;
  public static String Report_rul;
  public static String Report_rulLast;
  public static String Report_rulWorst;
  public static String Report_splitForward;
  public static String Report_splitGrouped;
  public static String Report_splitHoldout;
  public static String Report_splitShuffled;
  public static String Report_splitStratified;

  public static String Cli_badSeconds;
  public static String Cli_cannotRead;
  public static String Cli_followEncoding;
  public static String Cli_followShrunk;
  public static String Cli_following;
  public static String Cli_idleWithoutFollow;

  public static String BenchSeries_again;
  public static String BenchSeries_first;
  public static String BenchSeries_model;
  public static String BenchSeries_notStored;
  public static String BenchSeries_scoring;
  public static String BenchSeries_stored;
  public static String BenchSeries_usage;
  public static String BenchSeries_windowsHeader;
  public static String BenchSeries_windowsRound;
  public static String BenchSeries_windowsWarmup;

  public static String Report_alarms;
  public static String Report_events;
  public static String Report_falseAlarms1000;
  public static String Report_falseAlarmsMonth;
  public static String Report_leadTimes;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
