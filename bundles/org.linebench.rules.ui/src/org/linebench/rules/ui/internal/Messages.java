package org.linebench.rules.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the certification part of the workbench; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.rules.ui.internal.messages"; //$NON-NLS-1$

  public static String Assist_explain;
  public static String Assist_explainTitle;
  public static String Assist_fix;
  public static String Check_job;
  public static String Export_failed;
  public static String Export_job;
  public static String Export_noProject;
  public static String Export_title;
  public static String Rule_citation;
  public static String Rule_empty;
  public static String Rule_evidence;
  public static String Rule_finding;
  public static String Rule_formula;
  public static String Rule_rationale;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
