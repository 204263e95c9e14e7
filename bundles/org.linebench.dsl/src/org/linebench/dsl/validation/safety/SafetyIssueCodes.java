package org.linebench.dsl.validation.safety;

/**
 * The issue codes of what the certification rules read from a line file: the parameters of safety
 * functions, protective devices and their dimensions, hazards. Stable, like those of
 * {@link org.linebench.dsl.validation.IssueCodes}.
 */
public final class SafetyIssueCodes {
  private static final String P = "line."; //$NON-NLS-1$

  public static final String SAFETY_CATEGORY = P + "safety-category"; //$NON-NLS-1$
  public static final String VALUE_RANGE = P + "value-range"; //$NON-NLS-1$
  public static final String BEAM_HEIGHTS = P + "beam-heights"; //$NON-NLS-1$
  public static final String BEAMS_AND_DETECTION = P + "beams-and-detection"; //$NON-NLS-1$
  public static final String CLEARANCE = P + "clearance"; //$NON-NLS-1$
  public static final String HAZARD_MEASURE = P + "hazard-measure"; //$NON-NLS-1$

  private SafetyIssueCodes() {}
}
