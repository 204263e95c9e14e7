package org.linebench.ui;

/** Identifiers of the LineBench workbench that other UI bundles and tests refer to. */
public final class LineBenchUi {
  public static final String PLUGIN_ID = "org.linebench.ui"; //$NON-NLS-1$
  public static final String APPLICATION_ID = PLUGIN_ID + ".workbench"; //$NON-NLS-1$
  public static final String PERSPECTIVE_LINE_DESIGN = PLUGIN_ID + ".perspective.lineDesign"; //$NON-NLS-1$
  public static final String VIEW_OVERVIEW = PLUGIN_ID + ".views.overview"; //$NON-NLS-1$

  private LineBenchUi() {}
}
