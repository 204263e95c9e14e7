package org.linebench.dsl.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the line editor; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.ui.internal.messages"; //$NON-NLS-1$

  public static String Attach_cardFilter;
  public static String Attach_chooseCard;
  public static String Attach_chooseStation;
  public static String Attach_noStations;
  public static String Attach_title;
  public static String Attach_unbound;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
