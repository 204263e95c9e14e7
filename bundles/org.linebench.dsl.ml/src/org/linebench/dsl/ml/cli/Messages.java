package org.linebench.dsl.ml.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code linebench attach}; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.ml.cli.messages"; //$NON-NLS-1$

  public static String Attach_cannotRead;
  public static String Attach_cannotWrite;
  public static String Attach_done;
  public static String Attach_noStation;
  public static String Attach_noSuchPath;
  public static String Attach_unbound;
  public static String Attach_unexpected;
  public static String Attach_usage;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
