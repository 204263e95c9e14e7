package org.linebench.aml.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the AutomationML import and export; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.aml.internal.messages"; //$NON-NLS-1$

  public static String Import_assumed;
  public static String Import_attributeUnmapped;
  public static String Import_badText;
  public static String Import_badTime;
  public static String Import_failuresWithoutModel;
  public static String Import_hazardWithoutZone;
  public static String Import_incomplete;
  public static String Import_badUnit;
  public static String Import_badUnitSymbol;
  public static String Import_badWord;
  public static String Import_caexVersion;
  public static String Import_classUnmapped;
  public static String Import_dataFlowWithoutData;
  public static String Import_deviceWithoutZone;
  public static String Import_doctype;
  public static String Import_duplicateClass;
  public static String Import_elementUnmapped;
  public static String Import_externalReference;
  public static String Import_flowBetweenLines;
  public static String Import_inLine;
  public static String Import_inPlant;
  public static String Import_inStation;
  public static String Import_invalid;
  public static String Import_kindFromClasses;
  public static String Import_linkPartnerMissing;
  public static String Import_linkUnmapped;
  public static String Import_madeUpLine;
  public static String Import_madeUpPlant;
  public static String Import_misplaced;
  public static String Import_nestedContainer;
  public static String Import_nestedUnmapped;
  public static String Import_noCard;
  public static String Import_notACount;
  public static String Import_notANumber;
  public static String Import_notCaex;
  public static String Import_notIdentifier;
  public static String Import_notXml;
  public static String Import_partialRisk;
  public static String Import_renamed;
  public static String Import_tooLarge;
  public static String Import_tooManyClasses;
  public static String Import_unitAssumed;
  public static String Import_unknownClass;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
