package org.linebench.dsl.api;

import org.eclipse.osgi.util.NLS;

/** Texts of reading line files; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.api.messages"; //$NON-NLS-1$

  public static String LineFiles_badBom;
  public static String LineFiles_binary;
  public static String LineFiles_notUtf8;
  public static String LineFiles_readAs;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
