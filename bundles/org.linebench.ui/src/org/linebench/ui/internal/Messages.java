package org.linebench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's texts; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ui.internal.messages"; //$NON-NLS-1$

  public static String LineView_doubleClick;
  public static String LineView_exportFailed;
  public static String LineView_exportPng;
  public static String LineView_exportSvg;
  public static String LineView_exportTitle;
  public static String LineView_fit;
  public static String LineView_fitTip;
  public static String LineView_job;
  public static String LineView_layingOut;
  public static String LineView_noEditor;
  public static String LineView_nothing;
  public static String Menu_edit;
  public static String Menu_file;
  public static String Menu_help;
  public static String Menu_new;
  public static String Menu_showView;
  public static String Menu_window;
  public static String NewProject_copyFailed;
  public static String NewProject_creating;
  public static String NewProject_description;
  public static String NewProject_empty;
  public static String NewProject_startFrom;
  public static String NewProject_title;
  public static String NewProject_windowTitle;
  public static String Overview_body;
  public static String Overview_heading;
  public static String Preferences_description;
  public static String Preferences_encoding;
  public static String Preferences_encodingAuto;
  public static String Preferences_recipe;
  public static String Preferences_recipeMaintenance;
  public static String Preferences_recipeQuality;
  public static String Preferences_rulePacks;
  public static String Preferences_rulePacksHint;
  public static String Workbench_badScreenshot;
  public static String Workbench_editorOpened;
  public static String Workbench_markers;
  public static String Workbench_instanceInUse;
  public static String Workbench_noDisplay;
  public static String Workbench_noSuchExample;
  public static String Workbench_title;
  public static String Workbench_usage;
  public static String Workbench_warmUp;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
