package org.linebench.aml.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the AutomationML import and export; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.aml.internal.messages"; //$NON-NLS-1$

  public static String Import_doctype;
  public static String Import_notCaex;
  public static String Import_notCaex3;
  public static String Import_notXml;
  public static String Import_tooManyClasses;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
