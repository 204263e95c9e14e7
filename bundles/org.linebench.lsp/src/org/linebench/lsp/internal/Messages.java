package org.linebench.lsp.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the language server. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.lsp.internal.messages"; //$NON-NLS-1$

  public static String Server_outside;
  public static String Server_unknownMethod;
  public static String Server_unknownCommand;
  public static String Server_missingUri;
  public static String Hover_rationale;
  public static String Hover_values;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
