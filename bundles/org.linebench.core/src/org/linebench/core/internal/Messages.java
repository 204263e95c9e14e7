package org.linebench.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the core bundle; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.core.internal.messages"; //$NON-NLS-1$

  public static String Example_bodyshop;
  public static String Example_bodyshopNoncompliant;
  public static String Example_electronics;
  public static String Example_electronicsNoncompliant;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
