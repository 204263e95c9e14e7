package org.linebench.aml.internal;

/**
 * The attributes LineBench writes into InternalElements and SystemUnitClasses: the attribute's
 * name (the metamodel's feature name), its type in LineBench's attribute type library, its XML
 * data type and, for quantities, the unit the type declares (an attribute names its own unit).
 */
public enum Attr {
  KIND("kind", "Kind", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  TAKT("takt", "TaktTime", Caex.XS_DOUBLE, "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  CYCLE_TIME("cycleTime", "CycleTime", Caex.XS_DOUBLE, "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  OPERATORS("operators", "Operators", Caex.XS_INT, null), //$NON-NLS-1$ //$NON-NLS-2$
  MTBF("mtbf", "MeanTimeBetweenFailures", Caex.XS_DOUBLE, "h"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  MTTR("mttr", "MeanTimeToRepair", Caex.XS_DOUBLE, "min"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  STOPPING_TIME("stoppingTime", "StoppingTime", Caex.XS_DOUBLE, "ms"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  CAPACITY("capacity", "BufferCapacity", Caex.XS_INT, null), //$NON-NLS-1$ //$NON-NLS-2$
  SITE("site", "Site", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  COUNTRY("country", "Country", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  LANGUAGE("language", "Language", Caex.XS_LANGUAGE, null), //$NON-NLS-1$ //$NON-NLS-2$
  MAKER("maker", "Maker", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  ADDRESS("address", "Address", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  PAYLOAD("payload", "Payload", Caex.XS_DOUBLE, "kg"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  REACH("reach", "Reach", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  MAX_SPEED("maxSpeed", "MaxSpeed", Caex.XS_DOUBLE, "mm/s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  POWER("power", "Power", Caex.XS_DOUBLE, "kW"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  COMPONENT_CATEGORY("category", "ComponentCategory", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  MARKS("marks", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  MARK("mark", "CertificationMark", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  COLLABORATIVE("collaborative", "Collaborative", Caex.XS_BOOLEAN, null), //$NON-NLS-1$ //$NON-NLS-2$
  MODES("collaborativeModes", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  MODE("mode", "CollaborativeMode", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  HEIGHT("height", "GuardHeight", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  DISTANCE("distance", "SafetyDistance", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  OPENING("opening", "GuardOpening", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  DETECTION("detection", "DetectionCapability", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  RESPONSE_TIME("responseTime", "ResponseTime", Caex.XS_DOUBLE, "ms"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  STOP_CATEGORY("category", "StopCategory", Caex.XS_INT, null), //$NON-NLS-1$ //$NON-NLS-2$
  SEVERITY("severity", "Severity", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  FREQUENCY("frequency", "Frequency", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  AVOIDANCE("avoidance", "Avoidance", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  ACHIEVED_PL("achievedPl", "PerformanceLevel", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  PFHD("pfhd", "Pfhd", Caex.XS_DOUBLE, "1/h"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  SAFETY_CATEGORY("category", "SafetyCategory", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  QUANTITY("quantity", "MeasuredQuantity", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  MEASURING_UNIT("unit", "MeasuringUnit", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  SAMPLING_RATE("samplingRate", "SamplingRate", Caex.XS_DOUBLE, "Hz"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  PURPOSE("purpose", "ModelPurpose", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  HUMAN_OVERRIDE("humanOverride", "HumanOverride", Caex.XS_BOOLEAN, null), //$NON-NLS-1$ //$NON-NLS-2$
  FEATURE("feature", "ModelFeature", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  CLASSIFICATION("classification", "DataClassification", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  STORED_IN("storedIn", "Country", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  PERSONAL_INFORMATION("personalInformation", "PersonalInformation", Caex.XS_BOOLEAN, null), //$NON-NLS-1$ //$NON-NLS-2$
  DESTINATION("destination", "DataDestination", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  TEXTS("texts", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  TEXT_LANGUAGE("language", "Language", Caex.XS_LANGUAGE, null), //$NON-NLS-1$ //$NON-NLS-2$
  EDITIONS("editions", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  EDITION("edition", "StandardEdition", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  CIIO("criticalInfrastructure", "CriticalInformationInfrastructure", Caex.XS_BOOLEAN, null), //$NON-NLS-1$ //$NON-NLS-2$
  CREW("crew", "Crew", Caex.XS_INT, null), //$NON-NLS-1$ //$NON-NLS-2$
  INTERARRIVAL("interarrival", "InterarrivalTime", Caex.XS_DOUBLE, "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  PROBABILITY("probability", "FlowProbability", Caex.XS_DOUBLE, "%"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  SETUP_TIME("setupTime", "SetupTime", Caex.XS_DOUBLE, "min"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  VARIATION("variation", "Variation", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  LOW("low", "VariationLow", Caex.XS_DOUBLE, "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  HIGH("high", "VariationHigh", Caex.XS_DOUBLE, "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  SD("sd", "StandardDeviation", Caex.XS_DOUBLE, "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  SHAPE("shape", "WeibullShape", Caex.XS_DOUBLE, null), //$NON-NLS-1$ //$NON-NLS-2$
  DATA("data", "DataFile", Caex.XS_ANY_URI, null), //$NON-NLS-1$ //$NON-NLS-2$
  COLUMN("column", "DataColumn", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  FAILURES("failures", "PredictedFailures", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  READINGS("readings", "DataFile", Caex.XS_ANY_URI, null), //$NON-NLS-1$ //$NON-NLS-2$
  REPAIR("repair", "RepairTime", Caex.XS_DOUBLE, "min"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  ZONE_HEIGHT("height", "HazardZoneHeight", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  GROUND_CLEARANCE("groundClearance", "GroundClearance", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  OPENING_STROKE("opening", "DoorOpening", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  LOCKING("locking", "GuardLocking", Caex.XS_BOOLEAN, null), //$NON-NLS-1$ //$NON-NLS-2$
  BEAMS("beams", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  BEAM("beam", "BeamHeight", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  TOP("top", "DetectionZoneTop", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  STEP("step", "StepHeight", Caex.XS_DOUBLE, "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  SHIELDED("shielded", "Shielded", Caex.XS_BOOLEAN, null), //$NON-NLS-1$ //$NON-NLS-2$
  MTTFD("mttfd", "Mttfd", Caex.XS_DOUBLE, "a"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  DC_AVG("dcAvg", "DiagnosticCoverage", Caex.XS_DOUBLE, "%"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  CCF("ccf", "CommonCauseFailureScore", Caex.XS_INT, null), //$NON-NLS-1$ //$NON-NLS-2$
  HAZARD_KIND("kind", "HazardKind", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  PHASES("phases", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  PHASE("phase", "LifePhase", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  PERSONS("persons", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  PERSON("person", "PersonRole", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  DESIGN("design", "DesignMeasure", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  RESIDUAL("residual", "ResidualRisk", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  DAYS("days", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  DAY("day", "Weekday", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  SHIFTS("shifts", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  SHIFT("shift", "Shift", null, null), //$NON-NLS-1$ //$NON-NLS-2$
  BREAKS("breaks", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  STOPS("stops", Caex.AML_LIST_TYPE, null, null), //$NON-NLS-1$
  STOP("stop", "PlannedStop", null, null), //$NON-NLS-1$ //$NON-NLS-2$
  LABEL("label", "Label", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  START("start", "TimeOfDay", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  END("end", "TimeOfDay", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  DURATION("duration", "StopDuration", Caex.XS_DOUBLE, "min"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  SHARE("share", "VariantShare", Caex.XS_DOUBLE, "%"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  LOT("lot", "LotSize", Caex.XS_INT, null), //$NON-NLS-1$ //$NON-NLS-2$
  CLEARANCE("clearance", "Clearance", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  CLEARANCE_REFERENCE("reference", "ClearanceReference", Caex.XS_STRING, null), //$NON-NLS-1$ //$NON-NLS-2$
  CLEARANCE_DATE("date", "ClearanceDate", Caex.XS_STRING, null); //$NON-NLS-1$ //$NON-NLS-2$

  private final String attributeName;
  private final String type;
  private final String dataType;
  private final String unit;

  Attr(String attributeName, String type, String dataType, String unit) {
    this.attributeName = attributeName;
    this.type = type;
    this.dataType = dataType;
    this.unit = unit;
  }

  public String attributeName() {
    return attributeName;
  }

  /** The attribute type's path: in LineBench's library, or (lists) AutomationML's. */
  public String typePath() {
    return type.contains("/") ? type : Caex.LB_ATTRIBUTES + "/" + type; //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The attribute type's name in LineBench's library, or null when it is one of AutomationML's. */
  public String typeName() {
    return type.contains("/") ? null : type; //$NON-NLS-1$
  }

  public String dataType() {
    return dataType;
  }

  /** The unit the attribute type declares: the usual one for such values. */
  public String unit() {
    return unit;
  }
}
