package org.linebench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's texts; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ui.internal.messages"; //$NON-NLS-1$

  public static String Overview_body;
  public static String Overview_heading;
  public static String Workbench_badScreenshot;
  public static String Workbench_instanceInUse;
  public static String Workbench_noDisplay;
  public static String Workbench_title;
  public static String Workbench_usage;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
