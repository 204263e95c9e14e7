package org.linebench.rules.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the rule engine's loading and of its commands; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.rules.internal.messages"; //$NON-NLS-1$

  public static String Bench_result;
  public static String Bench_rule;
  public static String Bench_usage;
  public static String Packs_badFile;
  public static String Packs_badId;
  public static String Packs_badRuleId;
  public static String Packs_badSeverity;
  public static String Packs_dataWithoutRule;
  public static String Packs_duplicate;
  public static String Packs_duplicateRule;
  public static String Packs_missingAttribute;
  public static String Packs_missingFile;
  public static String Packs_noBundle;
  public static String Packs_problem;
  public static String Packs_ruleWithoutData;
  public static String Validate_badFormat;
  public static String Validate_badTimeout;
  public static String Validate_needsOutput;
  public static String Validate_notBilingual;
  public static String Validate_simulationFormat;
  public static String Validate_cannotRead;
  public static String Validate_cannotWrite;
  public static String Validate_imported;
  public static String Validate_loading;
  public static String Validate_noFiles;
  public static String Validate_noPaths;
  public static String Validate_noSuchPath;
  public static String Validate_summary;
  public static String Validate_unknownPack;
  public static String Validate_usage;
  public static String Validate_written;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
