package org.linebench.dsl.validation;

/**
 * Every structural issue the line language reports, in one place: one code per distinct problem.
 * The codes are stable: they are printed in brackets by {@code linebench validate}, used by quick
 * fixes and by tests.
 */
public final class IssueCodes {
  private static final String P = "line."; //$NON-NLS-1$

  public static final String SYNTAX = P + "syntax"; //$NON-NLS-1$
  public static final String UNRESOLVED_REFERENCE = P + "unresolved-reference"; //$NON-NLS-1$
  public static final String DUPLICATE_NAME = P + "duplicate-name"; //$NON-NLS-1$
  public static final String UNKNOWN_UNIT = P + "unknown-unit"; //$NON-NLS-1$
  public static final String MISSING_UNIT = P + "missing-unit"; //$NON-NLS-1$
  public static final String INCOMPATIBLE_UNIT = P + "incompatible-unit"; //$NON-NLS-1$
  public static final String NEGATIVE_VALUE = P + "negative-value"; //$NON-NLS-1$
  public static final String NO_SOURCE = P + "no-source"; //$NON-NLS-1$
  public static final String NO_SINK = P + "no-sink"; //$NON-NLS-1$
  public static final String UNREACHABLE = P + "unreachable"; //$NON-NLS-1$
  public static final String DEAD_END = P + "dead-end"; //$NON-NLS-1$
  public static final String FLOW_CYCLE = P + "flow-cycle"; //$NON-NLS-1$
  public static final String SELF_FLOW = P + "self-flow"; //$NON-NLS-1$
  public static final String REWORK_NOT_A_LOOP = P + "rework-not-a-loop"; //$NON-NLS-1$
  public static final String FLOW_OUT_OF_LINE = P + "flow-out-of-line"; //$NON-NLS-1$
  public static final String CYCLE_TIME_EXCEEDS_TAKT = P + "cycle-time-exceeds-takt"; //$NON-NLS-1$
  public static final String MISSING_TAKT = P + "missing-takt"; //$NON-NLS-1$
  public static final String BUFFER_CAPACITY = P + "buffer-capacity"; //$NON-NLS-1$
  public static final String MISSING_CYCLE_TIME = P + "missing-cycle-time"; //$NON-NLS-1$
  public static final String MISSING_OPERATORS = P + "missing-operators"; //$NON-NLS-1$
  public static final String MISSING_ROBOT = P + "missing-robot"; //$NON-NLS-1$
  public static final String MISSING_HAZARD_ZONE = P + "missing-hazard-zone"; //$NON-NLS-1$
  public static final String MISSING_STOPPING_TIME = P + "missing-stopping-time"; //$NON-NLS-1$
  public static final String STOP_CATEGORY = P + "stop-category"; //$NON-NLS-1$
  public static final String MISSING_JURISDICTION = P + "missing-jurisdiction"; //$NON-NLS-1$
  public static final String LINE_WITHOUT_PLANT = P + "line-without-plant"; //$NON-NLS-1$
  public static final String LINE_PLANT_REDUNDANT = P + "line-plant-redundant"; //$NON-NLS-1$
  public static final String EQUIPMENT_KIND = P + "equipment-kind"; //$NON-NLS-1$
  public static final String REPEATED_PROPERTY = P + "repeated-property"; //$NON-NLS-1$

  public static final String MODEL_CARD = P + "model-card"; //$NON-NLS-1$
  public static final String MODEL_UNKNOWN_FEATURE = P + "model-unknown-feature"; //$NON-NLS-1$
  public static final String MODEL_UNBOUND_FEATURE = P + "model-unbound-feature"; //$NON-NLS-1$
  public static final String MODEL_FEATURE_BOUND_TWICE = P + "model-feature-bound-twice"; //$NON-NLS-1$
  public static final String MODEL_FOREIGN_SENSOR = P + "model-foreign-sensor"; //$NON-NLS-1$
  public static final String MODEL_NOMINAL_FEATURE = P + "model-nominal-feature"; //$NON-NLS-1$
  public static final String MODEL_FEATURE_DIMENSION = P + "model-feature-dimension"; //$NON-NLS-1$
  public static final String MODEL_FEATURE_UNIT = P + "model-feature-unit"; //$NON-NLS-1$
  public static final String MODEL_PURPOSE = P + "model-purpose"; //$NON-NLS-1$
  /** A window of a series model that does not fit a bound sensor's sampling rate. */
  public static final String MODEL_WINDOW_RATE = P + "model-window-rate"; //$NON-NLS-1$

  private IssueCodes() {}
}
