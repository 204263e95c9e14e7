package org.linebench.sim.ui;

/** Identifiers of the simulation in the workbench. */
public final class SimUi {
  public static final String PLUGIN_ID = "org.linebench.sim.ui"; //$NON-NLS-1$
  /** The Simulation view: state bars per station, throughput with its interval, the bottleneck. */
  public static final String VIEW_SIMULATION = PLUGIN_ID + ".simulation"; //$NON-NLS-1$
  /** Simulate the line of the active line editor. */
  public static final String COMMAND_SIMULATE = PLUGIN_ID + ".simulate"; //$NON-NLS-1$

  private SimUi() {}
}
