package org.linebench.assist.llama.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the in-process GGUF models; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.assist.llama.internal.messages"; //$NON-NLS-1$

  public static String Llama_noModelFile;
  public static String Llama_missing;
  public static String Llama_unreadable;
  public static String Llama_notAFile;
  public static String Llama_notGguf;
  public static String Llama_version;
  public static String Llama_truncated;
  public static String Llama_corrupt;
  public static String Llama_noArchitecture;
  public static String Llama_tooLarge;
  public static String Llama_badSetting;
  public static String Llama_noCache;
  public static String Llama_noNatives;
  public static String Llama_loadFailed;
  public static String Llama_timeout;
  public static String Llama_cancelled;
  public static String Llama_failed;
  public static String Llama_closed;
  public static String Llama_describe;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
