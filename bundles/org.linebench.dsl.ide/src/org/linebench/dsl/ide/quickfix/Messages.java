package org.linebench.dsl.ide.quickfix;

import org.eclipse.osgi.util.NLS;

/** Labels of the quick fixes; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.ide.quickfix.messages"; //$NON-NLS-1$

  public static String Fix_addUnit;
  public static String Fix_capacityOne;
  public static String Fix_removeMinus;
  public static String Fix_removeOf;
  public static String Fix_replaceUnit;
  public static String Fix_stopCategory;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
