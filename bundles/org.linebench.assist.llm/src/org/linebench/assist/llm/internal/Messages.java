package org.linebench.assist.llm.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the language models and of {@code linebench ask}; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.assist.llm.internal.messages"; //$NON-NLS-1$

  public static String Config_missing;
  public static String Config_unreadable;
  public static String Config_badEndpoint;
  public static String Config_noKeyVariable;
  public static String Config_badNumber;
  public static String Config_unknownKind;
  public static String Config_factoryFailed;
  public static String Config_noEndpoint;
  public static String Config_noModel;
  public static String Chat_timeout;
  public static String Chat_cancelled;
  public static String Chat_status;
  public static String Chat_badReply;
  public static String Chat_refused;
  public static String Chat_io;
  public static String Prompt_system;
  public static String Prompt_question;
  public static String Prompt_hits;
  public static String Ask_usage;
  public static String Ask_noQuestion;
  public static String Ask_noPaths;
  public static String Ask_badTop;
  public static String Ask_noSuchPath;
  public static String Ask_noFiles;
  public static String Ask_cannotRead;
  public static String Ask_unknownPack;
  public static String Ask_hits;
  public static String Ask_noHits;
  public static String Ask_model;
  public static String Ask_noCitation;
  public static String Ask_kindELEMENT;
  public static String Ask_kindFINDING;
  public static String Ask_kindRULE;
  public static String Bench_usage;
  public static String Bench_badPlants;
  public static String Bench_result;
  public static String Bench_latency;
  public static String Bench_misses;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
