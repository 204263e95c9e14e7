package org.linebench.dsl.validation;

import org.eclipse.osgi.util.NLS;

/** Texts of the line language's findings; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.dsl.validation.messages"; //$NON-NLS-1$

  public static String Syntax_extraneous;
  public static String Syntax_missing;
  public static String Syntax_unexpected;
  public static String Syntax_unexpectedEnd;
  public static String Token_integer;
  public static String Token_name;
  public static String Token_number;
  public static String Token_text;
  public static String Link_unresolved;
  public static String DuplicateName;
  public static String Unit_unknown;
  public static String Unit_missing;
  public static String Unit_incompatible;
  public static String NegativeValue;
  public static String Line_noSource;
  public static String Line_noSink;
  public static String Line_missingTakt;
  public static String Line_withoutPlant;
  public static String Line_plantRedundant;
  public static String Flow_unreachable;
  public static String Flow_deadEnd;
  public static String Flow_cycle;
  public static String Flow_self;
  public static String Flow_reworkNotALoop;
  public static String Flow_outOfLine;
  public static String Station_cycleTimeExceedsTakt;
  public static String Station_missingCycleTime;
  public static String Station_missingOperators;
  public static String Station_missingRobot;
  public static String Station_missingHazardZone;
  public static String Station_missingStoppingTime;
  public static String Buffer_capacity;
  public static String EmergencyStop_category;
  public static String Plant_missingJurisdiction;
  public static String Equipment_kind;
  public static String Property_repeated;
  public static String Type_Station;
  public static String Type_StationType;
  public static String Type_EquipmentType;
  public static String Type_FlowNode;
  public static String Type_HazardZone;
  public static String Type_SafetyDevice;
  public static String Type_ModelAttachment;
  public static String Type_Sensor;
  public static String Type_DataSet;
  public static String Type_Line;
  public static String Type_Plant;
  public static String Type_LineFile;
  public static String Type_Robot;
  public static String Type_Machine;
  public static String Type_Component;
  public static String Dim_TIME;
  public static String Dim_LENGTH;
  public static String Dim_SPEED;
  public static String Dim_MASS;
  public static String Dim_FREQUENCY;
  public static String Dim_TEMPERATURE;
  public static String Dim_TORQUE;
  public static String Dim_ROTATIONAL_SPEED;
  public static String Dim_POWER;
  public static String Dim_THROUGHPUT;
  public static String Feature_cycleTime;
  public static String Feature_mtbf;
  public static String Feature_mttr;
  public static String Feature_stoppingTime;
  public static String Feature_takt;
  public static String Feature_responseTime;
  public static String Feature_payload;
  public static String Feature_reach;
  public static String Feature_height;
  public static String Feature_distance;
  public static String Feature_opening;
  public static String Feature_detection;
  public static String Feature_maxSpeed;
  public static String Feature_power;
  public static String Feature_samplingRate;
  public static String Feature_unit;


  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
