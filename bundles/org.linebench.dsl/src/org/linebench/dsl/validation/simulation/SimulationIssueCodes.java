package org.linebench.dsl.validation.simulation;

/**
 * The issue codes of what a simulation reads from a line file: variation of times, routing shares,
 * shifts, variants and failures predicted by models. Stable, like those of
 * {@link org.linebench.dsl.validation.IssueCodes}.
 */
public final class SimulationIssueCodes {
  private static final String P = "line."; //$NON-NLS-1$

  public static final String DISTRIBUTION = P + "distribution"; //$NON-NLS-1$
  public static final String DISTRIBUTION_KIND = P + "distribution-kind"; //$NON-NLS-1$
  public static final String DATA_FILE = P + "data-file"; //$NON-NLS-1$
  public static final String FLOW_PROBABILITY = P + "flow-probability"; //$NON-NLS-1$
  public static final String SHIFT_TIME = P + "shift-time"; //$NON-NLS-1$
  public static final String SHIFT_OVERLAP = P + "shift-overlap"; //$NON-NLS-1$
  public static final String CALENDAR_EMPTY = P + "calendar-empty"; //$NON-NLS-1$
  public static final String VARIANT_SHARE = P + "variant-share"; //$NON-NLS-1$
  public static final String SETUP_UNUSED = P + "setup-unused"; //$NON-NLS-1$
  public static final String FAILURE_MODEL = P + "failure-model"; //$NON-NLS-1$
  public static final String FAILURE_DATA = P + "failure-data"; //$NON-NLS-1$
  public static final String FAILURE_REPAIR = P + "failure-repair"; //$NON-NLS-1$
  public static final String CREW = P + "crew"; //$NON-NLS-1$
  public static final String MTBF_WITHOUT_MTTR = P + "mtbf-without-mttr"; //$NON-NLS-1$

  private SimulationIssueCodes() {}
}
