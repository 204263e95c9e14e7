package org.linebench.aml.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the AutomationML and AAS wizards; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.aml.ui.internal.messages"; //$NON-NLS-1$

  public static String Browse;
  public static String Export_aasDone;
  public static String Export_amlDone;
  public static String Export_error;
  public static String Export_errors;
  public static String Export_failed;
  public static String Export_findings;
  public static String Export_format;
  public static String Export_formatAasx;
  public static String Export_formatAml;
  public static String Export_formatJson;
  public static String Export_formatXml;
  public static String Export_noTarget;
  public static String Export_nothingSelected;
  public static String Export_pageDescription;
  public static String Export_pageTitle;
  public static String Export_running;
  public static String Export_target;
  public static String Export_title;
  public static String Export_what;
  public static String Import_changed;
  public static String Import_chooseTarget;
  public static String Import_noLocation;
  public static String Import_noSource;
  public static String Import_noSuchFile;
  public static String Import_noTarget;
  public static String Import_pageDescription;
  public static String Import_pageTitle;
  public static String Import_running;
  public static String Import_source;
  public static String Import_summary;
  public static String Import_target;
  public static String Import_title;
  public static String Import_validate;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
