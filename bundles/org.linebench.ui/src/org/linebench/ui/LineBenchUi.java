package org.linebench.ui;

/** Identifiers of the LineBench workbench that other UI bundles and tests refer to. */
public final class LineBenchUi {
  public static final String PLUGIN_ID = "org.linebench.ui"; //$NON-NLS-1$
  public static final String APPLICATION_ID = PLUGIN_ID + ".workbench"; //$NON-NLS-1$
  public static final String PERSPECTIVE_LINE_DESIGN = PLUGIN_ID + ".perspective.lineDesign"; //$NON-NLS-1$
  public static final String VIEW_OVERVIEW = PLUGIN_ID + ".views.overview"; //$NON-NLS-1$
  /** The diagram of the line file in the active editor. */
  public static final String VIEW_LINE = PLUGIN_ID + ".views.line"; //$NON-NLS-1$
  /** The Project Explorer of org.eclipse.ui.navigator.resources. */
  /** The Rule view of org.linebench.rules.ui (by id: this bundle does not depend on it). */
  public static final String VIEW_RULE = "org.linebench.rules.ui.rule"; //$NON-NLS-1$
  /** The Model Metrics view of org.linebench.ml.ui (by id). */
  public static final String VIEW_MODEL_METRICS = "org.linebench.ml.ui.metrics"; //$NON-NLS-1$
  /** The Simulation view of org.linebench.sim.ui (by id). */
  public static final String VIEW_SIMULATION = "org.linebench.sim.ui.simulation"; //$NON-NLS-1$
  public static final String VIEW_PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer"; //$NON-NLS-1$
  public static final String WIZARD_NEW_PROJECT = PLUGIN_ID + ".wizards.newProject"; //$NON-NLS-1$
  public static final String PREFERENCE_PAGE = PLUGIN_ID + ".preferences"; //$NON-NLS-1$

  private LineBenchUi() {}
}
