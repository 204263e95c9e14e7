package org.linebench.dsl.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code linebench bench-lines} and {@code linebench attach}; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.cli.messages"; //$NON-NLS-1$

  public static String Bench_badNumber;
  public static String Bench_coldJvm;
  public static String Bench_coldSize;
  public static String Bench_result;
  public static String Bench_usage;
  public static String File_cannotRead;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
