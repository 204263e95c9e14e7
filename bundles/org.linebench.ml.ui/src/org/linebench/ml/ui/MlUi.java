package org.linebench.ml.ui;

/** Ids of the machine-learning part of the workbench. */
public final class MlUi {
  public static final String PLUGIN_ID = "org.linebench.ml.ui"; //$NON-NLS-1$
  public static final String VIEW_METRICS = "org.linebench.ml.ui.metrics"; //$NON-NLS-1$
  public static final String WIZARD_TRAIN = "org.linebench.ml.ui.trainModelWizard"; //$NON-NLS-1$
  public static final String COMMAND_TRAIN = "org.linebench.ml.ui.trainModel"; //$NON-NLS-1$

  private MlUi() {}
}
